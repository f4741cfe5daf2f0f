// Reading a rectangle as a SheetGrid: where it is first (with the workbook's date system), then its
// cells in blocks of rows, one sync per block, so a 20,000-row sheet stays within Excel on the
// web's 5 MB per response. Dates come back as 1900-system serials whatever the workbook's system.
import type { DateSystem } from "../core/dates";
import { SheetGrid } from "./types";
import { splitAddress } from "./address";
import { toCellValue } from "./cells";
import { checkReach, firstBlock, jsonSize, nextBlockRows } from "./blocks";
import { datesTo1900, probeDateSystem } from "./date-system";
import { runExcel } from "./run";

const PLACE = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
const CELLS = ["values", "text", "numberFormat", "formulas"];

interface Place {
  worksheet: Excel.Worksheet;
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** The cells of `place`, block by block: one sync per block, each sized from the last. */
async function readCells(
  context: Excel.RequestContext,
  place: Place,
  system: DateSystem,
): Promise<SheetGrid> {
  checkReach(place.address, place.rowCount, place.columnCount);
  const grid: SheetGrid = {
    sheetName: splitAddress(place.address).sheetName ?? "",
    address: place.address,
    rowIndex: place.rowIndex,
    columnIndex: place.columnIndex,
    values: [],
    text: [],
    numberFormats: [],
    formulas: [],
    dateSystem: system,
  };
  let rows = firstBlock(place.rowCount, place.columnCount);
  for (let done = 0; done < place.rowCount;) {
    const count = Math.min(rows, place.rowCount - done);
    const block = place.worksheet
      .getRangeByIndexes(place.rowIndex + done, place.columnIndex, count, place.columnCount)
      .load(CELLS);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block: the 5 MB limit
    await context.sync();
    grid.values.push(...block.values.map((row) => row.map(toCellValue)));
    grid.text.push(...block.text.map((row) => row.map(String)));
    grid.numberFormats.push(...block.numberFormat.map((row) => row.map(String)));
    grid.formulas.push(...block.formulas.map((row) => row.map(toCellValue)));
    done += count;
    rows = nextBlockRows(count, jsonSize([block.values, block.text, block.numberFormat, block.formulas]));
  }
  datesTo1900(grid.values, grid.numberFormats, system);
  return grid;
}

function placeOf(range: Excel.Range, worksheet: Excel.Worksheet): Place {
  const { address, rowIndex, columnIndex, rowCount, columnCount } = range;
  return { worksheet, address, rowIndex, columnIndex, rowCount, columnCount };
}

/** The active sheet's cells that hold values or formulas (formatting alone does not count). */
export function readUsedRange(): Promise<SheetGrid> {
  return runExcel("Reading the active sheet", async (context) => {
    // An empty sheet's used range is its A1: the grid then holds one empty cell.
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRange(true).load(PLACE);
    const system = probeDateSystem(context);
    await context.sync();
    return readCells(context, placeOf(used, sheet), system());
  });
}

/** Excel cannot hand an add-in a selection of several areas (Ctrl+click) as one range. */
export function oneArea(areas: { areaCount: number; address: string }): void {
  if (areas.areaCount > 1) {
    throw new Error(
      `Select one range: the selection has ${areas.areaCount} separate areas (${areas.address}). Click a cell of the table, or drag over it, and try again.`,
    );
  }
}

/**
 * The selection, cut down to the cells in use, so selecting whole columns does not read a
 * million empty rows. A selection outside the used cells gives a grid with no rows.
 */
export function readSelection(): Promise<SheetGrid> {
  return runExcel("Reading the selection", async (context) => {
    // getSelectedRange throws on several areas: ask first, so the user hears what to do.
    const areas = context.workbook.getSelectedRanges().load(["areaCount", "address"]);
    const system = probeDateSystem(context);
    await context.sync();
    oneArea(areas);
    const selected = context.workbook.getSelectedRange();
    const sheet = context.workbook.worksheets.getActiveWorksheet(); // the selection is on the active sheet
    const inUse = selected.getIntersectionOrNullObject(sheet.getUsedRange(true)).load(PLACE);
    selected.load(["address", "rowIndex", "columnIndex"]);
    await context.sync();
    if (!inUse.isNullObject) return readCells(context, placeOf(inUse, sheet), system());
    const { sheetName } = splitAddress(selected.address);
    return {
      sheetName: sheetName ?? "",
      address: selected.address,
      rowIndex: selected.rowIndex,
      columnIndex: selected.columnIndex,
      values: [],
      text: [],
      numberFormats: [],
      formulas: [],
      dateSystem: system(),
    };
  });
}

/** The cells of `address` (sheet-qualified), to re-run a check on the range it ran on. */
export function readRange(address: string): Promise<SheetGrid> {
  return runExcel(`Reading ${address}`, async (context) => {
    const { sheetName, local } = splitAddress(address);
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    const range = sheet.getRange(local).load(PLACE);
    const system = probeDateSystem(context);
    await context.sync();
    return readCells(context, placeOf(range, sheet), system());
  });
}

/** The used range of the sheet named `sheetName`, whichever sheet is active. */
export function readUsedRangeOf(sheetName: string): Promise<SheetGrid> {
  return runExcel(`Reading sheet "${sheetName}"`, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRange(true).load(PLACE);
    const system = probeDateSystem(context);
    await context.sync();
    return readCells(context, placeOf(used, sheet), system());
  });
}
