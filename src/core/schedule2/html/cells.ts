// Tidies one HTML row into the cells a layout can use: empty cells dropped, a lone "$" or "("
// joined to the amount after it, a lone ")" or "%" joined to the amount before it, and a
// footnote mark standing in its own cell appended to the value it annotates ("955 (a)").
// A "(1)" in its own cell is how minus one prints: it is a mark only when something else says so.
import { looksNumeric } from "../../numbers";

/** A cell before tidying: its text and grid extent, plus whatever else the source records. */
export interface TidyCell {
  text: string;
  x: number;
  width: number;
  /** The cell holds an inline XBRL number, so it is a value, never a footnote mark. */
  tagged?: boolean;
}

const OPENERS = /^(?:\$|\(|\$\s*\(|\(\s*\$)$/;
const CLOSERS = /^(?:\)|%|\)\s*%|%\s*\))$/;
const LETTER_MARK = /^(?:\((?:[A-Za-z]|[ivxIVX]{2,4})\)|[*†‡§]+)(?:\s*\((?:[A-Za-z]|[ivxIVX]{2,4})\))*$/;
const DIGIT_MARK = /^\(\d{1,2}\)$/;

function adjacent(left: { x: number; width: number }, right: { x: number }): boolean {
  return left.x + left.width === right.x;
}

// The joined cell keeps the other fields (line, address, number) of `base`, the cell with the figure.
function join<T extends TidyCell>(base: T, other: T, text: string): T {
  const x = Math.min(base.x, other.x);
  const end = Math.max(base.x + base.width, other.x + other.width);
  return { ...base, text, x, width: end - x, tagged: base.tagged || other.tagged };
}

function isFootnoteFor<T extends TidyCell>(
  mark: T,
  value: T | undefined,
  taggedTable: boolean,
  definedMark: ((mark: T) => boolean) | undefined,
): boolean {
  if (!value || mark.tagged || !looksNumeric(value.text)) return false;
  if (LETTER_MARK.test(mark.text)) return true;
  if (!DIGIT_MARK.test(mark.text)) return false;
  // In inline XBRL every figure is a tagged fact, so an untagged "(1)" is a mark. Elsewhere "(1)",
  // "(12)" and "(0)" right after a figure are figures (a deduction, a zero printed in parentheses)
  // unless a footnote "(1) …" below defines the mark (a <sup> mark is glued to its figure already).
  return taggedTable || (adjacent(value, mark) && definedMark?.(mark) === true);
}

/**
 * Tidies a row in place order; empty cells are dropped. `taggedTable`: the table holds inline XBRL
 * facts. `definedMark`: whether a digit mark cell such as "(1)" is defined by a footnote of the table.
 */
export function tidyRow<T extends TidyCell>(
  cells: T[],
  taggedTable = false,
  definedMark?: (mark: T) => boolean,
): T[] {
  const out: T[] = [];
  let opener: T | null = null;
  for (const cell of cells) {
    if (cell.text === "") continue;
    let current = cell;
    if (opener) {
      const pending: T = opener;
      opener = null;
      if (adjacent(pending, current) && !OPENERS.test(current.text)) {
        current = join(current, pending, pending.text.replace(/\s+/g, "") + current.text);
      } else {
        out.push(pending);
      }
    }
    const previous = out[out.length - 1];
    if (OPENERS.test(current.text)) {
      opener = current;
    } else if (previous && CLOSERS.test(current.text)) {
      out[out.length - 1] = join(previous, current, previous.text + current.text.replace(/\s+/g, ""));
    } else if (isFootnoteFor(current, previous, taggedTable, definedMark)) {
      out[out.length - 1] = join(previous, current, `${previous.text} ${current.text}`);
    } else {
      out.push(current);
    }
  }
  if (opener) out.push(opener);
  return out;
}
