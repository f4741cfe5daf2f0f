// Workbooks as users have them (issue 7 items 5 and 7): a sheet a controller typed, a sheet pasted
// from a web page, and a whole SEC Financial_Report.xlsx with a cash-flow statement beside the
// Schedule II and its "(Tables)" and "(Details)" copies. Built with exceljs, read back in-process.
import ExcelJS from "exceljs";
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { scheduleSheets, type CellGrid } from "../../../../src/core/schedule2/grid";
import { readWorkbookBuffer } from "../../../../src/cli/xlsx";

const ACCOUNTING = '_($* #,##0_);_($* (#,##0);_($* "-"_);_(@_)';
type Row = (ExcelJS.CellValue | undefined)[];

async function workbook(sheets: { name: string; rows: Row[]; merges?: string[]; formats?: boolean }[]) {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    spec.rows.forEach((row) => {
      const added = sheet.addRow(row);
      if (spec.formats)
        added.eachCell((cell) => typeof cell.value !== "string" && (cell.numFmt = ACCOUNTING));
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return readWorkbookBuffer(Buffer.from(await book.xlsx.writeBuffer()));
}

const read = (grid: CellGrid) => readSchedules(grid);
const figures = (grid: CellGrid) =>
  readSchedules(grid).flatMap((m) => m.rows.map((r) => [r.account, r.begin.toNumber(), r.end.toNumber()]));

// The seed's 2003 and 2004 (Lantronix, in thousands): three accounts and a total each year.
const SCHEDULE: Row[] = [
  ["VALUATION AND QUALIFYING ACCOUNTS"],
  ["(In thousands)"],
  [
    "Description",
    "Balance at beginning of period",
    "Additions",
    undefined,
    "Deductions",
    "Balance at end of period",
  ],
  [undefined, undefined, "Charged to costs and expenses", "Charged to other accounts"],
  ["Year ended June 30, 2003:"],
  ["Allowance for doubtful accounts", 1466, -473, 10, 431, 572],
  ["Warranty reserve", 479, 878, -153, 11, 1193],
  [
    "Total",
    { formula: "SUM(B6:B7)", result: 1945 },
    { formula: "SUM(C6:C7)", result: 405 },
    { formula: "SUM(D6:D7)", result: -143 },
    { formula: "SUM(E6:E7)", result: 442 },
    { formula: "SUM(F6:F7)", result: 1765 },
  ],
  ["Year ended June 30, 2004:"],
  ["Allowance for doubtful accounts", 572, -164, 0, 231, 177],
  ["Warranty reserve", 1193, 1168, 0, 591, 1770],
  [
    "Total",
    { formula: "SUM(B10:B11)", result: 1765 },
    { formula: "SUM(C10:C11)", result: 1004 },
    0,
    { formula: "SUM(E10:E11)", result: 822 },
    { formula: "SUM(F10:F11)", result: 1947 },
  ],
];

const CASH_FLOWS: Row[] = [
  ["CONSOLIDATED STATEMENTS OF CASH FLOWS - USD ($) $ in Millions", "12 Months Ended"],
  [undefined, "Dec. 31, 2023", "Dec. 31, 2022"],
  ["Cash and cash equivalents, beginning of period", 1200, 1100],
  ["Net cash provided by operating activities", 300, 250],
  ["Net cash used in investing activities", -120, -100],
  ["Cash and cash equivalents, end of period", 1375, 1200],
];

describe("a sheet a controller typed", () => {
  test("description column, period rows, accounting formats, SUM totals and a merged 'Additions' read and tie", async () => {
    const [grid] = await workbook([{ name: "Sched II", rows: SCHEDULE, merges: ["C3:D3"], formats: true }]);
    const report = checkSchedules(grid);
    expect(report.schedules).toHaveLength(1);
    const rows = report.schedules[0].rows.map((r) => [
      r.period,
      r.account,
      r.isTotal,
      r.begin,
      ...r.additions,
      ...r.deductions,
      r.end,
    ]);
    expect(rows).toEqual([
      ["2003", "Allowance for doubtful accounts", false, 1466, -473, 10, 431, 572],
      ["2003", "Warranty reserve", false, 479, 878, -153, 11, 1193],
      ["2003", "Total", true, 1945, 405, -143, 442, 1765],
      ["2004", "Allowance for doubtful accounts", false, 572, -164, 0, 231, 177],
      ["2004", "Warranty reserve", false, 1193, 1168, 0, 591, 1770],
      ["2004", "Total", true, 1765, 1004, 0, 822, 1947],
    ]);
    expect(report.schedules[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a sheet pasted from a web page", () => {
  test("numbers as text with $ and parentheses, spacer columns, footnote marks in their own cells, no-break spaces", async () => {
    const nb = "\u00a0";
    const pasted: Row[] = [
      ["Valuation and Qualifying Accounts"],
      [
        "Description",
        "",
        "Balance at Beginning of Year",
        "",
        "Charged to Expense",
        "",
        "Deductions",
        "",
        `Balance at${nb}End of Year`,
      ],
      ["Allowance for doubtful accounts:"],
      [`Year ended December 31, 2023`, "", `$${nb}1,466`, "", `(473`, ")", "431", "(a)", `$${nb}562`],
      [`Year ended December 31, 2022`, "", `$${nb}1,200`, "", "700", "", "434", "", `$${nb}1,466`],
    ];
    const [grid] = await workbook([{ name: "Sheet1", rows: pasted }]);
    const report = checkSchedules(grid);
    const rows = report.schedules.flatMap((s) =>
      s.rows.map((r) => [r.period, r.begin, ...r.additions, ...r.deductions, r.end]),
    );
    expect(rows).toEqual([
      ["2023", 1466, -473, 431, 562],
      ["2022", 1200, 700, 434, 1466],
    ]);
    expect(report.schedules.flatMap((s) => s.findings).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a whole SEC Financial_Report.xlsx", () => {
  test("a cash-flow statement and a Schedule II: only the Schedule II is reported", async () => {
    const sheets = await workbook([
      { name: "CONSOLIDATED STATEMENTS OF CASH", rows: CASH_FLOWS },
      { name: "VALUATION AND QUALIFYING ACCOUN", rows: SCHEDULE },
    ]);
    const chosen = scheduleSheets(sheets, read);
    expect(chosen.map((c) => c.grid.sheetName)).toEqual(["VALUATION AND QUALIFYING ACCOUN"]);
  });

  test("the note, its (Tables) copy and its (Details) sheet are one schedule, read once from the laid-out table", async () => {
    const titled = (title: string): Row[] => [[title], ...SCHEDULE.slice(1)];
    const details: Row[] = [
      [
        "Schedule II - Valuation and Qualifying Accounts (Details) - USD ($) $ in Thousands",
        "12 Months Ended",
      ],
      [undefined, "Jun. 30, 2004", "Jun. 30, 2003"],
      ["Allowance for doubtful accounts [Member]"],
      ["Balance at beginning of period", 572, 1466],
      ["Balance at end of period", 177, 572],
    ];
    const filler = Array.from({ length: 100 }, (_, i) => ({
      name: `R${i + 10}`,
      rows: [[`NOTE ${i} - SEGMENT INFORMATION (Details) - USD ($)`], ["Revenue", 100 + i, 90 + i]] as Row[],
    }));
    const sheets = await workbook([
      { name: "CONSOLIDATED STATEMENTS OF CASH", rows: CASH_FLOWS },
      {
        name: "STOCKHOLDERS EQUITY",
        rows: [["CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY"], ...CASH_FLOWS.slice(1)],
      },
      ...filler,
      {
        name: "Schedule II - Valuation and Qu",
        rows: titled("Schedule II - Valuation and Qualifying Accounts"),
      },
      {
        name: "Schedule II - Valuation and Q1",
        rows: titled("Schedule II - Valuation and Qualifying Accounts (Tables)"),
      },
      { name: "Schedule II - Valuation and Q2", rows: details },
    ]);
    const chosen = scheduleSheets(sheets, read);
    expect(chosen).toHaveLength(1);
    expect(chosen[0].grid.sheetName).toBe("Schedule II - Valuation and Qu");
    expect(figures(chosen[0].grid)).toHaveLength(6);
  });
});
