// The `reading` object of each schedule in the JSON: roles with the headers they came from, the
// convention, transposed or not, and how clearly the chosen convention beats the others.
import { checkSchedules } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

test("fixture 200 (a single signed 'Net (Deductions) Recoveries' column) says how it was read", () => {
  const file = "fixtures/schedule2-batch2/200_cik742278_fy2018.txt";
  const [schedule] = checkSchedules(readShared(file)).schedules;
  expect(schedule.reading.columns).toEqual([
    { role: "begin", header: "Balance at Beginning of Period" },
    { role: "addition", header: "Charged to Costs and Expenses" },
    { role: "deduction", header: "Net (Deductions) Recoveries" },
    { role: "end", header: "Balance at End of Period" },
  ]);
  expect(schedule.reading.convention).toBe("all-added");
  expect(schedule.reading.transposed).toBe(false);
  // All 9 rows tie when the signed column is added. The closest rival, subtracting the column's
  // absolute value, differs on one row only: 2017's +477 recovery (2,553 + 1,441 + 477 = 4,471 ties;
  // 2,553 + 1,441 − 477 = 3,517 does not). So it ties 8 of 9 and the margin is 1/9.
  expect(schedule.reading.confidence).toBe(0.11);
});
