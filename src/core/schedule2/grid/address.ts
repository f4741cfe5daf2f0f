// Where a grid cell sits on its sheet, in A1 form.
import { columnLetters } from "../../workbook/a1";
import type { CellGrid } from "./types";

/** `Sheet1!B7`, quoting sheet names that need it (`'Q4 Data'!B7`, `'O''Brien'!B7`). */
export function cellAddress(row: number, column: number, sheetName?: string): string {
  const cell = `${columnLetters(column)}${row + 1}`;
  if (sheetName === undefined || sheetName === "") return cell;
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  return plain ? `${sheetName}!${cell}` : `'${sheetName.replace(/'/g, "''")}'!${cell}`;
}

/** The 0-based sheet row of the grid's r-th row. */
export function sheetRowOf(grid: CellGrid, r: number): number {
  return grid.rowNumbers?.[r] ?? (grid.rowIndex ?? 0) + r;
}
