// Issue 11, no silent drop (HTML): rows of figures that stand where the schedule's column headings
// cannot reach them are named in a parse warning, never lost in silence and never a break.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules } from "../../src/core/schedule2";

const read = (name: string) => checkSchedules(fs.readFileSync(path.join(__dirname, "cases", name), "utf8"));
const parseWarnings = (schedule: ReturnType<typeof checkSchedules>["schedules"][number]) =>
  schedule.findings.filter((f) => f.check === "parse" && f.severity === "warning").map((f) => f.message);

it("a row of figures moved above the column headings is named, and the rows below them are read", () => {
  // 15_verizon_fy2023.html, fuzz case 20261202:17045: the credit-loss table's 'Year 2022' row moved
  // to the top of its table, above 'Description | Balance at Beginning of Period | …'. Before, the
  // table had no header rows (its first row was figures) and vanished.
  const report = read("verizon-row-above-headings.html");
  expect(report.schedules).toHaveLength(2);
  const [credit, taxes] = report.schedules;
  // Year 2022 of the allowance for credit losses: 1,151 + 1,531 + 69 - 1,490 = 1,261.
  expect(parseWarnings(credit)).toEqual([
    '"Year 2022" 1,151 1,531 69 1,490 1,261: a row of figures above the column headings, not read',
  ]);
  expect(credit.rows).toHaveLength(1); // Year 2023, still under its headings
  expect(taxes.rows).toHaveLength(3);
  for (const schedule of report.schedules)
    expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
});

it("a table of figures right after a schedule whose headings were moved into the schedule is named", () => {
  // 15_verizon_fy2023.html, fuzz case 20261202:2531: the deferred-tax table's heading rows were
  // shuffled into the credit-loss table, which the title introduces; the table after it, rows of
  // figures only, was never read and never mentioned.
  const [schedule, ...rest] = read("verizon-headings-moved-away.html").schedules;
  expect(rest).toEqual([]);
  expect(schedule.rows.map((row) => row.account)).toEqual(
    Array(3).fill("Allowance for credit losses deducted from accounts receivable"),
  );
  const warnings = parseWarnings(schedule);
  expect(warnings).toHaveLength(1);
  // The deferred-tax rows as printed: 2023 is 1,347 + 68 + 13 - 87 = 1,341.
  expect(warnings[0]).toMatch(
    /^A table of figures right after the schedule, without its column headings, was not read/,
  );
  expect(warnings[0]).toContain("Year 2023 $1,347 $68 $13 $87 $1,341; Year 2022 1,574 41 — 268 1,347");
  expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
});

it("a table of figures between the schedule's title and the table the title introduces is named", () => {
  // 15_verizon_fy2023.html, fuzz case 20261204:14088: the file was cut and its parts shuffled; the
  // credit-loss table's 'Year 2022' and 'Year 2021' rows, without their headings, now stand in a
  // table between the title and the deferred-tax table. The title passed over them in silence.
  const [schedule, ...rest] = read("verizon-figures-between-title-and-table.html").schedules;
  expect(rest).toEqual([]);
  expect(schedule.rows).toHaveLength(3); // the deferred-tax table, still under its headings
  const warnings = parseWarnings(schedule);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(
    /^A table of figures before the schedule, without its column headings, was not read/,
  );
  // Year 2022 of the allowance for credit losses as printed: 1,151 + 1,531 + 69 - 1,490 = 1,261.
  expect(warnings[0]).toContain("Year 2022 1,151 1,531 69 1,490 1,261; Year 2021 1,507 743 139 1,238 1,151");
  expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
});
