// Which sheets of a whole workbook are read as Schedule II (issue 7 item 5): the SEC's
// Financial_Report.xlsx has a sheet per statement and note, many of them roll-forwards with the
// words of one (beginning balance, additions, end of period). Only the valuation-and-qualifying-
// accounts schedule may be checked; the others are never read. Grids are shaped as the export
// writes them: the report title in A1, dates in the second row, labels down column A.
import { readSchedules } from "../../../../src/core/schedule2";
import type { CellGrid, CellValue } from "../../../../src/core/schedule2/grid";
import { scheduleSheets, surveySheets } from "../../../../src/core/schedule2/grid/workbook";

const sheet = (sheetName: string, values: CellValue[][]): CellGrid => ({ sheetName, values });
const read = (grid: CellGrid) => readSchedules(grid);
const names = (sheets: CellGrid[]) => scheduleSheets(sheets, read).map((c) => c.grid.sheetName);

// A Schedule II laid out as the note's table (Lantronix 2003 figures, in thousands; it ties).
const scheduleRows = (title: string): CellValue[][] => [
  [title],
  ["(In thousands)"],
  [
    "Description",
    "Balance at beginning of period",
    "Charged to costs and expenses",
    "Deductions",
    "Balance at end of period",
  ],
  ["Year ended June 30, 2003:"],
  ["Allowance for doubtful accounts", 1466, 10, 431, 1045],
  ["Warranty reserve", 479, 878, 11, 1346],
];

const CASH_FLOWS = sheet("CONSOLIDATED STATEMENTS OF CASH", [
  ["CONSOLIDATED STATEMENTS OF CASH FLOWS - USD ($) $ in Millions", "12 Months Ended"],
  [null, "Dec. 31, 2023", "Dec. 31, 2022"],
  ["Cash and cash equivalents, beginning of period", 1200, 1100],
  ["Net cash provided by operating activities", 300, 250],
  ["Net cash used in investing activities", -120, -100],
  ["Cash and cash equivalents, end of period", 1375, 1200],
]);

const EQUITY = sheet("CONSOLIDATED STATEMENTS OF STOCK", [
  ["CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY - USD ($) $ in Millions"],
  [null, "Balance at beginning of year", "Net income", "Dividends", "Balance at end of year"],
  ["Common stock", 10, 0, 0, 10],
  ["Retained earnings", 500, 120, 40, 585],
]);

// Shaped exactly like a Schedule II: only its title says it is not one.
const GOODWILL = sheet("Goodwill (Details)", [
  ["Goodwill - Changes in carrying amount (Details) - USD ($) $ in Millions"],
  [null, "Balance at beginning of period", "Acquisitions", "Impairment charges", "Balance at end of period"],
  ["Americas", 900, 50, 10, 941],
  ["Europe", 400, 0, 0, 399],
]);

const STOCK_COMPENSATION = sheet("Stock-Based Compensation (Detai", [
  ["Stock-Based Compensation - Option activity (Details) - shares"],
  [null, "Outstanding at beginning of year", "Granted", "Exercised", "Outstanding at end of year"],
  ["Options", 1000, 200, 150, 1049],
]);

// A warranty note: a roll-forward with Rule 12-09's own words, but in the export its title rules.
const WARRANTY = sheet("Product Warranty (Details)", [
  ["Product Warranty (Details) - USD ($) $ in Thousands"],
  [
    null,
    "Balance at beginning of period",
    "Charged to costs and expenses",
    "Deductions",
    "Balance at end of period",
  ],
  ["Warranty", 100, 50, 40, 111],
]);

// An income-tax note that names a valuation allowance: not a schedule of valuation accounts.
const TAX_ALLOWANCE = sheet("Income Taxes - Valuation Allowan", [
  ["Income Taxes - Valuation Allowance (Details) - USD ($) $ in Thousands"],
  [null, "Balance at beginning of year", "Additions", "Deductions", "Balance at end of year"],
  ["Valuation allowance", 5000, 700, 100, 5601],
]);

describe("an SEC Financial_Report.xlsx", () => {
  const statements = [CASH_FLOWS, EQUITY, GOODWILL, STOCK_COMPENSATION, WARRANTY, TAX_ALLOWANCE];

  test("cash flows, equity, goodwill, stock compensation and other notes are never read; the Schedule II is", () => {
    const schedule = sheet(
      "Schedule II - Valuation and Qu",
      scheduleRows("Schedule II - Valuation and Qualifying Accounts - USD ($) $ in Thousands"),
    );
    expect(names([...statements, schedule])).toEqual(["Schedule II - Valuation and Qu"]);
    expect(names([schedule, ...statements])).toEqual(["Schedule II - Valuation and Qu"]);
  });

  test("a Schedule II titled only by its Rule 12-09 headings is found among the statements", () => {
    const untitled = sheet("Allowance for Doubtful Accounts", [
      ["Allowance for Doubtful Accounts (Details) - USD ($) $ in Thousands"],
      ...scheduleRows("").slice(2),
    ]);
    expect(names([...statements, untitled])).toEqual(["Allowance for Doubtful Accounts"]);
  });

  test("without a Schedule II nothing is read: no statement is checked in its place", () => {
    expect(names(statements)).toEqual([]);
  });

  test("every sheet read is one the reader would otherwise have checked (the goodwill sheet reads as a roll-forward)", () => {
    // The guard above is not vacuous: read alone, the goodwill and warranty sheets give rows.
    expect(read(GOODWILL).flatMap((m) => m.rows).length).toBeGreaterThan(0);
    expect(read(WARRANTY).flatMap((m) => m.rows).length).toBeGreaterThan(0);
  });
});

describe("a workbook of the user's own", () => {
  test("an untitled sheet with a schedule is read; a sheet titled as another statement is not", () => {
    const typed = sheet("Sheet1", scheduleRows("Reserves"));
    const equity = sheet(
      "Sheet2",
      EQUITY.values.map((row, i) => (i === 0 ? ["Statement of stockholders' equity"] : row)),
    );
    expect(names([equity, typed])).toEqual(["Sheet1"]);
  });

  test("the pre-1995 Schedule II of related-party receivables is set aside with a note", () => {
    const related = sheet("Schedule II", [
      ["SCHEDULE II - AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS, PROMOTERS AND EMPLOYEES"],
      [
        "Name of debtor",
        "Balance at beginning of period",
        "Additions",
        "Amounts collected",
        "Amounts written off",
        "Balance at end of period",
      ],
      ["J. Smith", 100, 50, 30, 0, 120],
    ]);
    const survey = surveySheets([related], read);
    expect(survey.chosen).toEqual([]);
    expect(survey.skipped).toHaveLength(1);
    expect(survey.skipped[0].kind).toBe("related-party-receivables");
    expect(survey.skipped[0].location).toBe("Schedule II");
  });
});
