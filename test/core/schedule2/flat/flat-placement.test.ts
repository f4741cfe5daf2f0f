// Schedules flattened onto one line (a page's line breaks lost): the periods glued to figures, the
// header rules and repeats, and columns left empty with no placeholder, read back as printed.
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { rowFigures } from "../row-figures";

const LETTERED =
  "SCHEDULE VIII ACME WIDGETS INC. VALUATION AND QUALIFYING ACCOUNTS For the Years Ended December 31, " +
  "1995, 1994 and 1993 (In thousands) Column A Column B Column C Column D Column E Column F Additions " +
  "Charged to Balance at Costs Balance Beginning and Other at End Description of Period Expenses Accounts " +
  "Deductions of Period 1995 Allowance for doubtful accounts...... $1,200 $ 450 $ 380 (1) $1,270 " +
  "Inventory reserve....... 640 (25) 115 (2) 500 1994 Allowance for doubtful accounts...... $1,050 $ 500 " +
  "$ 350 (1) $1,200 Inventory reserve....... 700 60 120 (2) 640 1993 Allowance for doubtful accounts...... " +
  "$ 900 $ 410 $ 260 (1) $1,050 Inventory reserve....... 655 (12)(3) (57) 700 <FN> (1) Accounts written off";

test("a lettered header's column that no row fills reads as zero where the identity puts it", () => {
  const [model] = readSchedules(LETTERED);
  // Five value columns (B-F); every row prints four figures: Other accounts is the empty one.
  // By hand: 1,200 + 450 - 380 = 1,270; 655 + (12) - (57) = 700 ("(12)(3)" is -12 with mark 3).
  expect(rowFigures(model)).toEqual([
    ["1995", "Allowance for doubtful accounts", 1200, [450, 0], [380], 1270],
    ["1995", "Inventory reserve", 640, [-25, 0], [115], 500],
    ["1994", "Allowance for doubtful accounts", 1050, [500, 0], [350], 1200],
    ["1994", "Inventory reserve", 700, [60, 0], [120], 640],
    ["1993", "Allowance for doubtful accounts", 900, [410, 0], [260], 1050],
    ["1993", "Inventory reserve", 655, [-12, 0], [-57], 700],
  ]);
  const findings = checkSchedules(LETTERED).schedules[0].findings;
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("when two readings of the empty column both tie, the rows are read as printed, with no error", () => {
  // Every row's third figure is "--": Other accounts or Deductions could be the empty column.
  const text = LETTERED.replace(
    /1995 Allowance.*<FN>/,
    (_) =>
      "1995 Allowance for doubtful accounts...... $1,200 $ 70 $ -- $1,270 Inventory reserve....... 640 (140) -- 500 " +
      "1994 Allowance for doubtful accounts...... $1,050 $ 150 $ -- $1,200 Inventory reserve....... 700 (60) -- 640 " +
      "1993 Allowance for doubtful accounts...... $ 900 $ 150 $ -- $1,050 Inventory reserve....... 655 45 -- 700 <FN>",
  );
  const report = checkSchedules(text);
  expect(report.schedules[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  const [model] = readSchedules(text);
  // Four figures a row, as printed: no column is made up.
  expect(model.columns).toHaveLength(4);
  expect(rowFigures(model)[1]).toEqual(["1995", "Inventory reserve", 640, [-140], [0], 500]);
});

const REPEATED =
  "EXHIBIT 99.1 Valuation and Qualifying Accounts For the Years Ended June 30, 1998 and June 27, 1999 1999 " +
  "Balance at Charged Balance at Beginning to End of of Period Expense Deductions Period ------------ -------- " +
  "---------- ---------- Description Allowance for doubtful accounts $ 410,000 $ 95,000 $ (60,000) $ 445,000 " +
  "Warranty reserve $ 120,500 $ 40,250 $ (38,750) $ 122,000 1998 Balance at Charged Balance at Beginning to " +
  "End of of Period Expense Deductions Period ------------ -------- ---------- ---------- Description " +
  "Allowance for doubtful accounts $ 380,000 $ 70,000 $ (40,000) $ 410,000 Warranty reserve $ 118,000 " +
  "$ 35,000 $ (32,500) $ 120,500 14";

test("a header repeated over each year, its rules, the label heading and a page number are not rows", () => {
  const [model] = readSchedules(REPEATED);
  // By hand: 410,000 + 95,000 + (60,000) = 445,000; 118,000 + 35,000 + (32,500) = 120,500.
  expect(rowFigures(model)).toEqual([
    ["1999", "Allowance for doubtful accounts", 410000, [95000], [-60000], 445000],
    ["1999", "Warranty reserve", 120500, [40250], [-38750], 122000],
    ["1998", "Allowance for doubtful accounts", 380000, [70000], [-40000], 410000],
    ["1998", "Warranty reserve", 118000, [35000], [-32500], 120500],
  ]);
  expect(model.parseNotes).toEqual([]);
  expect(checkSchedules(REPEATED).schedules[0].findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("a year inside an account's name stays in the name; a year before the next account opens a block", () => {
  const text = REPEATED.replace(
    "Warranty reserve $ 120,500",
    "Reserve for 1998 restructuring $ 120,500",
  ).replace("Warranty reserve $ 118,000", "Reserve for 1998 restructuring $ 118,000");
  const [model] = readSchedules(text);
  expect(rowFigures(model).map((row) => [row[0], row[1]])).toEqual([
    ["1999", "Allowance for doubtful accounts"],
    ["1999", "Reserve for 1998 restructuring"],
    ["1998", "Allowance for doubtful accounts"],
    ["1998", "Reserve for 1998 restructuring"],
  ]);
});
