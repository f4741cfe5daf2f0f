// A grid of cells as every source of cells gives it: an Excel range (the pane), an .xlsx sheet, a .csv.

export type CellValue = string | number | boolean | null;

/** A merged area, 0-based on the sheet: its value sits in the top-left cell. */
export interface GridMerge {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface CellGrid {
  /**
   * Values by row then column (Excel's `values`). A row may have holes where a cell is empty
   * (a sparse .xlsx sheet is read without walking its empty extent).
   */
  values: CellValue[][];
  /** Displayed text by row then column (Excel's `text`), so "(473)" stays as printed. */
  text?: string[][];
  /** Number formats by row then column (Excel's `numberFormat`), e.g. `_($* #,##0_)`. */
  numberFormats?: string[][];
  /** Formulas by row then column (`=SUM(C7:C9)`), where a cell holds one. */
  formulas?: (CellValue | undefined)[][];
  /** Merged areas, as the sheet has them. */
  merges?: GridMerge[];
  sheetName?: string;
  /** 0-based sheet row and column of values[0][0] (a range need not start at A1). */
  rowIndex?: number;
  columnIndex?: number;
  /** 0-based sheet row of each row of `values`, when the grid leaves out empty rows. */
  rowNumbers?: number[];
}
