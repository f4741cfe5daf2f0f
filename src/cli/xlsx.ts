// .xlsx through exceljs: SheetPlans written as workbooks, and workbooks read back as grids of cells.
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import type { CellGrid, CellValue, GridMerge } from "../core/schedule2/grid";
import { INPUT_LIMITS, UnreadableInputError, tooLarge } from "../core/schedule2/grid/errors";
import { isFormula, type PlanCell, type SheetPlan } from "../core/workbook";
import { checkZipSizes } from "./zip-sizes";

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

/**
 * What exceljs stores for a plan cell. Only a PlanFormula becomes a formula; a string is a shared
 * string whatever it starts with ("=HYPERLINK(…)" from a filing stays that text).
 */
export function exceljsValue(cell: Exclude<PlanCell, null>): ExcelJS.CellValue {
  return isFormula(cell) ? { formula: cell.formula } : cell;
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
      cell.value = exceljsValue(value);
      const format = formatOf(plan, r, c);
      if (format) cell.numFmt = format;
      if (bold.has(r)) cell.font = { bold: true };
    });
  });
  plan.columnWidths?.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
}

/** The plans as one workbook, one sheet each; formulas recalculate when the file is opened. */
export function planWorkbook(plans: SheetPlan[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tieout";
  workbook.calcProperties.fullCalcOnLoad = true;
  const taken = new Set<string>();
  for (const plan of plans) addSheet(workbook, plan, uniqueSheetName(plan.name, taken));
  return workbook;
}

/** Writes the plans as one workbook, one sheet each. */
export async function writeWorkbook(plans: SheetPlan[], file: string): Promise<void> {
  await planWorkbook(plans).xlsx.writeFile(file);
}

/** A cell's value as the grid holds it: numbers and booleans as such, everything else as its text. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      // A workbook written without cached results (exceljs, or Tieout's own import) has none yet.
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return result.error;
      return cellValue(result as ExcelJS.CellValue);
    }
    if ("richText" in value) return value.richText.map((run) => run.text).join("") || null;
    if ("error" in value) return value.error;
    if ("text" in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function formulaOf(value: ExcelJS.CellValue): string | null {
  if (value && typeof value === "object" && "formula" in value && typeof value.formula === "string") {
    return `=${value.formula}`;
  }
  return null;
}

type ExcelJSMerges = Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;

/** Merged areas of the sheet, 0-based (exceljs keeps them by master cell, in a field of its own). */
function mergesOf(sheet: ExcelJS.Worksheet): GridMerge[] {
  const merges = (sheet as unknown as { _merges?: ExcelJSMerges })._merges ?? {};
  return Object.values(merges).map(({ model }) => ({
    row: model.top - 1,
    column: model.left - 1,
    rowCount: model.bottom - model.top + 1,
    columnCount: model.right - model.left + 1,
  }));
}

/**
 * A worksheet as a grid, walking only the rows and cells present (eachRow and eachCell skip the
 * rest), so a sheet with cells in A1 and A1048576 costs two cells, not a million rows. Rows hold
 * holes where a cell is empty; `rowNumbers` gives each row's place on the sheet.
 */
export function sheetGrid(sheet: ExcelJS.Worksheet, counted = { cells: 0 }): CellGrid {
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const rowNumbers: number[] = [];
  sheet.eachRow((row, r) => {
    const rowValues: CellValue[] = [];
    const rowText: string[] = [];
    const rowFormats: string[] = [];
    const rowFormulas: (string | null)[] = [];
    let any = false;
    row.eachCell((cell, c) => {
      const value = cellValue(cell.value);
      const shown = value === null ? "" : typeof value === "string" ? value : safeText(cell);
      if (value === null && shown === "") return;
      if (++counted.cells > INPUT_LIMITS.cells) throw tooLarge(`The sheet "${sheet.name}"`, "too many cells");
      rowValues[c - 1] = value;
      rowText[c - 1] = shown;
      if (cell.numFmt) rowFormats[c - 1] = cell.numFmt;
      const written = formulaOf(cell.value);
      if (written) rowFormulas[c - 1] = written;
      any = true;
    });
    if (!any) return;
    if (values.length >= INPUT_LIMITS.rows) throw tooLarge(`The sheet "${sheet.name}"`, "too many rows");
    values.push(rowValues);
    text.push(rowText);
    numberFormats.push(rowFormats);
    formulas.push(rowFormulas);
    rowNumbers.push(r - 1);
  });
  return {
    values,
    text,
    numberFormats,
    formulas,
    rowNumbers,
    merges: mergesOf(sheet),
    sheetName: sheet.name,
  };
}

function safeText(cell: ExcelJS.Cell): string {
  try {
    return cell.text;
  } catch {
    return "";
  }
}

/** Every worksheet of an .xlsx workbook (its bytes) as a grid; an UnreadableInputError if it is not one. */
export async function readWorkbookBuffer(data: Buffer, what = "The workbook"): Promise<CellGrid[]> {
  if (data.length > INPUT_LIMITS.xlsxBytes) throw tooLarge(what, `${Math.round(data.length / 2 ** 20)} MB`);
  checkZipSizes(data, what);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const reason =
      error instanceof RangeError ? "it unpacks to more than memory holds" : "it is not a workbook";
    throw new UnreadableInputError(
      `${what} cannot be read as .xlsx: ${reason} (${(error as Error).message}). ` +
        "Open it in Excel and save it again as an .xlsx workbook.",
    );
  }
  const counted = { cells: 0 };
  return workbook.worksheets.map((sheet) => sheetGrid(sheet, counted));
}

/** Every worksheet of an .xlsx file as a grid: numbers as numbers, and each cell's displayed text. */
export async function readWorkbook(file: string): Promise<CellGrid[]> {
  return readWorkbookBuffer(await fs.readFile(file), file);
}
