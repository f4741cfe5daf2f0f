// A column of cells beside the user's data (e.g. vested-as-of beside a grant list). The target
// is read first: if any cell holds a value or formula, nothing is written unless confirmed.
import { CellInput, NeedsConfirmation, WrittenTable } from "./types";
import { formatBlock, qualifiedAddress, splitAddress } from "./address";
import { formulaCell, isEmptyCell } from "./cells";
import { cellTarget } from "./locate";
import { runExcel } from "./run";
import { cellRef } from "../core/workbook/a1";
import { checkReach, firstBlock, jsonSize, writeBlocks } from "./blocks";
import { datesFrom1900, probeDateSystem, withDateSystem } from "./date-system";

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
    range.load("address");
    const system = probeDateSystem(context);
    // What is there now, in blocks (a 20,000-row column is read in a few requests, not one).
    const step = firstBlock(cells.length, 2);
    const reads: { values: unknown[][]; formulas: unknown[][] }[] = [];
    for (let row = 0; row < cells.length; row += step) {
      const count = Math.min(step, cells.length - row);
      reads.push(
        sheet
          .getRangeByIndexes(target.block.row + row, target.block.column, count, 1)
          .load(["values", "formulas"]),
      );
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block: the 5 MB limit
      await context.sync();
    }
    checkReach(range.address, cells.length, 1);
    const { sheetName } = splitAddress(range.address);
    const name = sheetName ?? "";
    const occupied = nonEmptyCells(
      reads.flatMap((r) => r.values),
      reads.flatMap((r) => r.formulas),
    );
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
    // In a 1904 workbook a VESTED formula gets 1904 as its dateSystem, and a date figure its serial there.
    const formats = inputs.map((_, i) => [i === 0 ? "General" : (options.numberFormat ?? "General")]);
    const written = datesFrom1900(
      inputs.map((row) =>
        row.map((cell) => (typeof cell === "string" ? withDateSystem(cell, system()) : cell)),
      ),
      formats,
      system(),
    );
    const blocks = writeBlocks(written.map((row, i) => jsonSize(row) + jsonSize(formats[i])));
    for (const [k, { row, rowCount }] of blocks.entries()) {
      const part = sheet.getRangeByIndexes(target.block.row + row, target.block.column, rowCount, 1);
      part.formulas = written.slice(row, row + rowCount);
      // The first cell is the column's header: the format is for the figures below it.
      const first = row === 0 ? 1 : 0;
      if (options.numberFormat !== undefined && rowCount > first) {
        sheet.getRangeByIndexes(
          target.block.row + row + first,
          target.block.column,
          rowCount - first,
          1,
        ).numberFormat = formats.slice(row + first, row + rowCount);
      }
      if (k === blocks.length - 1) range.format.autofitColumns();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block: the 5 MB limit
      await context.sync();
    }
    return { sheetName: name, address: range.address };
  });
}
