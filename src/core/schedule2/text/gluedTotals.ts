// An unlabeled total row in a render that drops empty cells: its figures follow the last account's
// on the same run of cells ("Deferred tax asset valuation 3,892 1,093 — 4,985 $5,712 $11,251 …"),
// so the row seems to have twice the columns. The second run of figures is a row of its own only
// when it is what a total must be: the column sums of the rows of its block. Otherwise the row is
// left as read, and layout names it (a row that cannot be placed is never guessed at).
import Decimal from "decimal.js";
import { looksNumeric, parseAmount } from "../../numbers";
import type { RawCell } from "../types";

function figures(row: RawCell[]): RawCell[] {
  return row.filter((cell, index) => index > 0 && !cell.mark && looksNumeric(cell.text));
}

function hasLabel(row: RawCell[]): boolean {
  return row.length > 0 && !looksNumeric(row[0].text);
}

function mostCommon(counts: number[]): number {
  const tally = new Map<number, number>();
  counts.forEach((count) => tally.set(count, (tally.get(count) ?? 0) + 1));
  // On a tie the narrower width: every glued row doubles the count of a real one.
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function valuesOf(cells: RawCell[]): Decimal[] | null {
  const values = cells.map((cell) => parseAmount(cell.text));
  return values.every((value): value is Decimal => value !== null) ? values : null;
}

/** Column sums of the rows, or null when a row has another width or an unreadable figure. */
function columnSums(rows: RawCell[][], width: number): Decimal[] | null {
  const sums = Array.from({ length: width }, () => new Decimal(0));
  for (const cells of rows) {
    const values = valuesOf(cells);
    if (!values || values.length !== width) return null;
    values.forEach((value, i) => (sums[i] = sums[i].plus(value)));
  }
  return sums;
}

/**
 * Rows with the figures of an unlabeled total glued on, split into the row and the total. The
 * body's rows (after `headerRowCount`) are rows of cells as the stream cut them: label first.
 */
export function splitGluedTotals(rows: RawCell[][], headerRowCount: number): RawCell[][] {
  const body = rows.slice(headerRowCount);
  const width = mostCommon(
    body
      .filter(hasLabel)
      .map((row) => figures(row).length)
      .filter((n) => n >= 2),
  );
  if (width < 3) return rows;
  const out = rows.slice(0, headerRowCount);
  // Figures of the labelled rows since the last row without figures (a period or heading row).
  let block: RawCell[][] = [];
  for (const row of body) {
    const own = figures(row);
    if (own.length === 0) block = [];
    const onlyFigures = row.slice(1).every((cell) => cell.mark || looksNumeric(cell.text));
    if (hasLabel(row) && own.length === width * 2 && onlyFigures && block.length > 0) {
      const first = own.slice(0, width);
      const total = own.slice(width);
      const sums = columnSums([...block, first], width);
      const foots = sums !== null && valuesOf(total)?.every((value, i) => value.equals(sums[i]));
      if (foots) {
        const cut = row.indexOf(total[0]);
        out.push(row.slice(0, cut), row.slice(cut));
        block = [];
        continue;
      }
    }
    if (hasLabel(row) && own.length === width) block.push(own);
    out.push(row);
  }
  return out;
}
