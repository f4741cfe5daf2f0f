// Issue 7's round trip: what Import writes reads back, through the grid reader, as the schedule it
// came from. For every fixture the reader reads today, the workbook `tieout import` writes (exceljs,
// written to a buffer and read back in-process) and the sheet the pane's Import inserts (Office.js,
// through the stand-in) check to the same rows and the same errors as the source itself.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules, readSchedules } from "../../src/core/schedule2";
import { scheduleSheets } from "../../src/core/schedule2/grid";
import type { CheckReportJson, ScheduleModel } from "../../src/core/schedule2/types";
import { scheduleSheetPlan } from "../../src/core/workbook";
import { planWorkbook, readWorkbookBuffer } from "../../src/cli/xlsx";
import { createOfficeGateway } from "../../src/excel/gateway";
import { toNewSheetTable } from "../../src/taskpane/shared/sheet-plan";
import { installStandin } from "../office-standin/install";
import { SHARED_DIR } from "../support/shared";

const FOLDERS = ["fixtures/schedule2", "fixtures/schedule2-batch2"];

interface Source {
  file: string;
  text: string;
  models: ScheduleModel[];
}

/** Every fixture whose schedules the reader reads today (readSchedules returns rows). */
function readableFixtures(): Source[] {
  return FOLDERS.flatMap((folder) => {
    const dir = path.join(SHARED_DIR, folder);
    return fs
      .readdirSync(dir)
      .filter((name) => /\.(html|txt)$/.test(name))
      .sort()
      .map((file) => {
        const text = fs.readFileSync(path.join(dir, file), "utf8");
        return { file, text, models: readSchedules(text) };
      })
      .filter((s) => s.models.some((m) => m.rows.length > 0));
  });
}

/** The rows as a user compares them: period, labels, totals and every figure. */
export function rowsOf(models: ScheduleModel[]) {
  return models.flatMap((m) =>
    m.rows.map((r) => ({
      period: r.period,
      // A period the table did not print (years inferred, as in 209) is written as the year itself.
      periodLabel: r.periodLabel || r.period,
      account: r.account,
      isTotal: r.isTotal,
      figures: [r.begin, ...r.additions, ...r.deductions, r.end].map((d) => d.toNumber()),
      shape: [r.additions.length, r.deductions.length],
    })),
  );
}

/** The errors without their locations (a line of the filing there, a cell of the sheet here). */
export function errorsOf(reports: CheckReportJson[]) {
  return reports.flatMap((report) =>
    report.schedules.flatMap((s) =>
      s.findings
        .filter((f) => f.severity === "error")
        .map(({ location: _location, message: _message, ...f }) => f),
    ),
  );
}

const fixtures = readableFixtures();

test("the fixtures the reader reads today are all here (at least the 25 it read when this test was written)", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(25);
});

describe.each(fixtures.map((f) => [f.file, f] as const))("%s", (_name, fixture) => {
  test("the workbook tieout import writes checks to the same rows and errors as the source", async () => {
    const buffer = Buffer.from(await planWorkbook(fixture.models.map(scheduleSheetPlan)).xlsx.writeBuffer());
    const sheets = scheduleSheets(await readWorkbookBuffer(buffer), (grid) => readSchedules(grid));
    expect(rowsOf(sheets.flatMap((s) => s.models))).toEqual(rowsOf(fixture.models));
    const source = [checkSchedules(fixture.text)];
    const written = sheets.map((s) => checkSchedules(s.grid));
    expect(errorsOf(written)).toEqual(errorsOf(source));
    // Each figure is found at its cell of the written sheet.
    for (const row of written.flatMap((r) => r.schedules.flatMap((s) => s.rows)))
      expect(row.location).toMatch(/^'Schedule II( \(\d+\))?'!A\d+$/);
  });

  test("the sheet the pane's Import inserts (Office.js) checks, as the pane's Check reads it, the same", async () => {
    const gateway = createOfficeGateway();
    installStandin({ sheets: [{ name: "Sheet1" }] });
    const reports: CheckReportJson[] = [];
    const models: ScheduleModel[] = [];
    for (const model of fixture.models) {
      await gateway.writeTableToNewSheet(toNewSheetTable(scheduleSheetPlan(model)));
      // The inserted sheet is active: Check reads its used range.
      const grid = await gateway.readUsedRange();
      models.push(...readSchedules(grid));
      reports.push(checkSchedules(grid));
    }
    expect(rowsOf(models)).toEqual(rowsOf(fixture.models));
    expect(errorsOf(reports)).toEqual(errorsOf([checkSchedules(fixture.text)]));
  });
});
