// The contract between the task pane and the Office.js adapter (src/excel). The task pane
// only ever talks to an ExcelGateway; tests give it a fake, Excel gives it the real one.

import type { FindingJson } from "../core/schedule2/types";
import type { ReportContext } from "../core/workbook/report-plan";

export type { ReportContext };

/** TIEOUT formulas of one run of cells down a column: `address` like `Sheet1!C2:C10001`. */
export interface FormulaGroup {
  address: string;
  count: number;
  /** How many show an error or #BUSY! now: those stay formulas when the others become values. */
  showingErrors: number;
}

export type CellValue = string | number | boolean | null;

/** A rectangle of a sheet as read in one batch. */
export interface SheetGrid {
  sheetName: string;
  /** Address of the rectangle, e.g. `Sheet1!A1:F20`. */
  address: string;
  /** 0-based row and column of the top-left cell on the sheet. */
  rowIndex: number;
  columnIndex: number;
  values: CellValue[][];
  /** Displayed text of each cell (what the user sees, with number formats applied). */
  text: string[][];
  numberFormats: string[][];
  /** Formulas (`=...`) or the constant, as Excel reports them. */
  formulas: CellValue[][];
  /**
   * The workbook's date system. `values` hold 1900-system serials whatever it is (the adapter
   * converts date-formatted numbers); formulas and text are as Excel shows them.
   */
  dateSystem?: 1900 | 1904;
}

/**
 * A cell to write: a constant, or a formula starting with `=`; `{ text }` is text whatever it starts
 * with (a filing's "=HYPERLINK(…)" stays text); `{ formula }` is a formula Tieout composed (no "=").
 */
export type CellInput = string | number | boolean | null | { text: string } | { formula: string };

export interface NewSheetTable {
  /** Preferred sheet name; a unique name is derived if it is taken. */
  sheetName: string;
  /** Rows to write starting at A1 (the first row is usually a header). */
  rows: CellInput[][];
  /** Number format per column (applied below the header), e.g. `#,##0;(#,##0);"-"` or `yyyy-mm-dd`. */
  columnFormats?: (string | null)[];
  /**
   * 0-based row of the header (default 0): `columnFormats` apply below it and `freezeHeader`
   * freezes down to it. `null`: no header, `columnFormats` apply to every row.
   */
  headerRow?: number | null;
  /** Number formats of single cells (0-based), applied after `columnFormats`. */
  cellFormats?: { row: number; col: number; format: string }[];
  /** 0-based row indexes (within `rows`) to make bold: header, totals. */
  boldRows?: number[];
  /** Optional chart of the written data. */
  chart?: ChartRequest;
  /** Freeze the first row. */
  freezeHeader?: boolean;
}

export interface ChartRequest {
  type: "line" | "columnClustered" | "area";
  title: string;
  /** 0-based column indexes within `rows` for the category (x) axis and the series. */
  categoryColumn: number;
  seriesColumns: number[];
  /** 0-based first and last data rows; default: the rows below the header to the last row. */
  firstRow?: number;
  lastRow?: number;
}

export interface WrittenTable {
  sheetName: string;
  /** Address of everything written, e.g. `Vesting!A1:E26`. */
  address: string;
}

/** error: a break (✗); warning; tie: a tickmark (✓) on a figure that ties (footed, rolled forward, agrees with prior year). */
export type MarkKind = "error" | "warning" | "tie";

export interface CellMark {
  /** Sheet-qualified or plain A1 address of one cell. */
  address: string;
  kind: MarkKind;
  /** Short text shown with the mark (the finding's message). */
  note: string;
}

/** One line of the "Tie-out" report sheet: a Schedule II finding; `location` is the cell it links to. */
export type ReportLine = FindingJson;

export interface TieoutFormula {
  address: string;
  formula: string;
}

/** Result of a write that would cover cells that are not empty: nothing was written. */
export interface NeedsConfirmation {
  needsConfirmation: true;
  /** How many non-empty cells would be overwritten, and where. */
  nonEmptyCount: number;
  address: string;
}

/** Something the user did in the workbook that may make a check's results out of date. */
export type WorkbookChange =
  { kind: "activated"; sheetName: string } | { kind: "edited"; sheetName: string; address: string };

export interface ExcelGateway {
  readUsedRange(): Promise<SheetGrid>;
  readSelection(): Promise<SheetGrid>;
  writeTableToNewSheet(table: NewSheetTable): Promise<WrittenTable>;
  selectCell(address: string): Promise<void>;
  /** Mark cells without changing their values or number formats; `clearMarks` undoes it. */
  markCells(marks: CellMark[]): Promise<void>;
  /** Remove every mark Tieout made, restoring what was there; returns how many cells. */
  clearMarks(): Promise<number>;
  /**
   * Write the report on a new sheet, "Tie-out" or "Tie-out (2)"… (never replacing a sheet);
   * returns its name. `context` (optional) fills its header block and summary.
   */
  writeReportSheet(title: string, lines: ReportLine[], context?: ReportContext): Promise<string>;
  listTieoutFormulas(): Promise<TieoutFormula[]>;
  /**
   * Replace every TIEOUT formula in the workbook with its current value; returns the count. A
   * formula that shows an error or #BUSY! stays a formula (see summariseTieoutFormulas).
   */
  replaceTieoutFormulasWithValues(): Promise<number>;
  /**
   * Every TIEOUT formula summarised per sheet and range ("Sheet1!C2:C10001", 10,000), with how
   * many show an error now and will stay formulas. Optional, for the Share safely dialog.
   */
  summariseTieoutFormulas?(): Promise<FormulaGroup[]>;
  /**
   * Write one column of cells (header + formulas/values) starting at `topLeft` going down.
   * Without `overwrite`, if any target cell is not empty nothing is written and a
   * NeedsConfirmation is returned.
   */
  writeColumn(
    topLeft: string,
    cells: CellInput[],
    options?: { overwrite?: boolean; numberFormat?: string },
  ): Promise<WrittenTable | NeedsConfirmation>;
  /**
   * Read `address` (`Sheet1!A1:F18`), or the used range of `sheetName`, to re-run a check where it
   * ran before. Optional: without it the pane re-runs on the active sheet or the selection.
   */
  readRange?(address: string): Promise<SheetGrid>;
  readUsedRangeOf?(sheetName: string): Promise<SheetGrid>;
  /**
   * Tell `listener` when the user switches sheets or edits cells; resolves to a function that
   * stops listening. Optional: a host without events leaves results as they are.
   */
  watchWorkbook?(listener: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
}
