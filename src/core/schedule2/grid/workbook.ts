// A whole workbook (an SEC Financial_Report.xlsx has a sheet per statement and note, a hundred or
// more): which sheets hold a Schedule II, and which one of the copies to read. The SEC export
// gives the note as a laid-out table, a "(Tables)" copy and a transposed "(Details)" sheet with
// "[Member]" labels: one schedule, read once, from the copy that reads best. Cash-flow, equity,
// goodwill, stock-compensation and other roll-forwards are never checked.
import { classifySchedule, skippedFor, type Classification, type SkippedTable } from "../classify";
import type { ScheduleModel } from "../types";
import { readImportedSheet } from "./imported";
import type { CellGrid } from "./types";

/**
 * A report title as the SEC's export writes it in A1: "… - USD ($) $ in Thousands", "… (Details)".
 * A workbook with such titles titles every sheet, so a sheet whose title does not say Schedule II
 * is not one: its roll-forwards (warranties, deferred revenue, leases …) are never read as one.
 */
const EXPORT_TITLE =
  /\s-\s(?:USD|EUR|GBP|JPY|CAD|CHF|CNY|AUD|\$)\b|\((?:details?|tables?|policies|narrative)\)|^document\s+and\s+entity\s+information/i;

/**
 * In the export, a sheet found by Rule 12-09 headings alone is taken only when its title names a
 * valuation account (an allowance or reserve), and not a note whose roll-forward only looks like
 * one (income taxes' valuation allowance, product warranties).
 */
const ACCOUNT_TITLE = /\b(?:allowances?|reserves?|valuation)\b/i;
const NOTE_TITLE = /\bincome\s+tax|\btax(?:es)?\b|warrant(?:y|ies)/i;

/** A schedule number in a title, so that a "Schedule II" that is another schedule is named, not hidden. */
const NUMBERED = /\bschedule\s+(?:ii|v|viii|2|5|8)\b/i;

/** The sheet's name and the text at its top (the SEC export puts the full title in A1). */
export function sheetTitle(grid: CellGrid): string {
  const top: string[] = [grid.sheetName ?? ""];
  for (const row of grid.values.slice(0, 3)) {
    row?.forEach((value) => {
      if (typeof value === "string" && value.trim() !== "") top.push(value.trim());
    });
  }
  return top.join(" · ").replace(/\s+/g, " ");
}

type Copy = "table" | "tables" | "details";

function copyOf(grid: CellGrid, title: string): Copy {
  if (/\(details?\)/i.test(title)) return "details";
  const member = grid.values.some((row) => row?.some((v) => typeof v === "string" && /\[member\]/i.test(v)));
  if (member) return "details";
  return /\(tables?\)/i.test(title) ? "tables" : "table";
}

/** The schedule a sheet is a copy of: its A1 title (or name) without "(Tables)", "(Details)" or units. */
function scheduleKey(grid: CellGrid): string {
  const first = grid.values
    .slice(0, 3)
    .flatMap((row) => row ?? [])
    .find((v): v is string => typeof v === "string" && v.trim() !== "");
  const title = first ?? grid.sheetName ?? "";
  return title
    .replace(/\((?:details?|tables?|narrative|policies)\).*$/i, "")
    .replace(/\s-\s(?:usd|\$).*$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .slice(0, 40);
}

/** Non-empty text cells of the first rows: the title the sheet gives itself (A1 in the SEC export). */
function topLines(grid: CellGrid): string[] {
  const lines: string[] = [];
  for (const row of grid.values.slice(0, 3)) {
    const first = (row ?? []).find((v): v is string => typeof v === "string" && v.trim() !== "");
    if (first) lines.push(first.trim());
  }
  return lines;
}

/** Text cells above the first row with two figures: the column headings, for the classifier. */
function headerText(grid: CellGrid): string {
  const texts: string[] = [];
  for (const row of grid.values.slice(0, 40)) {
    const cells = row ?? [];
    if (cells.filter((v) => typeof v === "number").length >= 2) break;
    cells.forEach((v) => typeof v === "string" && v.trim() !== "" && texts.push(v.trim()));
  }
  return texts.join(" ");
}

/**
 * What a sheet is, by the classifier every source shares: its title (A1's text, then the sheet
 * name) and its column headings. The sheet Tieout's Import wrote is a Schedule II by construction.
 */
export function classifySheet(grid: CellGrid): Classification {
  if (readImportedSheet(grid)) return { kind: "valuation-accounts", by: "title", evidence: "tieout import" };
  const title = [...topLines(grid), grid.sheetName ?? ""].filter((t) => t !== "").join("\n");
  return classifySchedule({ title, headers: headerText(grid) });
}

const COPY_RANK: Record<Copy, number> = { table: 0, tables: 1, details: 2 };

function fingerprint(models: ScheduleModel[]): string {
  const figures = models.flatMap((m) =>
    m.rows.flatMap((r) => [r.begin, ...r.additions, ...r.deductions, r.end].map((d) => d.toString())),
  );
  return figures.sort().join(",");
}

export interface ChosenSheet {
  grid: CellGrid;
  models: ScheduleModel[];
}

/** The sheets chosen, and the sheets called a schedule that were set aside (with a note why). */
export interface SheetSurvey {
  chosen: ChosenSheet[];
  skipped: SkippedTable[];
}

/**
 * The sheets to check, each with its schedules as `read` gives them, and the sheets set aside.
 * Sheets the classifier calls valuation and qualifying accounts (by title, or untitled by Rule 12-09
 * headings) are taken, one per schedule (the copy that reads the most rows; a laid-out table
 * before a "(Tables)" copy before "(Details)"). With none, a workbook of the user's own has its
 * sheets read unless their titles name another statement; the SEC's export, none. Cash flows,
 * equity, goodwill, stock awards and other roll-forwards are never read. A schedule whose figures
 * were already taken is not taken again.
 */
export function surveySheets(sheets: CellGrid[], read: (grid: CellGrid) => ScheduleModel[]): SheetSurvey {
  const judged = sheets.map((grid) => ({ grid, classification: classifySheet(grid) }));
  const exported = sheets.some((grid) => topLines(grid).some((line) => EXPORT_TITLE.test(line)));
  const valuation = judged.filter(({ classification }) => classification.kind === "valuation-accounts");
  // A sheet named a Schedule II outranks one that only has its headings; in the export, a sheet with
  // its headings must also be titled as a valuation account.
  const byTitle = valuation.filter(({ classification }) => classification.by === "title");
  const byHeaders = valuation.filter(
    ({ grid }) => !exported || (ACCOUNT_TITLE.test(sheetTitle(grid)) && !NOTE_TITLE.test(sheetTitle(grid))),
  );
  const titled = byTitle.length > 0 ? byTitle : byHeaders;
  const candidates =
    titled.length > 0
      ? titled
      : exported
        ? []
        : judged.filter(({ classification }) => classification.kind === "unknown");
  const skipped = skippedOf(judged);
  const groups = new Map<string, { grid: CellGrid; models: ScheduleModel[]; rank: number; rows: number }[]>();
  candidates.forEach(({ grid }, i) => {
    const models = read(grid);
    const rows = models.reduce((n, m) => n + m.rows.length, 0);
    if (rows === 0) return;
    const key = titled.length > 0 ? scheduleKey(grid) : `sheet ${i}`;
    const entry = { grid, models, rank: COPY_RANK[copyOf(grid, sheetTitle(grid))], rows };
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  });
  const chosen: ChosenSheet[] = [];
  const seen = new Set<string>();
  for (const copies of groups.values()) {
    const best = [...copies].sort((a, b) => b.rows - a.rows || a.rank - b.rank)[0];
    const print = fingerprint(best.models);
    if (seen.has(print)) continue;
    seen.add(print);
    chosen.push({ grid: best.grid, models: best.models });
  }
  return { chosen, skipped };
}

/**
 * Sheets called a schedule that are not one to check, with a note: the pre-1995 Schedule II of
 * related-party receivables, or a sheet titled with a schedule number that is another roll-forward.
 * A hundred statements that are plainly not schedules are not listed.
 */
function skippedOf(judged: { grid: CellGrid; classification: Classification }[]): SkippedTable[] {
  const skipped: SkippedTable[] = [];
  for (const { grid, classification } of judged) {
    const named = classification.kind === "related-party-receivables" || NUMBERED.test(sheetTitle(grid));
    const skip = named ? skippedFor(classification, grid.sheetName ?? "sheet") : null;
    if (skip) skipped.push(skip);
  }
  return skipped;
}

/** The sheets set aside (see surveySheets), without reading any sheet's schedule. */
export function skippedSheets(sheets: CellGrid[]): SkippedTable[] {
  return skippedOf(sheets.map((grid) => ({ grid, classification: classifySheet(grid) })));
}

/** The sheets to check (see surveySheets). */
export function scheduleSheets(sheets: CellGrid[], read: (grid: CellGrid) => ScheduleModel[]): ChosenSheet[] {
  return surveySheets(sheets, read).chosen;
}
