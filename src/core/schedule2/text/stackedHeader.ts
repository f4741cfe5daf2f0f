// Column headers of a stored render stacked over several lines, whose empty cells vanished: only
// the pieces remain, line after line ("Additions" / "Balance at" / "Charged to" / "beginning of" …
// "Description" / "period" / "Expenses" / "Deductions" / "of period"). When the pieces cannot be
// grouped into the figure columns, the header is handed on as its pieces, read as a whole (which
// balances and which activities it names), and the columns' order does the rest.
import { looksNumeric } from "../../numbers";
import { headingsNameBalances, namesBeginBalance, namesEndBalance } from "../layout/balances";
import { fitHeadings } from "../layout/roles";
import type { RawCell } from "../types";
import { isAccountTitle, isLeadPeriod } from "./subTables";

interface Piece {
  text: string;
  empty: boolean;
}

/** The most common count of figures on the rows with a label and two or more figures. */
export function figureColumns(rows: RawCell[][]): number {
  const tally = new Map<number, number>();
  for (const row of rows) {
    if (row.length === 0 || looksNumeric(row[0].text)) continue;
    const n = row.slice(1).filter((cell) => !cell.mark && looksNumeric(cell.text)).length;
    if (n >= 2) tally.set(n, (tally.get(n) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * Whether the headings as grouped fit the body's figure columns: one per column (with or without
 * a label heading), past group headings, or in whole lines across the columns.
 */
export function groupsIntoColumns(headings: string[], body: RawCell[][], guessed = false): boolean {
  const count = figureColumns(body);
  if (count < 3) return true;
  if (headings.length <= count + 1) {
    // Headings grouped from one piece per line by their opening words are a guess: kept only
    // when, fitted to the columns, they name the balances at either end.
    if (!guessed) return true;
    const fitted = fitHeadings(headings, count);
    return fitted !== null && headingsNameBalances(fitted, "");
  }
  if (headings.length % count === 0) return true; // printed line by line across the columns
  // Lines across the columns, the last ones shorter: folded, the outer headings name the balances.
  const fitted = fitHeadings(headings, count);
  if (fitted && namesBeginBalance(fitted[0]) && namesEndBalance(fitted[fitted.length - 1])) return true;
  // Group headings ("Additions" over two columns) stand apart from the columns' own.
  const own = headings.filter((heading) => !SPANNER.test(heading.trim()));
  return own.length === count || own.length === count + 1;
}

const SPANNER = /^(?:additions?|deductions?)(?:\s*\(\w\))?:?$/i;

/**
 * Past the bottom pieces of a stacked header: from `from`, short pieces of words (no figure, no
 * sentence, no colon) up to the period label that opens the body. Unchanged when no period
 * label follows them before the first figure.
 */
export function pastStackedPieces(cells: Piece[], from: number, firstFigure: number): number {
  let continuation = false;
  for (let i = from; i < firstFigure; i++) {
    const cell = cells[i];
    if (cell.empty) continue;
    if (isLeadPeriod(cell.text)) return continuation ? i : from;
    const text = cell.text.trim();
    if (looksNumeric(text) || /[.:;)]$|^\(/.test(text) || text.split(/\s+/).length > 4) return from;
    if (isAccountTitle(text)) return from; // an account's name opens the body
    // A bottom piece that finishes a heading ("period", "of period") or the label column's
    // heading ("Description") shows the header goes on.
    if (/^[a-z]/.test(text) || LABEL_HEADING.test(text)) continuation = true;
  }
  return from;
}

/** The label column's own heading, first on a header's bottom line. */
const LABEL_HEADING = /^(?:description|classification|col(?:umn)?\.?\s*a\.?)$/i;

/**
 * A header printed in full lines across the columns above a bottom line that opens with the label
 * column's heading ("Balance at | Charged to | Reduction to | …" / "Beginning of | Costs and | …" /
 * "Description | Period | Expenses | Write off | …"): each column's heading from its piece on every
 * line, the label heading first. Null unless the pieces above the bottom line (after the last
 * title or sentence) are whole lines of `count`.
 */
export function foldOverBottomLine(pieces: string[], count: number): string[] | null {
  if (count < 3) return null;
  const label = pieces.length - count - 1;
  if (label < 0 || !LABEL_HEADING.test(pieces[label].trim())) return null;
  let start = label;
  while (
    start > 0 &&
    !/[.:;]$/.test(pieces[start - 1].trim()) &&
    !/schedule|qualifying/i.test(pieces[start - 1])
  )
    start--;
  const above = pieces.slice(start, label);
  if (above.length === 0 || above.length % count !== 0) return null;
  const bottom = pieces.slice(label + 1);
  const headings = bottom.map((piece, column) =>
    [...above.filter((_, index) => index % count === column), piece].join(" "),
  );
  return [pieces[label], ...headings];
}
