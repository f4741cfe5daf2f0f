// The workbook's date system, and the conversions at the edge. Everything Tieout computes (the
// core, the pane) speaks 1900-system serials; a 1904 workbook (older Excel for Mac files, or the
// option set) counts 1462 days less. The adapter finds out with a released probe,
// `workbook.functions.date(1904,1,1)` (ExcelApi 1.2: 0 in a 1904 workbook, 1462 otherwise;
// `Workbook.use1904DateSystem` is preview-only), queued in the same sync as the action's first
// read, and converts every date cell it reads or writes: a number under a date format.
import type { DateSystem } from "../core/dates";

export const OFFSET_1904 = 1462;

/** Queues the probe; the returned function gives the system once the sync has run. */
export function probeDateSystem(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => (probe.value === 0 ? 1904 : 1900);
}

/** A number format that shows a date: y, m, d tokens outside quotes and escapes, and no 0 or #. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const bare = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/[0#?@]/.test(bare) || /general/i.test(bare)) return false;
  // m alone beside h or s is minutes: a time of day, not a date.
  return /[yd]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

/** A serial read from a workbook of `system` as a 1900-system serial (and back). */
export const serialTo1900 = (serial: number, system: DateSystem) =>
  system === 1904 ? serial + OFFSET_1904 : serial;
export const serialFrom1900 = (serial: number, system: DateSystem) =>
  system === 1904 ? serial - OFFSET_1904 : serial;

/** Each number under a date format, from the workbook's system to 1900's (in place, for a read). */
export function datesTo1900(values: unknown[][], formats: unknown[][], system: DateSystem): void {
  if (system === 1900) return;
  values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (typeof value === "number" && isDateFormat(formats[i]?.[j])) row[j] = value + OFFSET_1904;
    }),
  );
}

/** Each number under a date format, from 1900's system to the workbook's (a new matrix, for a write). */
export function datesFrom1900<T>(cells: T[][], formats: unknown[][], system: DateSystem): T[][] {
  if (system === 1900) return cells;
  return cells.map((row, i) =>
    row.map((cell, j) =>
      typeof cell === "number" && isDateFormat(formats[i]?.[j]) ? ((cell - OFFSET_1904) as T) : cell,
    ),
  );
}

const TOP_LEVEL_CALL = /^=TIEOUT\.(VESTED|VESTINGTABLE)\((.*)\)$/is;
/** Arguments before dateSystem: VESTED has six, VESTINGTABLE five. */
const ARGUMENTS_BEFORE: Record<string, number> = { VESTED: 6, VESTINGTABLE: 5 };

function topLevelArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * A VESTED or VESTINGTABLE formula that Tieout composed, written into a 1904 workbook, gets 1904 as
 * its dateSystem argument: its dates (cells, DATE()) are then 1904 serials, and the function reads
 * them as such. Other formulas, and formulas that already give the argument, are left alone.
 */
export function withDateSystem(formula: string, system: DateSystem): string {
  if (system === 1900) return formula;
  const call = TOP_LEVEL_CALL.exec(formula);
  if (!call) return formula;
  const name = call[1].toUpperCase();
  const args = topLevelArguments(call[2]);
  if (args.length > ARGUMENTS_BEFORE[name]) return formula;
  while (args.length < ARGUMENTS_BEFORE[name]) args.push("");
  return `=TIEOUT.${name}(${[...args, "1904"].join(",")})`;
}
