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
  /** The value is an error (#N/A, #BUSY!…), not text that looks like one ("'#N/A"). */
  isError?: boolean;
  formula: string | null;
  /** Set on a dynamic-array formula's anchor: the size of the block it spills into. */
  spill: { rowCount: number; columnCount: number } | null;
}

export interface ConditionalFormatModel {
  id: string;
  /** Set on a rule of another kind than ours (a data bar, icon set, "contains blanks"…), made by the user. */
  foreign?: boolean;
  block: CellBlock;
  type: string;
  ruleFormula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  /** The number format the rule applies while it holds (a tickmark appended to the cell's own). */
  numberFormat?: string | null;
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

export interface NoteModel {
  content: string;
  authorName: string;
}

export interface SheetModel {
  id: string;
  name: string;
  cells: Map<number, CellModel>;
  /** Notes (ExcelApi 1.18) by cell key. */
  notes: Map<number, NoteModel>;
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

/**
 * How the Excel being stood in for behaves where desktop and web differ:
 * - desktop: a referenced empty cell reaches a custom function as 0 (office-js #4702, #5262);
 * - web: as null, and a request or a response over 5 MB fails (RequestPayloadSizeLimitExceeded).
 */
export type StandinProfile = "desktop" | "web";

export interface WorkbookModel {
  profile: StandinProfile;
  /** The workbook's date system: DATE() and workbook.functions.date answer in it. */
  dateSystem: 1900 | 1904;
  /** The highest ExcelApi requirement set this Excel supports, e.g. 1.12 or 1.18. */
  excelApi: number;
  sheets: SheetModel[];
  activeSheetId: string;
  /** `areas` has more than one block when the user selected several ranges (Ctrl+click). */
  selection: { sheetId: string; block: CellBlock; areas?: CellBlock[] };
  /** Workbook-scoped names (by lower case) and the formula each refers to. */
  names: Map<string, string>;
  /** Each name as it was written. */
  nameSpellings?: Map<string, string>;
  settings: Map<string, unknown>;
  /** Handlers of WorksheetCollection.onActivated / onChanged, called by what the user does (`user`). */
  listeners?: { activated: Set<EventHandler>; changed: Set<EventHandler> };
  writes: WriteRecord[];
  syncCount: number;
  nextId: number;
}

export type EventHandler = (event: Record<string, unknown>) => unknown;

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
    notes: new Map(),
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

/** Error values as Excel shows them; typed into a cell, each becomes that error, not text. */
export const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
];

const DAY = 86400000;

/**
 * The serial of a date in a date system, by Excel's documented rules (DATE function): 1900
 * system from 1900-01-01 = 1 with the phantom 1900-02-29 = 60; 1904 system from 1904-01-01 = 0.
 * Years 0–1899 add 1900; months and days out of range roll over. null: no such date in the system.
 */
export function dateSerial(system: 1900 | 1904, year: number, month: number, day: number): number | null {
  const y = year < 1900 ? year + 1900 : year;
  const utc = Date.UTC(y, month - 1, day);
  if (system === 1904) {
    const serial = (utc - Date.UTC(1904, 0, 1)) / DAY;
    return serial < 0 || y > 9999 ? null : serial;
  }
  const fromMarch = (utc - Date.UTC(1899, 11, 30)) / DAY;
  if (fromMarch >= 61) return y > 9999 ? null : fromMarch;
  const early = (utc - Date.UTC(1899, 11, 31)) / DAY;
  return early < 1 ? null : early;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A typed date in the en-US forms Excel recognises (7/21/2003, 2003-07-21, 21-Jul-2003, Jul 21, 2003). */
function typedDate(text: string, system: 1900 | 1904): number | null {
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) [m, d, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) [y, m, d] = match.slice(1).map(Number);
  else if ((match = /^(\d{1,2})-([a-z]{3})-(\d{4})$/i.exec(text)))
    [d, m, y] = [Number(match[1]), MONTHS.indexOf(match[2].toLowerCase()) + 1, Number(match[3])];
  else if ((match = /^([a-z]{3})[a-z]* (\d{1,2}), (\d{4})$/i.exec(text)))
    [m, d, y] = [MONTHS.indexOf(match[1].toLowerCase()) + 1, Number(match[2]), Number(match[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCDate() !== d) return null; // 2/30/2003 stays text, as in Excel
  return dateSerial(system, y, m, d);
}

/** A typed number as Excel reads it: 1,234  $1,234.50  (473)  -5  12%  1e3. */
function typedNumber(text: string): { value: number; numberFormat: string | null } | null {
  const match = /^([-+]?)(\(?)(\$?)\s*(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(e[-+]?\d+)?(\)?)(%?)$/i.exec(text);
  if (!match) return null;
  const [, sign, open, dollar, whole, fraction, exponent, close, percent] = match;
  if ((open === "") !== (close === "") || (open && sign)) return null;
  if (whole === "" && !fraction) return null;
  let value = Number(`${whole.replace(/,/g, "") || "0"}${fraction ?? ""}${exponent ?? ""}`);
  if (sign === "-" || open) value = -value;
  if (percent) value /= 100;
  const format = percent ? "0%" : dollar ? "$#,##0_);($#,##0)" : whole.includes(",") ? "#,##0" : null;
  return { value, numberFormat: format };
}

/**
 * Excel's reading of typed input (what `range.values` / `range.formulas` receive, en-US): "=…" a
 * formula, "'…" text (the apostrophe is not part of the value), an error literal that error, TRUE
 * and FALSE booleans, numbers with thousands separators, $, parentheses or %, and dates (a serial
 * in the workbook's system, with a date format). Anything else stays text.
 */
function interpret(
  input: unknown,
  system: 1900 | 1904,
): { value: CellValue; formula: string | null; numberFormat: string | null } {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new StandinError("InvalidArgument", `${input} is not a valid cell value.`);
    return { value: input, formula: null, numberFormat: null };
  }
  if (typeof input === "boolean") return { value: input, formula: null, numberFormat: null };
  if (typeof input !== "string")
    throw new StandinError("InvalidArgument", `${String(input)} is not a valid cell value.`);
  // The stand-in does not calculate: a written formula's value stays empty.
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input, numberFormat: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, numberFormat: null };
  const text = input.trim();
  if (ERROR_VALUES.includes(text.toUpperCase()))
    return { value: text.toUpperCase(), formula: null, numberFormat: null };
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === "true", formula: null, numberFormat: null };
  const number = typedNumber(text);
  if (number) return { value: number.value, formula: null, numberFormat: number.numberFormat };
  const date = typedDate(text, system);
  if (date !== null) return { value: date, formula: null, numberFormat: "m/d/yyyy" };
  return { value: input, formula: null, numberFormat: null };
}

/** Writes what a user would type into one cell; a spill it lands on breaks like in Excel. */
export function typeIntoCell(
  sheet: SheetModel,
  row: number,
  column: number,
  input: unknown,
  system: 1900 | 1904 = 1900,
): void {
  const { value, formula, numberFormat } = interpret(input, system);
  const covering = spillAnchorCovering(sheet, row, column);
  if (covering) {
    clearSpill(sheet, covering[0], covering[1]);
    covering[1].value = "#SPILL!";
  }
  const cell = editCell(sheet, row, column);
  clearSpill(sheet, cellKey(row, column), cell);
  cell.value = value;
  cell.formula = formula;
  cell.isError =
    typeof input === "string" && !input.startsWith("'") && ERROR_VALUES.includes(input.trim().toUpperCase());
  // Typing 12% or a date into a General cell gives it that format, as Excel does.
  if (numberFormat !== null && cell.numberFormat === "General") cell.numberFormat = numberFormat;
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
