// Tidies one HTML row into the cells a layout can use: empty cells dropped, a lone "$" or "("
// joined to the amount after it, a lone ")" or "%" joined to the amount before it, and a
// footnote mark standing in its own cell appended to the value it annotates ("955 (a)").
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

function isFootnoteFor(mark: TidyCell, value: TidyCell | undefined, taggedTable: boolean): boolean {
  if (!value || mark.tagged || !looksNumeric(value.text)) return false;
  if (LETTER_MARK.test(mark.text)) return true;
  // "(1)" is also how minus one prints. In inline XBRL every figure is a tagged fact, so an
  // untagged "(1)" is a mark; elsewhere it is a mark only in the very next grid column.
  return DIGIT_MARK.test(mark.text) && (taggedTable || adjacent(value, mark));
}

/** Tidies a row in place order; empty cells are dropped. `taggedTable`: the table holds inline XBRL facts. */
export function tidyRow<T extends TidyCell>(cells: T[], taggedTable = false): T[] {
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
    } else if (isFootnoteFor(current, previous, taggedTable)) {
      out[out.length - 1] = join(previous, current, `${previous.text} ${current.text}`);
    } else {
      out.push(current);
    }
  }
  if (opener) out.push(opener);
  return out;
}
