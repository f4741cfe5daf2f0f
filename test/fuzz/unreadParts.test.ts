// Issue 11, no silent drop: a sub-table of a printed table whose column headings are damaged lays
// out to no rows; while another sub-table of the same table is read, its rows of figures are named.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules } from "../../src/core/schedule2";

it("the rows of a sub-table whose headings were not recognised get parse warnings naming them", () => {
  // 241_pep_boys_fy2011.txt (fuzz case 20261202:106): a line of figures ("+SUM(1,2) 1,234 …") put
  // into the first sub-table's stacked header. Its three year rows (figures on lines 40, 44, 48)
  // are not read; the second sub-table (sales returns) still is.
  const text = fs.readFileSync(path.join(__dirname, "cases/pepboys-line-in-header.txt"), "utf8");
  const [schedule] = checkSchedules(text).schedules;
  expect(schedule.rows.map((row) => row.account)).toEqual(Array(3).fill("SALES RETURNS AND ALLOWANCES"));
  const warned = schedule.findings.filter(
    (f) => f.check === "parse" && f.severity === "warning" && /were not read as a row/.test(f.message),
  );
  expect(warned.map((f) => f.location)).toEqual(["line 17", "line 40", "line 44", "line 48"]);
  expect(warned[1].message).toContain('"Year ended January 28, 2012" $ 1,551 $ 2,434');
  expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
});
