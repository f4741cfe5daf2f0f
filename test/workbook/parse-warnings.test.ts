// Issue 7: the reader's parse warnings (a row it could not read, a figure it could not place) are
// written onto the sheet `tieout import` and the pane's Import insert, and read back by Check, so a
// round trip neither loses a warning nor turns one into a figure.
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import { checkSchedules, readSchedules } from "../../src/core/schedule2";
import { readImportedSheet, type CellGrid } from "../../src/core/schedule2/grid";
import type { ScheduleModel } from "../../src/core/schedule2/types";
import { scheduleSheetPlan } from "../../src/core/workbook";
import { planWorkbook, readWorkbookBuffer } from "../../src/cli/xlsx";
import { createOfficeGateway } from "../../src/excel/gateway";
import { toNewSheetTable } from "../../src/taskpane/shared/sheet-plan";
import { installStandin } from "../office-standin/install";
import { SHARED_DIR } from "../support/shared";

const d = (n: number) => new Decimal(n);

const NOTES: ScheduleModel["parseNotes"] = [
  {
    location: "line 14",
    message:
      'Row not checked: "see note 3" where a figure belongs cannot be read: Warranty reserve see note 3',
  },
  {
    location: "line 19",
    message: "Row not read (5 amounts for 4 columns): Allowance for returns 12 (3) 4 1 (1)",
  },
  // Filing text that looks like a formula must come back as the text it is.
  { location: "line 22", message: '=HYPERLINK("http://example.com") where a figure belongs' },
];

const MODEL: ScheduleModel = {
  title: "Schedule II · Valuation and Qualifying Accounts",
  units: "thousands",
  columns: [
    { role: "begin", header: "Balance at beginning of period" },
    { role: "addition", header: "Charged to costs and expenses" },
    { role: "deduction", header: "Deductions" },
    { role: "end", header: "Balance at end of period" },
  ],
  signConvention: "deductions-subtracted",
  rows: [
    {
      period: "2023",
      periodLabel: "Year ended December 31, 2023",
      account: "Allowance for doubtful accounts",
      isTotal: false,
      begin: d(1466),
      additions: [d(10)],
      deductions: [d(431)],
      end: d(1045),
      location: "line 12",
      cellLocations: [],
    },
  ],
  parseNotes: NOTES,
};

async function throughXlsx(models: ScheduleModel[]): Promise<CellGrid[]> {
  const buffer = Buffer.from(await planWorkbook(models.map(scheduleSheetPlan)).xlsx.writeBuffer());
  return readWorkbookBuffer(buffer);
}

const parseWarnings = (grid: CellGrid) =>
  checkSchedules(grid).schedules.flatMap((s) =>
    s.findings.filter((f) => f.check === "parse").map((f) => [f.severity, f.location, f.message]),
  );

describe("the workbook tieout import writes", () => {
  test("keeps every parse warning, at its place in the filing, and adds no figure", async () => {
    const [grid] = await throughXlsx([MODEL]);
    const read = readImportedSheet(grid);
    expect(read?.parseNotes).toEqual(NOTES);
    expect(read?.rows.map((r) => [r.account, r.begin.toNumber(), r.end.toNumber()])).toEqual([
      ["Allowance for doubtful accounts", 1466, 1045],
    ]);
    expect(parseWarnings(grid)).toEqual(NOTES.map((n) => ["warning", n.location, n.message]));
  });

  test("a schedule without warnings writes no warning rows", async () => {
    const [grid] = await throughXlsx([{ ...MODEL, parseNotes: [] }]);
    expect(grid.values.flat().filter((v) => v === "Parse warning")).toEqual([]);
    expect(parseWarnings(grid)).toEqual([]);
  });
});

describe("the sheet the pane's Import inserts (Office.js)", () => {
  test("reads back, as the pane's Check reads it, with the same parse warnings", async () => {
    const gateway = createOfficeGateway();
    installStandin({ sheets: [{ name: "Sheet1" }] });
    await gateway.writeTableToNewSheet(toNewSheetTable(scheduleSheetPlan(MODEL)));
    const grid = await gateway.readUsedRange();
    expect(readSchedules(grid)[0].parseNotes).toEqual(NOTES);
    expect(parseWarnings(grid)).toEqual(NOTES.map((n) => ["warning", n.location, n.message]));
  });
});

describe("every fixture whose reading carries parse warnings", () => {
  const withNotes = ["fixtures/schedule2", "fixtures/schedule2-batch2"].flatMap((folder) =>
    fs
      .readdirSync(path.join(SHARED_DIR, folder))
      .filter((name) => /\.(html|txt)$/.test(name))
      .map((file) => ({
        file,
        models: readSchedules(fs.readFileSync(path.join(SHARED_DIR, folder, file), "utf8")),
      }))
      .filter(({ models }) => models.some((m) => m.rows.length > 0 && m.parseNotes.length > 0)),
  );

  test("there are some (the reader names what it cannot read)", () => {
    expect(withNotes.length).toBeGreaterThan(0);
  });

  test.each(withNotes.map((f) => [f.file, f.models] as const))(
    "%s keeps its warnings through import",
    async (_file, models) => {
      const grids = await throughXlsx(models);
      expect(grids.map((grid) => readImportedSheet(grid)?.parseNotes)).toEqual(
        models.map((m) => m.parseNotes),
      );
    },
  );
});
