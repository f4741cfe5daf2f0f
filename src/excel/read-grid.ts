// Reading a rectangle as a SheetGrid: every property in one load, one sync, whatever its size.
import { SheetGrid } from "./types";
import { splitAddress } from "./address";
import { toCellValue } from "./cells";
import { runExcel } from "./run";

/** Queues one load of everything a grid holds. */
function loadGrid(range: Excel.Range): Excel.Range {
  return range.load("address, rowIndex, columnIndex, values, text, numberFormat, formulas");
}

type GridCells = Pick<Excel.Range, "values" | "text" | "numberFormat" | "formulas">;
const NO_CELLS: GridCells = { values: [], text: [], numberFormat: [], formulas: [] };

/** The grid at `place` (address and position), holding `cells` (by default the range's own). */
function toGrid(place: Excel.Range, cells: GridCells = place): SheetGrid {
  const { sheetName } = splitAddress(place.address);
  return {
    sheetName: sheetName ?? "",
    address: place.address,
    rowIndex: place.rowIndex,
    columnIndex: place.columnIndex,
    values: cells.values.map((row) => row.map(toCellValue)),
    text: cells.text.map((row) => row.map(String)),
    numberFormats: cells.numberFormat.map((row) => row.map(String)),
    formulas: cells.formulas.map((row) => row.map(toCellValue)),
  };
}

/** The active sheet's cells that hold values or formulas (formatting alone does not count). */
export function readUsedRange(): Promise<SheetGrid> {
  return runExcel("Reading the active sheet", async (context) => {
    // An empty sheet's used range is its A1: the grid then holds one empty cell.
    const used = loadGrid(context.workbook.worksheets.getActiveWorksheet().getUsedRange(true));
    await context.sync();
    return toGrid(used);
  });
}

/**
 * The selection, cut down to the cells in use, so selecting whole columns does not read a
 * million empty rows. A selection outside the used cells gives a grid with no rows.
 */
export function readSelection(): Promise<SheetGrid> {
  return runExcel("Reading the selection", async (context) => {
    const selected = context.workbook.getSelectedRange();
    const inUse = loadGrid(selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange(true)));
    selected.load(["address", "rowIndex", "columnIndex"]);
    await context.sync();
    if (!inUse.isNullObject) return toGrid(inUse);
    return toGrid(selected, NO_CELLS);
  });
}

/** The cells of `address` (sheet-qualified), to re-run a check on the range it ran on. */
export function readRange(address: string): Promise<SheetGrid> {
  return runExcel(`Reading ${address}`, async (context) => {
    const { sheetName, local } = splitAddress(address);
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    const range = loadGrid(sheet.getRange(local));
    await context.sync();
    return toGrid(range);
  });
}

/** The used range of the sheet named `sheetName`, whichever sheet is active. */
export function readUsedRangeOf(sheetName: string): Promise<SheetGrid> {
  return runExcel(`Reading sheet "${sheetName}"`, async (context) => {
    const used = loadGrid(context.workbook.worksheets.getItem(sheetName).getUsedRange(true));
    await context.sync();
    return toGrid(used);
  });
}
