// A 2-D grid of cells (an Excel range, an .xlsx sheet, a .csv file): its types, its reading into a
// RawTable, the sheet Tieout's Import writes read back exactly, and the choice of Schedule II
// sheets in a whole workbook.
export type { CellGrid, CellValue, GridMerge } from "./types";
export { cellAddress, sheetRowOf } from "./address";
export { gridToRawTable } from "./raw";
export { parseCsv } from "./csv";
export { UnreadableInputError, INPUT_LIMITS } from "./errors";
export { readImportedSheet } from "./imported";
export { scheduleSheets, sheetTitle } from "./workbook";
