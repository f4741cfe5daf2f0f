// Rows whose render lost empty cells: figures placed by begin + additions − deductions = end, and
// only when exactly one reading ties.
import Decimal from "decimal.js";
import {
  conventionsOfCompleteRows,
  deductionByIdentity,
  placeByIdentity,
} from "../../../../src/core/schedule2/layout/identityPlacement";
import type { ValueCell } from "../../../../src/core/schedule2/layout/rows";
import type { ColumnRole } from "../../../../src/core/schedule2/types";

const ROLES: ColumnRole[] = ["begin", "addition", "addition", "deduction", "end"];
const figure = (n: number, mark = false): ValueCell => ({
  cell: { text: String(n), ...(mark ? { mark: true } : {}) },
  value: new Decimal(n),
});
const shown = (placed: ValueCell[][] | null): string[] | null =>
  placed && placed.map((column) => column.map((v) => v.value.toString()).join("+"));

describe("conventionsOfCompleteRows", () => {
  it("takes the convention the complete rows tie under", () => {
    // 1,608 + 1,659 + 0 − 1,030 = 2,237: a positive deduction subtracted (as printed or as its size).
    const rows = [[1608, 1659, 0, 1030, 2237].map((n) => new Decimal(n))];
    expect(conventionsOfCompleteRows(rows, ROLES)).toEqual(["deductions-subtracted", "absolute-deductions"]);
  });

  it("gives none when no complete row ties (no evidence to place short rows by)", () => {
    const rows = [[100, 10, 0, 5, 999].map((n) => new Decimal(n))];
    expect(conventionsOfCompleteRows(rows, ROLES)).toEqual([]);
  });
});

describe("placeByIdentity", () => {
  const std = ["deductions-subtracted" as const];

  it("places a lone activity figure where it ties: an addition, in the first addition column", () => {
    // 3,078 + 22,501 = 25,579; as a deduction it would not tie.
    expect(shown(placeByIdentity([figure(3078), figure(22501), figure(25579)], ROLES, std))).toEqual([
      "3078",
      "22501",
      "",
      "",
      "25579",
    ]);
  });

  it("places a lone figure as the deduction when only that ties", () => {
    // 500 − 120 = 380.
    expect(shown(placeByIdentity([figure(500), figure(120), figure(380)], ROLES, std))).toEqual([
      "500",
      "",
      "",
      "120",
      "380",
    ]);
  });

  it("drops a digit that may be a footnote mark when only the row without it ties", () => {
    // 2,796 + 259 + 23 = 3,078; "(2)" read as a deduction of −2 would give 3,080.
    const row = [figure(2796), figure(259), figure(23), figure(-2, true), figure(3078)];
    expect(shown(placeByIdentity(row, ROLES, std))).toEqual(["2796", "259", "23", "", "3078"]);
  });

  it("gives no placement when two readings tie differently (the row is named, not guessed)", () => {
    // Under every-column-added, 100 + 20 = 120 ties with 20 as an addition or as a deduction.
    const row = [figure(100), figure(20), figure(120)];
    expect(placeByIdentity(row, ROLES, ["all-added", "deductions-subtracted"])).toBeNull();
  });

  it("gives no placement when nothing ties: a printed break is never bent into a tie", () => {
    expect(placeByIdentity([figure(100), figure(20), figure(121)], ROLES, std)).toBeNull();
  });
});

describe("deductionByIdentity", () => {
  const guess: ColumnRole[] = ["begin", "addition", "addition", "deduction", "end"];
  const rows = (...values: number[][]) => values.map((row) => row.map((n) => new Decimal(n)));

  it("moves the deduction to the one column where the rows tie", () => {
    // 32,396 + 30,579 − 26,310 + (1,776) = 34,889: the deduction is the third column, not the fourth.
    const figures = rows([32396, 30579, 26310, -1776, 34889], [34889, 27390, 27898, -499, 33882]);
    expect(deductionByIdentity(guess, figures)).toEqual([
      "begin",
      "addition",
      "deduction",
      "addition",
      "end",
    ]);
  });

  it("keeps the guess when the figures cannot tell the columns apart", () => {
    // Every column added as printed ties wherever the deduction stands.
    const figures = rows([100, 10, -5, -3, 102]);
    expect(deductionByIdentity(guess, figures)).toEqual(guess);
  });
});
