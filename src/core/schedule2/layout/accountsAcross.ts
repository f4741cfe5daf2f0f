// Schedules printed with the accounts across and the roll-forward down, one balance line closing
// each period and opening the next:
//                                        Allowance for      Reserve for
//                                        Doubtful Accounts  Rental Commitments
//   Balance at February 1, 2003               6,099              956
//   Additions charged to costs and expenses   6,098            1,062
//   Deductions                               (6,720)          (1,402)
//   Balance at January 31, 2004               6,335              616
//   Additions charged to costs and expenses   …
// Recognised by its row labels alone, whatever reader produced the cells: the first and last lines
// of figures are dated balances, and every stretch between two of them names activity. Each account
// column gives one row per period; the period is the closing balance's date.
import type { ColumnInfo, ColumnRole, RawCell, ScheduleModel, ScheduleRowModel } from "../types";
import { cleanLabel, isTitleLine, isUnitsCaption } from "./labels";
import { periodKey } from "./periods";
import { middleRoles } from "./roles";
import { buildRow, locationOf, rowText, type ClassifiedRow, type ValueCell } from "./rows";
import { unstackHeadings } from "./stackedHeadings";
import { placeAroundText } from "./strayText";

type Note = ScheduleModel["parseNotes"][number];

interface PlacedColumns {
  headers: string[];
  place(row: ClassifiedRow): ValueCell[][] | string;
}

/** "Balance at January 31, 2004", "Balance as of October 1, 2008", "Balance, December 31, 2022". */
const DATED_BALANCE = /^balances?\b.*\b(?:19|20)\d\d\b/i;
/** Words of a roll-forward line between two balances. */
const ACTIVITY =
  /\b(?:additions?|deductions?|charged|charges?|credited|write-?offs?|written|provisions?|recover(?:ed|ies|y)|reversals?|acquisitions?|acquired|translation|currency|utiliz|usage|reclass|transfers?|other|adjustments?|payments?|reductions?|increases?|decreases?|expense)/i;
/** A page number printed above or below the table ("48", "S-2"): furniture, not a figure. */
const PAGE_NUMBER = /^(?:[A-Z]{1,2}-)?\d{1,3}$/;

interface Line {
  row: ClassifiedRow;
  label: string;
  location: string;
  placed: ValueCell[][] | string;
  /** Columns where a text stands instead of a figure. */
  stray: Map<number, RawCell>;
}

function isBalance(label: string): boolean {
  return DATED_BALANCE.test(label);
}

function keepPiece(text: string): boolean {
  return text !== "" && !isUnitsCaption(text) && !isTitleLine(text) && !PAGE_NUMBER.test(text);
}

/** Column heading pieces in the words above the first balance. */
function piecesAbove(above: ClassifiedRow[]): string[] {
  return above.flatMap((row) => row.cells.map((cell) => cell.text.trim())).filter(keepPiece);
}

/** Column heading pieces in the last short lines of the text before the table. */
function piecesInContext(context: string): string[] {
  const lines = context
    .split("\n")
    .map((line) => line.replace(/^[\s|]+|[\s|]+$/g, "").trim())
    .filter((line) => line !== "");
  const pieces: string[] = [];
  for (const line of [...lines].reverse()) {
    // Headings are short phrases without figures; a caption, title or sentence ends them.
    if (!keepPiece(line) || /\d/.test(line) || line.split(/\s+/).length > 4) break;
    pieces.unshift(line);
  }
  return pieces;
}

/**
 * Account names of the value columns: as the columns were headed, else unstacked from the words
 * above the figures, else from the lines before the table. Null when none fits the columns.
 */
function accountNames(
  columns: PlacedColumns,
  above: ClassifiedRow[],
  context: string,
  count: number,
): string[] | null {
  const headed = columns.headers.map(cleanLabel);
  if (headed.length === count && headed.every((name) => /[A-Za-z]{3}/.test(name))) return headed;
  for (const pieces of [piecesAbove(above), piecesInContext(context)]) {
    const unstacked = unstackHeadings(pieces, count);
    if (unstacked) return unstacked.map(cleanLabel);
  }
  return null;
}

/**
 * Null unless the table is a roll-forward printed with the accounts across: its first and last
 * labelled lines of figures are dated balances, with activity lines between every two of them.
 */
export function layoutAccountsAcross(
  rows: ClassifiedRow[],
  columns: PlacedColumns,
  context: string,
  contextAccount: string | null,
): { columns: ColumnInfo[]; rows: ScheduleRowModel[]; notes: Note[] } | null {
  const firstBalance = rows.findIndex((row) => row.label && row.values.length > 0);
  if (firstBalance < 0 || !isBalance(cleanLabel(rows[firstBalance].label!.text))) return null;
  let lastBalance = -1;
  rows.forEach((row, index) => {
    if (row.label && row.values.length > 0 && isBalance(cleanLabel(row.label.text))) lastBalance = index;
  });
  if (lastBalance <= firstBalance) return null;

  const notes: Note[] = [];
  const lines: Line[] = [];
  for (const row of rows.slice(firstBalance, lastBalance + 1)) {
    // A rule or sub-heading line between the figures; a labelled line of texts ("Deductions n/a") is read below.
    if (row.values.length === 0 && !(row.label && row.texts.length > 0)) continue;
    const label = row.label ? cleanLabel(row.label.text) : "";
    const location = locationOf(row.cells[0]);
    // Amounts with no label: the stretch they sit in cannot be read (the checks below refuse it).
    if (label === "") {
      lines.push({ row, label, location, placed: "amounts with no row label", stray: new Map() });
      continue;
    }
    // A text where a figure belongs: that account's period is not checked on a guess (see below).
    const placement = placeAroundText(row, (r) => columns.place(r));
    lines.push(
      typeof placement === "string"
        ? { row, label, location, placed: placement, stray: new Map() }
        : { row, label, location, placed: placement.placed, stray: placement.stray },
    );
  }
  // Between every two balances, activity, and only activity.
  const segments: Line[][] = [];
  let open: Line[] = [];
  for (const line of lines) {
    if (isBalance(line.label)) {
      if (open.length > 0) {
        const middle = open.slice(1);
        if (middle.length === 0 || !middle.every((item) => ACTIVITY.test(item.label))) return null;
        segments.push([...open, line]);
      }
      open = [line];
    } else open.push(line);
  }
  if (segments.length === 0) return null;

  const count = widthOf(lines);
  if (count < 1) return null;
  const names = accountNames(columns, rows.slice(0, firstBalance), context, count);
  if (!names) {
    notes.push({
      location: lines[0].location,
      message: "The account names over the columns could not be read; the columns are named by position.",
    });
  }
  const accountOf = (column: number): string =>
    names?.[column] ?? (count === 1 ? (contextAccount ?? "") : `Column ${column + 1}`);

  for (const line of lines) {
    if (typeof line.placed === "string")
      notes.push({ location: line.location, message: `Row not read (${line.placed}): ${rowText(line.row)}` });
  }
  // After the last balance come footnotes; a roll-forward line there is named, never dropped.
  for (const row of rows.slice(lastBalance + 1)) {
    const label = row.label ? cleanLabel(row.label.text) : "";
    if (row.values.length > 0 && ACTIVITY.test(label) && label.split(/\s+/).length <= 8)
      notes.push({
        location: locationOf(row.cells[0]),
        message: `Row not read (after the last balance): ${rowText(row)}`,
      });
  }
  const readable = segments.filter((segment) => segment.every((line) => typeof line.placed !== "string"));
  const out: ScheduleRowModel[] = [];
  let info: ColumnInfo[] = [];
  for (let column = 0; column < count; column++) {
    for (const segment of readable) {
      const end = segment[segment.length - 1];
      const roles: ColumnRole[] = ["begin", ...middleRoles(segment.slice(1, -1).map((l) => l.label)), "end"];
      if (info.length === 0)
        info = segment.map((line, index) => ({ role: roles[index], header: line.label }));
      const unread = segment.find((line) => line.stray.has(column));
      if (unread) {
        const cell = unread.stray.get(column)!;
        notes.push({
          location: locationOf(cell) || unread.location,
          message: `Row not checked: "${cell.text}" where a figure belongs cannot be read (${end.label}, ${accountOf(column)}): ${unread.label}`,
        });
        continue;
      }
      const base = {
        period: periodKey(end.label),
        periodLabel: end.label,
        account: accountOf(column),
        isTotal: /^(?:grand\s+)?totals?\b/i.test(accountOf(column)),
        location: segment[0].location,
      };
      out.push(
        buildRow(
          base,
          roles,
          segment.map((line) => (line.placed as ValueCell[][])[column] ?? []),
        ),
      );
    }
  }
  return { columns: info, rows: out, notes };
}

/** How many value columns the placed lines have (the first line that could be placed). */
function widthOf(lines: Line[]): number {
  const placed = lines.find((line) => typeof line.placed !== "string");
  return placed ? (placed.placed as ValueCell[][]).length : 0;
}
