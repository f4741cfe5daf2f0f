// The sheet Tieout's Import writes (scheduleSheetPlan), read back as the schedule it came from:
// the same rows, periods, totals, column headers and convention, with each figure at its cell.
// It is recognised by its header row (Period, Account, Begin … End, Computed end, Roll-forward
// diff); the columns Tieout computed (diffs, Check, Source) are never read as figures.
import Decimal from "decimal.js";
import { parseAmount } from "../../numbers";
import { inferSignConvention } from "../checks";
import { CONVENTION_TEXT, IMPORT_SHEET } from "../../workbook/schedule-sheet";
import type { ColumnInfo, ScheduleModel, ScheduleRowModel, SignConvention } from "../types";
import { cellAddress, sheetRowOf } from "./address";
import type { CellGrid, CellValue } from "./types";

interface Cell {
  value: CellValue | undefined;
  text: string;
}

function cellAt(grid: CellGrid, r: number, c: number): Cell {
  const value = grid.values[r]?.[c];
  const shown = grid.text?.[r]?.[c];
  const text =
    shown !== undefined && String(shown).trim() !== ""
      ? String(shown).trim()
      : value === null || value === undefined
        ? ""
        : String(value).trim();
  return { value, text };
}

/** Column (grid index) of each header cell, by its text. */
function headerColumns(row: CellValue[] | undefined): Map<string, number> {
  const columns = new Map<string, number>();
  (row ?? []).forEach((value, c) => {
    if (typeof value === "string" && !columns.has(value.trim())) columns.set(value.trim(), c);
  });
  return columns;
}

function isHeader(columns: Map<string, number>): boolean {
  const { period, account, begin, end, computedEnd, rollforwardDiff } = IMPORT_SHEET;
  return [period, account, begin, end, computedEnd, rollforwardDiff].every((name) => columns.has(name));
}

const CONVENTIONS = new Map(
  (Object.entries(CONVENTION_TEXT) as [SignConvention, string][]).map(([k, v]) => [v, k]),
);

function figureOf(cell: Cell): Decimal | null | "unread" {
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? new Decimal(cell.value) : "unread";
  if (cell.text === "") return null;
  return parseAmount(cell.text) ?? "unread";
}

/** The schedule on a sheet Tieout's Import wrote, or null when the grid is not such a sheet. */
export function readImportedSheet(grid: CellGrid): ScheduleModel | null {
  const headerIndex = grid.values.findIndex((row) => isHeader(headerColumns(row)));
  if (headerIndex < 0) return null;
  const columns = headerColumns(grid.values[headerIndex]);
  const col = (name: string) => columns.get(name) as number;
  const beginCol = col(IMPORT_SHEET.begin);
  const endCol = col(IMPORT_SHEET.end);
  if (!(beginCol < endCol)) return null;

  // The role row sits right above the header: the begin and end headers as printed, and
  // "Additions" or "Deductions" over each activity column.
  const headerSheetRow = sheetRowOf(grid, headerIndex);
  const roleIndex =
    headerIndex > 0 && sheetRowOf(grid, headerIndex - 1) === headerSheetRow - 1 ? headerIndex - 1 : -1;
  const roleText = (c: number) => (roleIndex < 0 ? "" : cellAt(grid, roleIndex, c).text);
  const activity: { col: number; role: "addition" | "deduction"; header: string }[] = [];
  for (let c = beginCol + 1; c < endCol; c++) {
    const header = cellAt(grid, headerIndex, c).text;
    const role =
      roleText(c) === IMPORT_SHEET.deductions || (roleIndex < 0 && /deduct|write|charge.?off/i.test(header))
        ? "deduction"
        : "addition";
    activity.push({ col: c, role, header });
  }
  const additionCols = activity.filter((a) => a.role === "addition");
  const deductionCols = activity.filter((a) => a.role === "deduction");
  const modelColumns: ColumnInfo[] = [
    { role: "begin", header: roleText(beginCol) },
    ...additionCols.map((a) => ({ role: a.role, header: a.header })),
    ...deductionCols.map((a) => ({ role: a.role, header: a.header })),
    { role: "end", header: roleText(endCol) },
  ];

  // Title, units and convention above the table, in the first column.
  const above = Array.from(
    { length: Math.max(0, roleIndex < 0 ? headerIndex : roleIndex) },
    (_, r) => cellAt(grid, r, 0).text,
  );
  const unitsLine = above.find((t) => t.startsWith(IMPORT_SHEET.unitsPrefix)) ?? IMPORT_SHEET.unitsAsPrinted;
  const units =
    unitsLine === IMPORT_SHEET.unitsAsPrinted ? "" : unitsLine.slice(IMPORT_SHEET.unitsPrefix.length);
  const stated = above.map((t) => CONVENTIONS.get(t)).find((c) => c !== undefined);
  const title = above[0] && !above[0].startsWith(IMPORT_SHEET.unitsPrefix) ? above[0] : "";

  const kindCol = columns.get(IMPORT_SHEET.rowKind);
  const keyCol = columns.get(IMPORT_SHEET.periodKey);
  const rows: ScheduleRowModel[] = [];
  const parseNotes: ScheduleModel["parseNotes"] = [];
  for (let r = headerIndex + 1; r < grid.values.length; r++) {
    const sheetRow = sheetRowOf(grid, r);
    const address = (c: number) => cellAddress(sheetRow, (grid.columnIndex ?? 0) + c, grid.sheetName);
    // A parse warning the reader gave when the sheet was written: carried back as it was.
    if (cellAt(grid, r, col(IMPORT_SHEET.period)).text === IMPORT_SHEET.parseWarning) {
      const location = cellAt(grid, r, col(IMPORT_SHEET.account)).text;
      const message = cellAt(grid, r, beginCol).text;
      if (message !== "") parseNotes.push({ location, message });
      continue;
    }
    const kind = kindCol === undefined ? "" : cellAt(grid, r, kindCol).text;
    const figureCols = [
      beginCol,
      ...additionCols.map((a) => a.col),
      ...deductionCols.map((a) => a.col),
      endCol,
    ];
    const figures = figureCols.map((c) => figureOf(cellAt(grid, r, c)));
    const isRow =
      kind === IMPORT_SHEET.total || kind === IMPORT_SHEET.accountRow || figures.some((f) => f !== null);
    if (!isRow) continue;
    const unread = figureCols.filter((_, i) => figures[i] === "unread");
    if (unread.length > 0) {
      parseNotes.push({
        location: address(unread[0]),
        message: `'${cellAt(grid, r, unread[0]).text}' where a figure belongs; the row was not checked`,
      });
      continue;
    }
    const value = (i: number) => (figures[i] as Decimal | null) ?? new Decimal(0);
    // An activity the row has none of is left empty by the writer: trailing empty cells are not figures.
    const present = (from: number, count: number) => {
      let n = count;
      while (n > 0 && figures[from + n - 1] === null) n--;
      return Array.from({ length: n }, (_, k) => value(from + k));
    };
    const periodLabel = cellAt(grid, r, col(IMPORT_SHEET.period)).text;
    const account = cellAt(grid, r, col(IMPORT_SHEET.account)).text;
    rows.push({
      period: (keyCol === undefined ? "" : cellAt(grid, r, keyCol).text) || yearOf(periodLabel),
      periodLabel,
      account,
      isTotal: kind === IMPORT_SHEET.total || (kind === "" && /^total\b/i.test(account)),
      begin: value(0),
      additions: present(1, additionCols.length),
      deductions: present(1 + additionCols.length, deductionCols.length),
      end: value(figureCols.length - 1),
      location: address(col(IMPORT_SHEET.period)),
      cellLocations: figureCols.map(address),
    });
  }
  const model: ScheduleModel = {
    title,
    units,
    columns: modelColumns,
    signConvention: stated ?? "deductions-subtracted",
    rows,
    parseNotes,
  };
  return stated ? model : { ...model, signConvention: inferSignConvention(model) };
}

function yearOf(label: string): string {
  const years = label.match(/\b(?:19|20)\d\d\b/g);
  return years ? years[years.length - 1] : label;
}
