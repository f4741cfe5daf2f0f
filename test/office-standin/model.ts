// The in-memory workbook behind the stand-in: sheets of cells, conditional formats, charts,
// settings and the selection, plus a log of every write so tests can prove what was not touched.
import { CellBlock, formatBlock, qualifiedAddress } from "../../src/excel/address";
import { displayText } from "./display";

export type CellValue = string | number | boolean;

export interface CellFormat {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  fontColor: string | null;
  fill: string | null;
}

export interface CellModel extends CellFormat {
  value: CellValue;
  formula: string | null;
  /** Set on a dynamic-array formula's anchor: the size of the block it spills into. */
  spill: { rowCount: number; columnCount: number } | null;
}

export interface ConditionalFormatModel {
  id: string;
  block: CellBlock;
  type: string;
  ruleFormula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ChartSeriesModel {
  name: string;
  values: string;
  xValues: string | null;
}

export interface ChartModel {
  id: string;
  type: string;
  title: string;
  series: ChartSeriesModel[];
  topLeft: string | null;
}

export interface SheetModel {
  id: string;
  name: string;
  cells: Map<number, CellModel>;
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  frozenRows: number;
  /** Keys of the cells whose formula spills, so a write can find the spill it lands on. */
  spillAnchors: Set<number>;
}

export interface WriteRecord {
  sheet: string;
  /** Local address written, or "" for a sheet-level or workbook-level change. */
  address: string;
  what: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  selection: { sheetId: string; block: CellBlock };
  settings: Map<string, unknown>;
  writes: WriteRecord[];
  syncCount: number;
  nextId: number;
}

export class StandinError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

const COLUMN_SPAN = 16384;
export const cellKey = (row: number, column: number): number => row * COLUMN_SPAN + column;
const keyRow = (key: number): number => Math.floor(key / COLUMN_SPAN);
const keyColumn = (key: number): number => key % COLUMN_SPAN;

export function blankCell(): CellModel {
  return {
    value: "",
    formula: null,
    spill: null,
    numberFormat: "General",
    bold: false,
    italic: false,
    fontColor: null,
    fill: null,
  };
}

export function newId(workbook: WorkbookModel, prefix: string): string {
  workbook.nextId += 1;
  return `{${prefix}-${workbook.nextId}}`;
}

export function newSheet(workbook: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(workbook, "sheet"),
    name,
    cells: new Map(),
    conditionalFormats: [],
    charts: [],
    frozenRows: 0,
    spillAnchors: new Set(),
  };
}

export function findSheet(workbook: WorkbookModel, name: string): SheetModel | null {
  return workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
}

export function sheetById(workbook: WorkbookModel, id: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.id === id);
  if (!sheet) throw new StandinError("ItemNotFound", "the worksheet was deleted.");
  return sheet;
}

export function recordWrite(
  workbook: WorkbookModel,
  sheet: SheetModel,
  block: CellBlock | null,
  what: string,
): void {
  workbook.writes.push({ sheet: sheet.name, address: block ? formatBlock(block) : "", what });
}

export function readCell(sheet: SheetModel, row: number, column: number): CellModel {
  return sheet.cells.get(cellKey(row, column)) ?? blankCell();
}

function editCell(sheet: SheetModel, row: number, column: number): CellModel {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = blankCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

function spillAnchorCovering(sheet: SheetModel, row: number, column: number): [number, CellModel] | null {
  for (const key of sheet.spillAnchors) {
    const cell = sheet.cells.get(key);
    if (!cell?.spill) continue;
    const r = keyRow(key);
    const c = keyColumn(key);
    const inside =
      row >= r && row < r + cell.spill.rowCount && column >= c && column < c + cell.spill.columnCount;
    if (inside && !(r === row && c === column)) return [key, cell];
  }
  return null;
}

function clearSpill(sheet: SheetModel, anchorKey: number, anchor: CellModel): void {
  if (!anchor.spill) return;
  const r0 = keyRow(anchorKey);
  const c0 = keyColumn(anchorKey);
  for (let r = r0; r < r0 + anchor.spill.rowCount; r++) {
    for (let c = c0; c < c0 + anchor.spill.columnCount; c++) {
      if (r !== r0 || c !== c0) editCell(sheet, r, c).value = "";
    }
  }
  anchor.spill = null;
  sheet.spillAnchors.delete(anchorKey);
}

/** Excel's reading of typed input: "=…" a formula, "'…" text, numeric text a number. */
function interpret(input: unknown): { value: CellValue; formula: string | null } {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new StandinError("InvalidArgument", `${input} is not a valid cell value.`);
    return { value: input, formula: null };
  }
  if (typeof input === "boolean") return { value: input, formula: null };
  if (typeof input !== "string")
    throw new StandinError("InvalidArgument", `${String(input)} is not a valid cell value.`);
  // The stand-in does not calculate: a written formula's value stays empty.
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(input.trim()))
    return { value: Number(input), formula: null };
  if (/^(true|false)$/i.test(input.trim()))
    return { value: input.trim().toLowerCase() === "true", formula: null };
  return { value: input, formula: null };
}

/** Writes what a user would type into one cell; a spill it lands on breaks like in Excel. */
export function typeIntoCell(sheet: SheetModel, row: number, column: number, input: unknown): void {
  const { value, formula } = interpret(input);
  const covering = spillAnchorCovering(sheet, row, column);
  if (covering) {
    clearSpill(sheet, covering[0], covering[1]);
    covering[1].value = "#SPILL!";
  }
  const cell = editCell(sheet, row, column);
  clearSpill(sheet, cellKey(row, column), cell);
  cell.value = value;
  cell.formula = formula;
}

/** Preloads a dynamic-array formula whose results already sit in the cells it spills into. */
export function markSpill(
  sheet: SheetModel,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
): void {
  editCell(sheet, row, column).spill = { rowCount, columnCount };
  sheet.spillAnchors.add(cellKey(row, column));
}

export function setCellFormat(
  sheet: SheetModel,
  row: number,
  column: number,
  change: Partial<CellFormat>,
): void {
  Object.assign(editCell(sheet, row, column), change);
}

/** Excel's used range; an empty sheet gives null (Office.js then reports A1 or a null object). */
export function usedBlock(sheet: SheetModel, valuesOnly: boolean): CellBlock | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const blank = cell.value === "" && cell.formula === null;
    const plain =
      cell.numberFormat === "General" && !cell.bold && !cell.italic && !cell.fontColor && !cell.fill;
    if (blank && (valuesOnly || plain)) continue;
    top = Math.min(top, keyRow(key));
    bottom = Math.max(bottom, keyRow(key));
    left = Math.min(left, keyColumn(key));
    right = Math.max(right, keyColumn(key));
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export function mapBlock<T>(sheet: SheetModel, block: CellBlock, read: (cell: CellModel) => T): T[][] {
  const rows: T[][] = [];
  for (let r = block.row; r < block.row + block.rowCount; r++) {
    const row: T[] = [];
    for (let c = block.column; c < block.column + block.columnCount; c++)
      row.push(read(readCell(sheet, r, c)));
    rows.push(row);
  }
  return rows;
}

export function cellText(cell: CellModel): string {
  return displayText(cell.value, cell.numberFormat);
}

export function blockAddress(sheet: SheetModel, block: CellBlock): string {
  return qualifiedAddress(sheet.name, formatBlock(block));
}

export function intersect(a: CellBlock, b: CellBlock): CellBlock | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const right = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (bottom <= row || right <= column) return null;
  return { row, column, rowCount: bottom - row, columnCount: right - column };
}
