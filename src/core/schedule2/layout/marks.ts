// Footnote marks in cells of their own ("180" "1", "(1,440)" "4" "(76)" "5"): the stream flags a
// digit right after a figure as a possible mark (RawCell.mark), and the row's column count decides.
// A row with k amounts too many drops k of its possible marks; a mark always follows a figure that
// stays, so "4" "(76)" "5" can only lose "4" and "5". When more than one choice is left, the one
// under which the row rolls forward wins; a choice the figures cannot settle is reported, never guessed.
import Decimal from "decimal.js";
import type { ColumnRole } from "../types";
import type { ValueCell } from "./rows";

/** More possible marks than this in one row are not tried one by one (keeps the search bounded). */
const MAX_MARKS = 10;

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((subset) => [first, ...subset]), ...subsets(rest, size)];
}

/** Whether begin + activity − deductions (or + deductions, or − |deductions|) gives the end. */
function rollsForward(values: Decimal[], roles: ColumnRole[]): boolean {
  if (values.length !== roles.length || values.length < 2) return false;
  let begin = new Decimal(0);
  let end = new Decimal(0);
  let added = new Decimal(0);
  let deducted = new Decimal(0);
  let deductedAbs = new Decimal(0);
  values.forEach((value, index) => {
    const role = roles[index];
    if (role === "begin") begin = value;
    else if (role === "end") end = value;
    else if (role === "deduction") {
      deducted = deducted.plus(value);
      deductedAbs = deductedAbs.plus(value.abs());
    } else added = added.plus(value);
  });
  const base = begin.plus(added);
  return [base.minus(deducted), base.plus(deducted), base.minus(deductedAbs)].some((sum) => sum.equals(end));
}

/**
 * The row's amounts with its footnote marks taken out, so that `count` remain; the amounts as they
 * are when the row is not too long or has too few possible marks (the caller reports the count);
 * a message when the marks could be read more than one way and the figures do not settle it.
 */
export function dropFootnoteMarks(
  values: ValueCell[],
  count: number,
  roles: ColumnRole[],
): ValueCell[] | string {
  const excess = values.length - count;
  const marks = values.flatMap((value, index) => (value.cell.mark && index > 0 ? [index] : []));
  if (excess <= 0 || marks.length < excess) return values;
  if (marks.length > MAX_MARKS) return "too many footnote marks to tell from figures";
  const choices = subsets(marks, excess).filter((dropped) =>
    dropped.every((index) => !dropped.includes(index - 1)),
  );
  const readings = choices.map((dropped) => values.filter((_, index) => !dropped.includes(index)));
  if (readings.length === 1) return readings[0];
  if (readings.length === 0) return values;
  const tying = readings.filter((reading) =>
    rollsForward(
      reading.map((value) => value.value),
      roles,
    ),
  );
  if (tying.length === 1) return tying[0];
  const same = (a: ValueCell[], b: ValueCell[]): boolean =>
    a.every((value, i) => value.value.equals(b[i].value));
  const candidates = tying.length > 0 ? tying : readings;
  if (candidates.every((reading) => same(reading, candidates[0]))) return candidates[0];
  return "footnote marks in their own cells that could be figures: the row can be read more than one way";
}
