// Issue 11: a table printed one block per year whose block lost its year line reads that block's
// rows under the year above. The same account then appears twice in one period: a parse warning says
// so (naming the account, the period and both rows), so two years merged into one are never silent.
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { FOUR_FIGURE_HEADER } from "../../../support/schedule-grid";

const HEADER = FOUR_FIGURE_HEADER;
const YEAR_2006 = ["Year ended December 31, 2006", "", "", "", ""];
const YEAR_2005 = ["Year ended December 31, 2005", "", "", "", ""];
const ROWS_2006 = [
  ["Allowance for doubtful accounts", 124, 10, 42, 92],
  ["Valuation allowance - deferred tax assets", 2051, 364, 3, 2412],
];
const ROWS_2005 = [
  ["Allowance for doubtful accounts", 140, 25, 41, 124],
  ["Valuation allowance - deferred tax assets", 2065, -8, 6, 2051],
];

function grid(rows: (string | number)[][]) {
  return { values: rows, text: rows.map((row) => row.map((v) => String(v))), sheetName: "S2" };
}

const parseWarnings = (rows: (string | number)[][]) =>
  checkSchedules(grid(rows)).schedules.flatMap((s) =>
    s.findings.filter((f) => f.check === "parse").map((f) => ({ severity: f.severity, message: f.message })),
  );

test("two year blocks, the second without its year line: each account read twice in 2006 is named", () => {
  const rows = [HEADER, YEAR_2006, ...ROWS_2006, ...ROWS_2005];
  // Every row is still read (four rows), all under 2006 for want of the 2005 line.
  const [model] = readSchedules(grid(rows));
  expect(model.rows.map((r) => r.period)).toEqual(["2006", "2006", "2006", "2006"]);
  const warnings = parseWarnings(rows);
  expect(warnings).toHaveLength(2);
  expect(warnings.every((w) => w.severity === "warning")).toBe(true);
  expect(warnings[0].message).toMatch(/^"Allowance for doubtful accounts" is read twice in .*2006/);
  expect(warnings[1].message).toMatch(/^"Valuation allowance - deferred tax assets" is read twice in .*2006/);
  // Both rows are named: the first (sheet row 3) and the second (sheet row 5).
  expect(warnings[0].message).toMatch(/A3\b.*A5\b/);
});

test("the same table with both year lines has no such warning", () => {
  expect(parseWarnings([HEADER, YEAR_2006, ...ROWS_2006, YEAR_2005, ...ROWS_2005])).toEqual([]);
});

test("a total printed under each section of a period is not an account read twice", () => {
  const rows = [
    HEADER,
    YEAR_2006,
    ["Allowance for doubtful accounts", 124, 10, 42, 92],
    ["Total", 124, 10, 42, 92],
    ["Valuation allowance - deferred tax assets", 2051, 364, 3, 2412],
    ["Total", 2051, 364, 3, 2412],
  ];
  expect(parseWarnings(rows)).toEqual([]);
});

test("names that differ only by case, dashes or a footnote mark are the same account", () => {
  const rows = [
    HEADER,
    YEAR_2006,
    ["Allowance for doubtful accounts (a)", 124, 10, 42, 92],
    ["Allowance for Doubtful Accounts", 140, 25, 41, 124],
  ];
  expect(parseWarnings(rows).map((w) => w.message)).toEqual([
    expect.stringMatching(/^"Allowance for Doubtful Accounts" is read twice in .*2006/),
  ]);
});
