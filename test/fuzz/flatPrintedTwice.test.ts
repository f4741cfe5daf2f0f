// Issue 11, no silent drop (flattened text): a table printed again after the footnotes (<FN>) of
// the one read is not read, and a parse warning says so.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules } from "../../src/core/schedule2";

it("a flattened schedule printed twice reads the first copy and names the second", () => {
  // 207_vulcan_materials_fy1993.txt (one 2,000-character line) duplicated by the fuzz harness (case
  // 20261202:658): line 2 repeats line 1. The <FN> on line 1 ends the table read, so the second
  // copy's rows were ignored without a word.
  const text = fs.readFileSync(path.join(__dirname, "cases/vulcan-flat-printed-twice.txt"), "utf8");
  const [schedule, ...rest] = checkSchedules(text).schedules;
  expect(rest).toEqual([]);
  // Five accounts and a total for each of 1993, 1992 and 1991.
  expect(schedule.rows).toHaveLength(18);
  const warnings = schedule.findings.filter((f) => f.check === "parse" && f.severity === "warning");
  expect(warnings.map((f) => f.location)).toEqual(["line 2"]);
  // The second copy's first row, 1993 accrued environmental costs: 26,530 - 110 - 7,320 = 19,100.
  expect(warnings[0].message).toMatch(
    /^A table printed after the footnotes \(<FN>\) of the one read is not read: 18 rows/,
  );
  expect(warnings[0].message).toContain(
    'Accrued environmental costs.............." $26,530 $(110) $7,320 (1) $19,100',
  );
  expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
});
