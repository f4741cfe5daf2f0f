// A text cell among a row's figures ("n/a", "see note 3") in a table read transposed: the figure
// under it is missing, so the roll-forward of that column cannot be checked, while the row's other
// columns can. Footnote marks in their own cells ("(a)", "*", "[1]") and a lone "$" are not figures.
import Decimal from "decimal.js";
import type { ClassifiedRow, ValueCell } from "./rows";
import type { RawCell } from "../types";

const FOOTNOTE_MARK = /^(?:\((?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})\)|\[\d{1,2}\]|[*†‡§]+|[a-z])+$/;
const DOLLAR = /^[$¥€£]$/;

function isStray(cell: RawCell): boolean {
  const text = cell.text.trim();
  return !FOOTNOTE_MARK.test(text) && !DOLLAR.test(text);
}

export interface StrayPlacement {
  /** The figures by column, without the text cells. */
  placed: ValueCell[][];
  /** Columns where a text stands instead of a figure, with that cell. */
  stray: Map<number, RawCell>;
}

/**
 * Places a row whose figures include text cells: each text is put where a figure would go (by its
 * position, or its order in the row) to learn its column, then left out of the figures. A string
 * when the row cannot be placed even so.
 */
export function placeAroundText(
  row: ClassifiedRow,
  place: (row: ClassifiedRow) => ValueCell[][] | string,
): StrayPlacement | string {
  const strays = row.texts.filter(isStray);
  if (strays.length === 0) {
    const placed = place(row);
    return typeof placed === "string" ? placed : { placed, stray: new Map() };
  }
  const inOrder = row.cells.filter((cell) => cell !== row.label);
  const values: ValueCell[] = inOrder.flatMap((cell) => {
    const figure = row.values.find((v) => v.cell === cell);
    if (figure) return [figure];
    return strays.includes(cell) ? [{ cell, value: new Decimal(0) }] : [];
  });
  const placed = place({ ...row, values, texts: row.texts.filter((cell) => !strays.includes(cell)) });
  if (typeof placed === "string") return placed;
  const stray = new Map<number, RawCell>();
  const figures = placed.map((column, index) =>
    column.filter((value) => {
      if (!strays.includes(value.cell)) return true;
      stray.set(index, value.cell);
      return false;
    }),
  );
  return { placed: figures, stray };
}
