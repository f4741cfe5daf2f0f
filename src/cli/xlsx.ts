// .xlsx through exceljs: SheetPlans written as workbooks, and workbooks read back as grids of cells.
import ExcelJS from "exceljs";
import type { CellGrid, CellValue } from "../core/schedule2/grid";
import type { SheetPlan } from "../core/workbook";

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

function formatOf(plan: SheetPlan, row: number, col: number): string | null {
  const single = plan.cellFormats?.find((f) => f.row === row && f.col === col);
  if (single) return single.format;
  const belowHeader = plan.headerRow === undefined || row > plan.headerRow;
  return belowHeader ? (plan.columnFormats?.[col] ?? null) : null;
}

function addSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, name: string): void {
  const frozen =
    plan.headerRow !== undefined ? [{ state: "frozen" as const, ySplit: plan.headerRow + 1 }] : [];
  const sheet = workbook.addWorksheet(name, { views: frozen });
  const bold = new Set(plan.boldRows ?? []);
  plan.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
      const format = formatOf(plan, r, c);
      if (format) cell.numFmt = format;
      if (bold.has(r)) cell.font = { bold: true };
    });
  });
  plan.columnWidths?.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
}

/** Writes the plans as one workbook, one sheet each; formulas recalculate when the file is opened. */
export async function writeWorkbook(plans: SheetPlan[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tieout";
  workbook.calcProperties.fullCalcOnLoad = true;
  const taken = new Set<string>();
  for (const plan of plans) addSheet(workbook, plan, uniqueSheetName(plan.name, taken));
  await workbook.xlsx.writeFile(file);
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "result" in value) {
    const result = value.result;
    if (typeof result === "number" || typeof result === "boolean") return result;
  }
  return cell.text === "" ? null : cell.text;
}

/** Every worksheet of an .xlsx file as a grid: numbers as numbers, and each cell's displayed text. */
export async function readWorkbook(file: string): Promise<CellGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const values: CellValue[][] = [];
    const text: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      values.push([]);
      text.push([]);
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        values[r - 1].push(cellValue(cell));
        text[r - 1].push(cell.value === null || cell.value === undefined ? "" : cell.text);
      }
    }
    return { values, text, sheetName: sheet.name };
  });
}
