// Blank-line renders of XBRL viewer pages (cells kept apart by blank lines, a line of spaces for an
// empty cell). Two things the stream needs from them:
//   - a figure's parts come on lines of their own ("$" / "6,700", "(8,700" / ")") right under the
//     label, with no blank line between: each such line is a cell, for the stream to join again;
//   - a cell left empty in the page's markup vanishes from the text, while the spacer each column
//     prints after its figure (a line of spaces, or the ")" of a negative) stays. The complete rows
//     show that spacing; a row with fewer figures then says by its extra spacers which columns
//     vanished ("$ 1,485,540 · · 35,312 · · $ 1,520,852": the second and fourth).
import { looksNumeric } from "../../numbers";
import type { StreamCell } from "./stream";

const BARE_YEAR = /^(?:19|20)\d\d$/;

/** A line that is a figure or a part of one: "$", "(", ")", "6,700", "(8,700", "—". */
function isAmountPart(text: string): boolean {
  const t = text.trim();
  if (/^(?:\$|\(|\)|\$\()$/.test(t)) return true;
  return looksNumeric(t) && !BARE_YEAR.test(t) && /[\d—–-]/.test(t);
}

/**
 * Whether a non-blank line opens a cell of its own instead of continuing the open cell: a figure or
 * its part, a line after one, or a period's year closing a heading ("Balance at End of Year" /
 * "2015:").
 */
export function opensOwnCell(open: string, line: string): boolean {
  return isAmountPart(line) || isAmountPart(open) || /^\s*(?:19|20)\d\d:\s*$/.test(line);
}

interface Unit {
  /** Index of the figure cell (or of a printed empty "$"). */
  at: number;
  /** The figure's ")" came as a cell of its own: that is the column's spacer. */
  closed: boolean;
  /** Empty cells between this unit and the next. */
  gap: number;
  /** Indexes of those empty cells. */
  spacers: number[];
}

/** The units of figures after a label, from `from` up to the next words; null when a ")" stands alone. */
function unitsOf(cells: StreamCell[], from: number, to: number): Unit[] | null {
  const units: Unit[] = [];
  let i = from;
  while (i < to && cells[i].empty) i++; // the label's own spacer
  while (i < to) {
    const cell = cells[i];
    if (cell.empty) {
      const last = units[units.length - 1];
      if (!last) return null;
      last.gap++;
      last.spacers.push(i);
      i++;
      continue;
    }
    let at = i;
    if (cell.text === "$" && i + 1 < to && !cells[i + 1].empty && isAmountPart(cells[i + 1].text)) at = i + 1;
    else if (cell.text === ")") return null;
    else if (!isAmountPart(cell.text)) break; // a year or a caption: the row ended before it
    let next = at + 1;
    const closed = next < to && cells[next].text === ")";
    if (closed) next++;
    units.push({ at, closed, gap: 0, spacers: [] });
    i = next;
  }
  return units;
}

/**
 * The stream with a "—" placeholder where a column's cell vanished, when the complete rows (two or
 * more, every one spaced alike) show how the page spaces its columns and a shorter row's extra
 * spacers add up to exactly its missing columns. Any other stream is returned as it was.
 */
export function placeVanishedCells(cells: StreamCell[]): StreamCell[] {
  const labels: number[] = [];
  cells.forEach((cell, index) => {
    if (!cell.empty && /[A-Za-z]/.test(cell.text) && !isAmountPart(cell.text)) labels.push(index);
  });
  const rows = labels
    .map((label, k) => ({ label, units: unitsOf(cells, label + 1, labels[k + 1] ?? cells.length) }))
    .filter((row): row is { label: number; units: Unit[] } => row.units !== null && row.units.length >= 2);
  if (rows.length < 3) return cells;
  const count = Math.max(...rows.map((row) => row.units.length));
  const complete = rows.filter((row) => row.units.length === count);
  if (complete.length < 2) return cells;
  // The spacing after a figure, by whether its ")" came apart: one value each over all complete rows.
  const spacing = new Map<boolean, number>();
  for (const row of complete) {
    for (const unit of row.units.slice(0, -1)) {
      const known = spacing.get(unit.closed);
      if (known !== undefined && known !== unit.gap) return cells;
      spacing.set(unit.closed, unit.gap);
    }
  }
  const out = [...cells];
  for (const row of rows) {
    if (row.units.length === count) continue;
    const extras = row.units.slice(0, -1).map((unit) => unit.gap - (spacing.get(unit.closed) ?? NaN));
    const missing = count - row.units.length;
    if (extras.some((extra) => !(extra >= 0)) || extras.reduce((a, b) => a + b, 0) !== missing) continue;
    row.units.slice(0, -1).forEach((unit, k) => {
      // The extra spacers are the vanished columns' own: each stands for an empty cell, read as zero.
      for (const index of unit.spacers.slice(unit.spacers.length - extras[k])) {
        out[index] = { text: "—", line: cells[index].line, empty: false, figure: true };
      }
    });
  }
  return out;
}
