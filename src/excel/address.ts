// A1 addresses as Excel's API reads and reports them: `B5`, `A1:F20`, `Sheet1!B5`, `'My sheet'!B5`.
import { columnLetters } from "../core/workbook/a1";

/** A rectangle of cells, 0-based. */
export interface CellBlock {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string, whole: string): { row: number; column: number } {
  const match = CELL.exec(text.trim());
  if (!match) throw new Error(`"${whole}" is not a cell address like B5 or a range like A1:F20.`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) {
    throw new Error(`"${whole}" is outside the sheet (Excel has ${MAX_ROWS} rows and columns A to XFD).`);
  }
  return { row: row - 1, column: column - 1 };
}

/** Parses a local A1 address (no sheet name): `B5` or `A1:F20` (either corner order). */
export function parseBlock(local: string): CellBlock {
  const [first, second, extra] = local.split(":");
  if (extra !== undefined) throw new Error(`"${local}" has more than one ":"; expected a range like A1:F20.`);
  const a = parseCell(first, local);
  const b = second === undefined ? a : parseCell(second, local);
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
  };
}

/** `B5` for one cell, `A1:F20` for more. */
export function formatBlock(block: CellBlock): string {
  const topLeft = `${columnLetters(block.column)}${block.row + 1}`;
  if (block.rowCount === 1 && block.columnCount === 1) return topLeft;
  const bottomRight = `${columnLetters(block.column + block.columnCount - 1)}${block.row + block.rowCount}`;
  return `${topLeft}:${bottomRight}`;
}

/** Splits `'My sheet'!B5` into the sheet name (null when absent) and the local address. */
export function splitAddress(address: string): { sheetName: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheetName: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (sheet === "") throw new Error(`"${address}" has an empty sheet name before "!".`);
  return { sheetName: sheet, local: address.slice(bang + 1).trim() };
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!B5`, `'Tie-out'!A1:K9`. */
export function qualifiedAddress(sheetName: string, local: string): string {
  return `${quoteSheetName(sheetName)}!${local}`;
}
