// A 2-D grid of cells (an Excel range, an .xlsx sheet, a .csv file) → RawTable, each cell
// addressed in A1 form so findings can select it.
import type { RawCell, RawTable } from "../types";
import { columnLetters } from "../../workbook/a1";
import { collapseWhitespace, tidyRow, type TidyCell } from "../html";

export { parseCsv } from "./csv";

export type CellValue = string | number | boolean | null;

export interface CellGrid {
  /** Values by row then column (Excel's `values`). */
  values: CellValue[][];
  /** Displayed text by row then column (Excel's `text`), so "(473)" stays as printed. */
  text?: string[][];
  sheetName?: string;
  /** 0-based sheet row and column of values[0][0] (a range need not start at A1). */
  rowIndex?: number;
  columnIndex?: number;
}

/** `Sheet1!B7`, quoting sheet names that need it (`'Q4 Data'!B7`, `'O''Brien'!B7`). */
export function cellAddress(row: number, column: number, sheetName?: string): string {
  const cell = `${columnLetters(column)}${row + 1}`;
  if (sheetName === undefined || sheetName === "") return cell;
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  return plain ? `${sheetName}!${cell}` : `'${sheetName.replace(/'/g, "''")}'!${cell}`;
}

// Excel shows at most 15 significant digits; beyond that a binary double only adds noise.
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function cellText(value: CellValue, shown: string | undefined): string {
  if (shown !== undefined && shown.trim() !== "") return collapseWhitespace(shown);
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return collapseWhitespace(String(value));
}

/** The grid as a RawTable: non-empty cells only, x = sheet column, width 1; a lone "$" or ")" joins its figure. */
export function gridToRawTable(grid: CellGrid): RawTable {
  const top = grid.rowIndex ?? 0;
  const left = grid.columnIndex ?? 0;
  const rows: RawCell[][] = [];
  grid.values.forEach((values, r) => {
    const cells = (values ?? []).map((value, c) => {
      const cell: RawCell & TidyCell = {
        text: cellText(value, grid.text?.[r]?.[c]),
        address: cellAddress(top + r, left + c, grid.sheetName),
        x: left + c,
        width: 1,
      };
      if (typeof value === "number" && Number.isFinite(value)) cell.number = value;
      return cell;
    });
    const tidy = tidyRow(cells).map(({ tagged: _unused, ...cell }): RawCell => cell);
    if (tidy.length > 0) rows.push(tidy);
  });
  return { rows, context: "", source: "grid" };
}
