// The fuzz harness (issue 11): generated inputs through every reader and entry point, each held
// to three rules.
// - No crash: the only errors thrown are our typed input errors (UnreadableInputError, VestingError,
//   OcfError, DateError, the CLI's UsageError); the CLI never prints "unexpected error".
// - Linear time: each input finishes within a budget proportional to its size, measured against a
//   baseline of the same entry point on the unmutated seeds in the same process (per byte).
// - No silent drop: a row read from the seed whose source units (lines, <tr> runs, grid rows) all
//   came through the mutation untouched must still be read, or the report must carry a parse
//   finding; otherwise the row vanished without a word (a schedule must still be found: "no
//   Schedule II table found" is said aloud).
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { DateError } from "../../src/core/dates/errors";
import { OcfError, grantsFromOcf, vestingTermsToSchedule } from "../../src/core/ocf";
import { checkSchedules, readSchedules } from "../../src/core/schedule2";
import { parseCsv, UnreadableInputError, type CellGrid, type CellValue } from "../../src/core/schedule2/grid";
import type { CheckReportJson } from "../../src/core/schedule2/types";
import { PRESETS, VestingError, parseSchedule, vestingTable } from "../../src/core/vesting";
import {
  HOSTILE_NAMES,
  longRun,
  mutateLine,
  mutateUnits,
  random,
  randomText,
  type Random,
  type Unit,
} from "./mutate";

const SHARED = process.env.TIEOUT_SHARED ?? path.resolve(__dirname, "../../../shared");

export type Kind = "text" | "html" | "csv" | "grid" | "random" | "long-run" | "vesting" | "ocf" | "cli";

/** How often each kind is drawn (of 100). */
const WEIGHTS: [Kind, number][] = [
  ["text", 28],
  ["html", 14],
  ["csv", 12],
  ["grid", 12],
  ["random", 8],
  ["long-run", 1],
  ["vesting", 11],
  ["ocf", 8],
  ["cli", 6],
];

export interface Finding {
  kind: Kind;
  rule: "crash" | "over-budget" | "silent-drop";
  seed: string;
  detail: string;
  input: string;
}

export interface FuzzResult {
  inputs: number;
  byKind: Record<string, number>;
  findings: Finding[];
  baselineNsPerChar: Record<string, number>;
  seconds: number;
}

// ---------------------------------------------------------------- seeds

interface KeyRow {
  periodLabel?: string;
  period?: string;
  account: string;
  begin: number | null;
  activity?: (number | null)[];
  deductions?: (number | null)[];
  end: number | null;
}

interface Seeds {
  texts: string[];
  htmls: string[];
  keys: KeyRow[][];
  ocf: unknown[];
  /** The file each seed text or key came from, for the report. */
  names: Map<unknown, string>;
}

function loadSeeds(): Seeds {
  const seeds: Seeds = { texts: [], htmls: [], keys: [], ocf: [], names: new Map() };
  for (const folder of ["fixtures/schedule2", "fixtures/schedule2-batch2", "seeds"]) {
    const dir = path.join(SHARED, folder);
    if (!fs.existsSync(dir)) throw new Error(`${dir} not found: the harness reads ../shared beside the repo`);
    for (const file of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, file);
      if (/\.html?$/i.test(file)) {
        seeds.htmls.push(fs.readFileSync(full, "utf8"));
        seeds.names.set(seeds.htmls[seeds.htmls.length - 1], file);
      } else if (/\.txt$/i.test(file) && !/promise-to-grant/.test(file)) {
        seeds.texts.push(fs.readFileSync(full, "utf8"));
        seeds.names.set(seeds.texts[seeds.texts.length - 1], file);
      } else if (/\.json$/i.test(file)) {
        const key = JSON.parse(fs.readFileSync(full, "utf8")) as { rows?: KeyRow[] };
        if (key.rows && key.rows.length > 0) {
          seeds.keys.push(key.rows);
          seeds.names.set(key.rows, file);
        }
      }
    }
  }
  const ocfDir = path.join(SHARED, "ocf/samples");
  if (fs.existsSync(ocfDir)) {
    for (const file of fs.readdirSync(ocfDir).sort()) {
      seeds.ocf.push(JSON.parse(fs.readFileSync(path.join(ocfDir, file), "utf8")));
    }
  }
  return seeds;
}

// ---------------------------------------------------------------- sources as units

const splitHtml = (html: string) => html.split(/(?=<tr[\s>])/i);

function joinUnits(units: Unit<string>[], html: boolean): string {
  return units.map((u) => u.value).join(html ? "" : "\n");
}

/** The unit index holding each "line L" or "line L:C" location, for a text split into units. */
function unitLocator(text: string, units: string[], html: boolean) {
  if (!html) return (location: string) => Number(/line (\d+)/.exec(location)?.[1] ?? 0) - 1;
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const unitStarts: number[] = [];
  let at = 0;
  for (const unit of units) {
    unitStarts.push(at);
    at += unit.length;
  }
  return (location: string) => {
    const match = /line (\d+)(?::(\d+))?/.exec(location);
    if (!match) return -1;
    const offset = (lineStarts[Number(match[1]) - 1] ?? 0) + Number(match[2] ?? 1) - 1;
    let lo = 0;
    let hi = unitStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (unitStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

const gridLocator = (location: string) => Number(/[A-Z]+(\d+)$/.exec(location)?.[1] ?? 0) - 1;

/**
 * For each row read, the units its cells came from. A schedule model (readSchedules) carries every
 * cell's location; the JSON report only the row's first cell, so a candidate drop found from the
 * report is confirmed against the models.
 */
function rowUnits(
  schedules: readonly { rows: readonly { location: string; cellLocations?: string[] }[] }[],
  locate: (location: string) => number,
): number[][] {
  return schedules.flatMap((s) =>
    s.rows.map((row) => [
      ...new Set([row.location, ...(row.cellLocations ?? [])].map(locate).filter((u) => u >= 0)),
    ]),
  );
}

const hasParseFinding = (report: CheckReportJson) =>
  report.schedules.some((s) => s.findings.some((f) => f.check === "parse"));

/**
 * Rows of the seed that vanished silently: every unit of the row survived untouched (its id is in
 * the mutated source), no row of the mutated reading comes from any of them, a schedule was still
 * found, and the report carries no parse finding. Returns the vanished rows' first units.
 */
export function silentDrops(
  before: number[][],
  after: number[][],
  units: Unit<unknown>[],
  report: CheckReportJson,
): number[] {
  if (report.schedules.length === 0 || hasParseFinding(report)) return [];
  const untouched = new Set(units.filter((u) => u.id >= 0).map((u) => u.id));
  const read = new Set(after.flatMap((cells) => cells.map((c) => units[c]?.id ?? -1)));
  return before
    .filter(
      (cells) => cells.length > 0 && cells.every((c) => untouched.has(c)) && !cells.some((c) => read.has(c)),
    )
    .map((cells) => cells[0]);
}

// ---------------------------------------------------------------- grids from answer keys

function figureText(value: number | null, rnd: Random): string {
  if (value === null) return "";
  if (value === 0 && rnd.chance(0.3)) return "\u2014";
  const digits = Math.abs(value).toLocaleString("en-US", { maximumFractionDigits: 2 });
  return value < 0 ? `(${digits})` : digits;
}

function keyGrid(rows: KeyRow[], rnd: Random, asText: boolean): CellValue[][] {
  const activities = Math.max(1, ...rows.map((r) => r.activity?.length ?? 0));
  const deductions = Math.max(1, ...rows.map((r) => r.deductions?.length ?? 0));
  const header = [
    "Description",
    "Balance at Beginning of Period",
    ...Array.from({ length: activities }, (_, i) =>
      i === 0 ? "Charged to Costs and Expenses" : "Charged to Other Accounts",
    ),
    ...Array.from({ length: deductions }, () => "Deductions"),
    "Balance at End of Period",
  ];
  const grid: CellValue[][] = [["Schedule II - Valuation and Qualifying Accounts"], header];
  let period = "";
  for (const row of rows) {
    const label = row.periodLabel ?? row.period ?? "";
    if (label !== period) {
      grid.push([label]);
      period = label;
    }
    const pad = (values: (number | null)[] | undefined, n: number) =>
      Array.from({ length: n }, (_, i) => values?.[i] ?? null);
    const figures = [
      row.begin,
      ...pad(row.activity, activities),
      ...pad(row.deductions, deductions),
      row.end,
    ];
    grid.push([row.account, ...figures.map((v) => (asText ? figureText(v, rnd) : v))]);
  }
  return grid;
}

function mutateCell(value: CellValue, rnd: Random): CellValue {
  switch (rnd.int(8)) {
    case 0:
      return rnd.pick(HOSTILE_NAMES);
    case 1:
      return rnd.pick([1e308 * 10, -Infinity, Number.NaN, 1.7976931348623157e308, 123456789012345678901234]);
    case 2:
      return rnd.pick(["7.96E+03", "7,956K", "USD 7,956", "####", "(0)", "\u22125", "1\u00a0234", "#VALUE!"]);
    case 3:
      return null;
    case 4:
      return typeof value === "string" ? value.replace(/ /g, "\u00a0") : value;
    case 5:
      return typeof value === "number" ? -value : value;
    case 6:
      return true;
    default:
      return typeof value === "string" ? mutateLine(value, rnd) : String(value);
  }
}

function mutateRow(row: CellValue[], rnd: Random): CellValue[] {
  const out = row.slice();
  const at = rnd.int(out.length + 1);
  if (rnd.chance(0.2)) out.splice(at, 0, rnd.pick(["", "(1)", "$", null]));
  else out[at] = mutateCell(out[at] ?? null, rnd);
  return out;
}

function toCsv(grid: CellValue[][]): string {
  return grid
    .map((row) =>
      row
        .map((v) =>
          v === null ? "" : /[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v),
        )
        .join(","),
    )
    .join("\n");
}

// ---------------------------------------------------------------- the entry points

const TYPED_ERRORS = [UnreadableInputError, VestingError, OcfError, DateError, UsageError];
const isTyped = (error: unknown) => TYPED_ERRORS.some((type) => error instanceof type);

const CLI_TOKENS = [
  "vested",
  "table",
  "check",
  "ocf",
  "forecast",
  "export",
  "help",
  "--help",
  "--grant",
  "--shares",
  "--as-of",
  "--schedule",
  "--rounding",
  "--day-of-month",
  "--termination",
  "--vesting-start",
  "--format",
  "--json",
  "--tolerance",
  "--period",
  "--from",
  "--to",
  "--file",
  "--id",
  "--name",
  "--force",
  "-h",
  "--",
  "=",
  "2003-07-21",
  "2004-02-21",
  "1900-02-29",
  "2024-02-30",
  "0001-01-01",
  "9999-12-31",
  "1000",
  "1,000",
  "0x10",
  "1,0,0,0",
  "(473)",
  "$ 5",
  "\u2014",
  "-1",
  "1e3",
  "1 2",
  "NaN",
  "Infinity",
  "0",
  "0.5",
  "99999999999999999999999",
  "monthly",
  "quarter",
  "year",
  "csv",
  "json",
  "text",
  "last",
  "31",
  "0",
  "32",
  "front-loaded",
  "fractional",
  "50% at 6 months, then 50% monthly over 24 months",
  "25% after 1 year, then monthly over 36 months",
  "100% monthly over 0 months",
  "/nonexistent.txt",
  "--shares=",
  "--grant=2003-07-21",
  "-x",
  "\u0000",
  "",
];

function cliArgs(rnd: Random): string[] {
  const args = [rnd.pick(["vested", "table", "ocf", "forecast", "check", "help", rnd.pick(CLI_TOKENS)])];
  if (args[0] === "ocf") args.push(rnd.pick(["export", "import", "x"]));
  const count = rnd.int(12);
  for (let i = 0; i < count; i++)
    args.push(rnd.chance(0.1) ? randomText(rnd).slice(0, 20) : rnd.pick(CLI_TOKENS));
  return args;
}

function mutateJson(value: unknown, rnd: Random, depth = 0): unknown {
  if (rnd.chance(0.08) || depth > 12) {
    return rnd.pick<unknown>([
      null,
      0,
      -1,
      "",
      "x",
      [],
      {},
      1e308,
      "1e400",
      "-0",
      "2024-02-30",
      true,
      "\u2212" + "5",
      "9".repeat(40),
    ]);
  }
  if (Array.isArray(value)) {
    const out = value.map((v) => mutateJson(v, rnd, depth + 1));
    if (rnd.chance(0.1) && out.length > 0) out.splice(rnd.int(out.length), 1);
    if (rnd.chance(0.1) && out.length > 0) out.push(out[rnd.int(out.length)]);
    return out;
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (rnd.chance(0.05)) continue;
      out[key] = mutateJson(v, rnd, depth + 1);
    }
    return out;
  }
  if (typeof value === "string" && rnd.chance(0.2)) return mutateLine(value, rnd);
  return value;
}

// ---------------------------------------------------------------- one input

interface Case {
  kind: Kind;
  /** The input as text, for the report and the size. */
  shown: string;
  size: number;
  /** Runs the entry point; returns a silent-drop description, or "" when none. */
  run: () => Promise<string> | string;
}

function textCase(
  kind: "text" | "html",
  seed: string,
  rnd: Random,
  baseline: Map<string, number[][]>,
  name = "",
): Case {
  const html = kind === "html";
  const original = html ? splitHtml(seed) : seed.split("\n");
  let units = mutateUnits(
    original.map((value, id) => ({ value, id })),
    rnd,
    (line) => mutateLine(line, rnd),
    () =>
      rnd.pick([
        rnd.pick(HOSTILE_NAMES) + "   1,234   5   (6)   1,233",
        "",
        "Total",
        "<tr><td>(1)</td><td>(12)</td></tr>",
      ]),
  );
  let text = joinUnits(units, html);
  if (rnd.chance(0.15)) {
    // Truncation: everything after a random point is gone, the unit cut in two is changed.
    const cut = rnd.int(text.length + 1);
    let at = 0;
    const kept: Unit<string>[] = [];
    for (const unit of units) {
      const end = at + unit.value.length + (html ? 0 : 1);
      if (end <= cut) kept.push(unit);
      else {
        if (cut > at) kept.push({ value: unit.value.slice(0, cut - at), id: -1 });
        break;
      }
      at = end;
    }
    units = kept;
    text = joinUnits(units, html);
  }
  return {
    kind,
    shown: text,
    size: text.length,
    run: () => {
      const report = checkSchedules(text);
      const before = baseline.get(seed)!;
      const locate = unitLocator(
        text,
        units.map((u) => u.value),
        html,
      );
      let dropped = silentDrops(before, rowUnits(report.schedules, locate), units, report);
      if (dropped.length > 0)
        dropped = silentDrops(before, rowUnits(readSchedules(text), locate), units, report);
      return dropped.length
        ? `${name}: the rows read from ${html ? "<tr> runs" : "lines"} ${dropped.map((u) => u + 1).join(", ")} vanished with no parse finding`
        : "";
    },
  };
}

function gridCase(kind: "csv" | "grid", key: KeyRow[], rnd: Random, name = ""): Case {
  const original = keyGrid(key, rnd, kind === "csv");
  const units = mutateUnits(
    original.map((value, id) => ({ value, id })),
    rnd,
    (row) => mutateRow(row, rnd),
    () => [rnd.pick(HOSTILE_NAMES), 1234, 5, 6, 1233],
  );
  const grid = units.map((u) => u.value);
  const csv = toCsv(grid);
  // The seed grid's own reading, outside the timed run.
  const base = rowUnits(
    readSchedules(kind === "csv" ? { values: parseCsv(toCsv(original)) } : { values: original }),
    gridLocator,
  );
  return {
    kind,
    shown: kind === "csv" ? csv : JSON.stringify(grid),
    size: csv.length,
    run: () => {
      const values = kind === "csv" ? parseCsv(csv) : grid;
      const report = checkSchedules({ values } as CellGrid);
      if (values.length !== grid.length) return ""; // a quote merged rows: no unit map
      let dropped = silentDrops(base, rowUnits(report.schedules, gridLocator), units, report);
      if (dropped.length > 0) {
        dropped = silentDrops(
          base,
          rowUnits(readSchedules({ values } as CellGrid), gridLocator),
          units,
          report,
        );
      }
      return dropped.length
        ? `${name} as a ${kind}: the rows read from grid rows ${dropped.map((u) => u + 1).join(", ")} vanished with no parse finding`
        : "";
    },
  };
}

function makeCase(kind: Kind, rnd: Random, seeds: Seeds, baseline: Map<string, number[][]>): Case {
  switch (kind) {
    case "text":
    case "html": {
      const seed = rnd.pick(kind === "text" ? seeds.texts : seeds.htmls);
      return textCase(kind, seed, rnd, baseline, seeds.names.get(seed));
    }
    case "csv":
    case "grid": {
      const key = rnd.pick(seeds.keys);
      return gridCase(kind, key, rnd, seeds.names.get(key));
    }
    case "random":
    case "long-run": {
      const text = kind === "random" ? randomText(rnd) : longRun(rnd);
      const form = rnd.int(3);
      return {
        kind,
        shown: text,
        size: text.length,
        run: () => {
          if (form === 0) checkSchedules(text);
          else if (form === 1) checkSchedules({ values: parseCsv(text) });
          else parseSchedule(text.slice(0, 4000));
          return "";
        },
      };
    }
    case "vesting": {
      const base = rnd.pick(PRESETS).text;
      const text = rnd.chance(0.8) ? mutateLine(mutateLine(base, rnd), rnd) : randomText(rnd).slice(0, 300);
      return {
        kind,
        shown: text,
        size: text.length,
        run: () => {
          parseSchedule(text);
          vestingTable({ grantDate: "2003-07-21", shares: rnd.pick([1000, 7, 0, 1e9]), schedule: text });
          return "";
        },
      };
    }
    case "ocf": {
      const document = mutateJson(rnd.pick(seeds.ocf), rnd);
      const shown = JSON.stringify(document) ?? "undefined";
      return {
        kind,
        shown,
        size: shown.length,
        run: () => {
          grantsFromOcf([document]);
          const items = (document as { items?: unknown[] } | null)?.items;
          if (Array.isArray(items)) for (const item of items.slice(0, 5)) vestingTermsToSchedule(item);
          else vestingTermsToSchedule(document);
          return "";
        },
      };
    }
    case "cli": {
      const args = cliArgs(rnd);
      return {
        kind,
        shown: JSON.stringify(args),
        size: args.join(" ").length,
        run: async () => {
          const errors: string[] = [];
          await main(args, { out: () => {}, err: (t) => errors.push(t) });
          const unexpected = errors.find((e) => /unexpected error/.test(e));
          if (unexpected) throw new Error(`CLI: ${unexpected}`);
          return "";
        },
      };
    }
  }
}

// ---------------------------------------------------------------- the run

const BUDGET_FACTOR = 40; // times the seeds' cost per character
const BUDGET_FLOOR_MS = 60; // start-up of an entry point, a GC pause

async function timed(run: () => Promise<string> | string): Promise<{ ms: number; drop: string }> {
  const start = performance.now();
  const drop = await run();
  return { ms: performance.now() - start, drop };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs `count` inputs drawn with `seed`; `only` limits the kinds. */
export async function runFuzz(options: {
  count: number;
  seed: number;
  only?: Kind[];
  onProgress?: (done: number) => void;
}): Promise<FuzzResult> {
  const started = performance.now();
  const seeds = loadSeeds();
  const rnd = random(options.seed);
  const weights = WEIGHTS.filter(([kind]) => !options.only || options.only.includes(kind));
  const total = weights.reduce((n, [, w]) => n + w, 0);
  const drawKind = (): Kind => {
    let r = rnd.next() * total;
    for (const [kind, w] of weights) if ((r -= w) < 0) return kind;
    return weights[0][0];
  };

  // Baselines: each seed read as it is (rows for the drop rule), and the cost per character of
  // each entry point on unmutated input, after a warm-up.
  const baseline = new Map<string, number[][]>();
  const perChar: Record<string, number[]> = {};
  for (let pass = 0; pass < 2; pass++) {
    for (const [list, html] of [
      [seeds.texts, false],
      [seeds.htmls, true],
    ] as const) {
      for (const seed of list) {
        const start = performance.now();
        checkSchedules(seed);
        const ms = performance.now() - start;
        const units = html ? splitHtml(seed) : seed.split("\n");
        baseline.set(seed, rowUnits(readSchedules(seed), unitLocator(seed, units, html)));
        if (pass === 1) (perChar[html ? "html" : "text"] ??= []).push(ms / Math.max(1, seed.length));
      }
    }
  }
  const nsPerChar = Math.max(median(perChar.text ?? [0]), median(perChar.html ?? [0]));
  const budgetMs = (size: number) => BUDGET_FLOOR_MS + BUDGET_FACTOR * nsPerChar * size;

  const findings: Finding[] = [];
  const byKind: Record<string, number> = {};
  for (let i = 0; i < options.count; i++) {
    const kind = drawKind();
    const caseSeed = `${options.seed}:${i}`;
    const input = makeCase(kind, random((options.seed * 1_000_003 + i) >>> 0), seeds, baseline);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    const record = (rule: Finding["rule"], detail: string) =>
      findings.push({ kind, rule, seed: caseSeed, detail, input: input.shown });
    try {
      const first = await timed(input.run);
      const drop = first.drop;
      let ms = first.ms;
      // A slow run is timed twice more (GC, another process): the fastest of the three counts.
      for (let retry = 0; retry < 2 && ms > budgetMs(input.size); retry++)
        ms = Math.min(ms, (await timed(input.run)).ms);
      if (ms > budgetMs(input.size)) {
        record(
          "over-budget",
          `${ms.toFixed(0)} ms for ${input.size} characters (budget ${budgetMs(input.size).toFixed(0)} ms)`,
        );
      }
      if (drop) record("silent-drop", drop);
    } catch (error) {
      if (!isTyped(error)) record("crash", (error as Error)?.stack ?? String(error));
    }
    if (options.onProgress && (i + 1) % 1000 === 0) options.onProgress(i + 1);
  }
  return {
    inputs: options.count,
    byKind,
    findings,
    baselineNsPerChar: { text: median(perChar.text ?? [0]) * 1e6, html: median(perChar.html ?? [0]) * 1e6 },
    seconds: (performance.now() - started) / 1000,
  };
}
