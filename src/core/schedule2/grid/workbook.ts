// A whole workbook (an SEC Financial_Report.xlsx has a sheet per statement and note, a hundred or
// more): which sheets hold a Schedule II, and which one of the copies to read. The SEC export
// gives the note as a laid-out table, a "(Tables)" copy and a transposed "(Details)" sheet with
// "[Member]" labels: one schedule, read once, from the copy that reads best. Cash-flow, equity,
// goodwill, stock-compensation and other roll-forwards are never checked.
import type { ScheduleModel } from "../types";
import type { CellGrid } from "./types";

/** Titles of a valuation-and-qualifying-accounts schedule (Schedule VIII before 1995, V in some 20-Fs). */
const SCHEDULE_II =
  /valuation\s+(?:and|&)\s+qualifying|qualifying\s+accounts|valuation\s+(?:and\s+qualifying\s+)?(?:allowances?|accounts|reserves)|allowances?\s+and\s+reserves|\bschedule\s+(?:ii|viii)\b/i;

/** Roll-forwards that are not Schedule II. */
const NOT_SCHEDULE_II =
  /cash\s+flows?|stockholders|shareholders|\bequity\b|goodwill|intangible|stock[-\s]based|share[-\s]based|stock\s+(?:compensation|options?|awards?)|property,?\s+plant|restructuring|income\s+taxes|balance\s+sheets?|operations|comprehensive\s+income/i;

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
  const title = first && SCHEDULE_II.test(first) ? first : (grid.sheetName ?? first ?? "");
  return title
    .replace(/\((?:details?|tables?|narrative|policies)\).*$/i, "")
    .replace(/\s-\s(?:usd|\$).*$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .slice(0, 40);
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

/**
 * The sheets to check, each with its schedules as `read` gives them. Sheets titled as a Schedule II
 * are taken, one per schedule (the copy that reads the most rows; a laid-out table before a
 * "(Tables)" copy before "(Details)"); a workbook without such a title has each of its sheets read,
 * except those titled as another statement. A schedule whose figures were already taken is not
 * taken again.
 */
export function scheduleSheets(sheets: CellGrid[], read: (grid: CellGrid) => ScheduleModel[]): ChosenSheet[] {
  const titled = sheets.filter((grid) => SCHEDULE_II.test(sheetTitle(grid)));
  const candidates =
    titled.length > 0 ? titled : sheets.filter((grid) => !NOT_SCHEDULE_II.test(sheetTitle(grid)));
  const groups = new Map<string, { grid: CellGrid; models: ScheduleModel[]; rank: number; rows: number }[]>();
  candidates.forEach((grid, i) => {
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
  return chosen;
}
