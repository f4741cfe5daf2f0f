// Issue 11, no silent drop: a table the locator took for part of a Schedule II that lays out to no
// rows (its headings do not reach its figures) while another table gives the schedule is named in a
// parse warning on that schedule, never lost in silence and never a break.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules } from "../../src/core/schedule2";

it("a Schedule II table whose headings no longer sit over its figures is named on the schedule beside it", () => {
  // 15_verizon_fy2023.html, fuzz case 20261202:588: the credit-loss table's "Description" cell got
  // a huge colspan, so no heading stands over a column of figures and the table lays out to nothing;
  // the deferred-tax table still reads. Before, the credit-loss rows vanished without a word.
  const report = checkSchedules(
    fs.readFileSync(path.join(__dirname, "cases", "verizon-colspan-huge.html"), "utf8"),
  );
  expect(report.schedules).toHaveLength(1);
  const [schedule] = report.schedules;
  expect(schedule.rows).toHaveLength(3);
  // Year 2023 of the allowance for credit losses as printed: 1,261 + 2,146 + 38 - 1,836 = 1,609.
  expect(schedule.findings.filter((f) => f.check === "parse").map((f) => f.message)).toEqual([
    'A table beside the schedule could not be laid out (no column headings above its rows name the balances): its 2 rows of figures were not checked, from "Year 2023" $1,261 $2,146 $38 $1,836 $1,609',
  ]);
  expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
});
