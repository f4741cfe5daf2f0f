// A short row whose placement the roll-forward cannot settle (deductions added as printed: every
// placement has the same sums) placed by what the complete rows show.
import Decimal from "decimal.js";
import { placeByPreference, placeByIdentity } from "../../../../src/core/schedule2/layout/identityPlacement";
import type { ColumnRole } from "../../../../src/core/schedule2/types";

const d = (values: number[]) => values.map((v) => new Decimal(v));
// Begin, Acquisitions, Charged to expense, Charged to other accounts, Deductions, End.
const roles: ColumnRole[] = ["begin", "addition", "addition", "addition", "deduction", "end"];
// Complete rows, checked by hand with the deductions added as printed (negative):
// 1,000 + 50 + 400 - 30 - 300 = 1,120; 2,000 + 10 + 900 + 40 - 850 = 2,100.
const complete = [d([1000, 50, 400, -30, -300, 1120]), d([2000, 10, 900, 40, -850, 2100])];

test("the identity alone leaves such a row open", () => {
  const values = d([500, 200, -150, 550]).map((value) => ({ cell: { text: "" }, value }));
  expect(placeByIdentity(values, roles, ["all-added"])).toBeNull();
});

test("a negative goes to the deduction column, a lone addition to the column of the largest charges", () => {
  // 500 + 200 - 150 = 550: 200 under "Charged to expense" (the complete rows' largest additions).
  expect(placeByPreference(d([500, 200, -150, 550]), roles, complete)).toEqual([0, 2, 4, 5]);
});

test("two additions start at that column and run on to the right", () => {
  // 500 + 120 + 80 - 150 = 550.
  expect(placeByPreference(d([500, 120, 80, -150, 550]), roles, complete)).toEqual([0, 2, 3, 4, 5]);
});

test("a positive figure never goes where the complete rows print only negatives", () => {
  // 500 + 50 = 550, the deduction column (always negative) stays empty.
  expect(placeByPreference(d([500, 50, 550]), roles, complete)).toEqual([0, 2, 5]);
});

test("no placement when the figures do not tie, or fewer than two complete rows", () => {
  expect(placeByPreference(d([500, 200, -150, 999]), roles, complete)).toBeNull();
  expect(placeByPreference(d([500, 200, -150, 550]), roles, complete.slice(0, 1))).toBeNull();
});
