// A column of cells beside the user's data (e.g. vested-as-of beside a grant list). The target
// is read first: if any cell holds a value or formula, nothing is written unless confirmed.
import { CellInput, NeedsConfirmation, WrittenTable } from "./types";
import { formatBlock, qualifiedAddress, splitAddress } from "./address";
import { formulaCell, isEmptyCell } from "./cells";
import { cellTarget } from "./locate";
import { runExcel } from "./run";
import { cellRef } from "../core/workbook/a1";

/** The smallest block holding every non-empty cell of a one-column read, and how many there are. */
function nonEmptyCells(
  values: unknown[][],
  formulas: unknown[][],
): { count: number; first: number; last: number } {
  let count = 0;
  let first = -1;
  let last = -1;
  values.forEach((row, i) => {
    if (isEmptyCell(row[0], formulas[i][0])) return;
    count += 1;
    if (first < 0) first = i;
    last = i;
  });
  return { count, first, last };
}

export async function writeColumn(
  topLeft: string,
  cells: CellInput[],
  options: { overwrite?: boolean; numberFormat?: string } = {},
): Promise<WrittenTable | NeedsConfirmation> {
  const target = cellTarget(topLeft);
  if (target.block.rowCount !== 1 || target.block.columnCount !== 1) {
    throw new Error(`A column is written from its top cell; "${topLeft}" is a range.`);
  }
  if (cells.length === 0) throw new Error("There are no cells to write.");
  const inputs = cells.map((cell, i) => [
    formulaCell(cell, `cell ${cellRef(target.block.row + i, target.block.column)}`),
  ]);
  return runExcel(`Writing a column at ${topLeft}`, async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = target.sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(target.sheetName);
    const range = sheet.getRangeByIndexes(target.block.row, target.block.column, cells.length, 1);
    range.load(["address", "values", "formulas"]);
    await context.sync();
    const { sheetName } = splitAddress(range.address);
    const name = sheetName ?? "";
    const occupied = nonEmptyCells(range.values, range.formulas);
    if (occupied.count > 0 && !options.overwrite) {
      const block = {
        ...target.block,
        row: target.block.row + occupied.first,
        rowCount: occupied.last - occupied.first + 1,
      };
      return {
        needsConfirmation: true,
        nonEmptyCount: occupied.count,
        address: qualifiedAddress(name, formatBlock(block)),
      };
    }
    range.formulas = inputs;
    if (options.numberFormat !== undefined && cells.length > 1) {
      // The first cell is the column's header: the format is for the figures below it.
      sheet.getRangeByIndexes(target.block.row + 1, target.block.column, cells.length - 1, 1).numberFormat =
        inputs.slice(1).map(() => [options.numberFormat]);
    }
    range.format.autofitColumns();
    await context.sync();
    return { sheetName: name, address: range.address };
  });
}
