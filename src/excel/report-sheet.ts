// The "Tie-out" report, written from the pure plan in src/core/workbook/report-plan.ts: a header
// block, the summary, one line per finding with a symbol (✗ ⚠ ✓) as well as a colour, and a link
// to the cell. Text from a filing is written as text, never as a formula. A report never replaces
// a sheet: a second one is "Tie-out (2)", and a user's own sheet named "tie-out" is left alone.
import { ReportLine } from "./types";
import { qualifiedAddress, splitAddress, parseBlock } from "./address";
import { FormulaCell, numberCell, textCell } from "./cells";
import { uniqueSheetName } from "./sheet-names";
import { layoutOfCells } from "./table-layout";
import { renderTable } from "./render-table";
import { loadSheetNames, runExcel } from "./run";
import { probeDateSystem } from "./date-system";
import { ReportCell, ReportContext, reportPlan } from "../core/workbook/report-plan";
import packageJson from "../../package.json";

export type { ReportContext };
export const REPORT_SHEET = "Tie-out";
/** The symbol's colour through its number format (one write with the cells, not one call per line). */
const COLOURED = { error: "[Red]@", warning: "[Color53]@", ok: "[Color10]@" } as const;

const quoteText = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A link to the cell when the location is one (`Seed!C5` or `C5` on the checked sheet). */
function locationCell(location: string, checkedSheet: string): FormulaCell {
  try {
    const { sheetName, local } = splitAddress(location);
    parseBlock(local);
    const address = qualifiedAddress(sheetName ?? checkedSheet, local);
    const target = `#'${(sheetName ?? checkedSheet).replace(/'/g, "''")}'!${local}`;
    return `=HYPERLINK(${quoteText(target)},${quoteText(address)})`;
  } catch {
    return textCell(location); // e.g. "line 12" of a pasted filing
  }
}

function toCell(cell: ReportCell, checkedSheet: string, where: string): FormulaCell {
  if (cell === null) return "";
  if (typeof cell === "number") return numberCell(cell, where);
  if (typeof cell === "string") return textCell(cell);
  return locationCell(cell.link, checkedSheet);
}

/**
 * Writes the report on a new sheet ("Tie-out", or "Tie-out (2)"… when that name is taken: an older
 * report, or a sheet of the user's, is never deleted); returns its name. `context` fills the header.
 */
export async function writeReportSheet(
  title: string,
  lines: ReportLine[],
  context: ReportContext = {},
): Promise<string> {
  const plan = reportPlan(title, lines, context, packageJson.version);
  return runExcel("Writing the Tie-out report", async (excel) => {
    const sheets = loadSheetNames(excel);
    const active = sheets.getActiveWorksheet().load("name");
    const system = probeDateSystem(excel);
    await excel.sync();
    const names = sheets.items.map((s) => s.name);
    const checkedSheet = context.checked
      ? (splitAddress(context.checked).sheetName ?? active.name)
      : active.name;
    const cells = plan.rows.map((row, r) =>
      row.map((cell, c) => toCell(cell, checkedSheet, `report row ${r + 1}, column ${c + 1}`)),
    );
    const layout = layoutOfCells(
      {
        sheetName: REPORT_SHEET,
        headerRow: plan.headerRow,
        boldRows: plan.boldRows,
        freezeHeader: true,
        columnFormats: [
          null,
          null,
          null,
          null,
          null,
          null,
          "#,##0.##;(#,##0.##)",
          "#,##0.##;(#,##0.##)",
          "#,##0.##;(#,##0.##)",
        ],
        cellFormats: plan.lines.map(({ row, severity }) => ({ row, col: 0, format: COLOURED[severity] })),
      },
      cells,
    );
    const name = uniqueSheetName(REPORT_SHEET, names);
    const sheet = sheets.add(name);
    await renderTable(excel, sheet, layout, system());
    sheet.activate();
    await excel.sync();
    return name;
  });
}
