// A worksheet described as plain data, so the same sheet can be written by the command line
// (exceljs) and by the task pane (Office.js) without building its formulas twice.

/** A formula Tieout composed itself, in Excel's English syntax, without the leading "=". */
export interface PlanFormula {
  formula: string;
}

/**
 * One cell: a number, a boolean, text, a formula, or empty (null). Text is always written as text,
 * whatever it starts with (a filing's account name may begin with "=", "+", "-" or "@"): only a
 * PlanFormula is ever a formula.
 */
export type PlanCell = string | number | boolean | null | PlanFormula;

/** A formula cell: `formula("SUM(C7:C9)")`. */
export const formula = (text: string): PlanFormula => ({ formula: text.replace(/^=/, "") });

export function isFormula(cell: unknown): cell is PlanFormula {
  return typeof cell === "object" && cell !== null && typeof (cell as PlanFormula).formula === "string";
}

export interface SheetPlan {
  /** Preferred sheet name (valid for Excel: at most 31 characters, none of []:*?/\). */
  name: string;
  /** Rows from A1 down. */
  rows: PlanCell[][];
  /** Number format per column, applied to the rows below `headerRow` (or to every row without one). */
  columnFormats?: (string | null)[];
  /** Number formats of single cells (0-based row and column), e.g. the grant date above a table. */
  cellFormats?: { row: number; col: number; format: string }[];
  /** 0-based rows to make bold: the header and total rows. */
  boldRows?: number[];
  /** 0-based row of the table's header: frozen, and the rows below it take `columnFormats`. */
  headerRow?: number;
  /** 0-based columns holding Excel serial dates (they carry a date format in `columnFormats`). */
  dateColumns?: number[];
  /** Suggested column widths in characters, per column. */
  columnWidths?: number[];
  /** A chart of the table; firstRow and lastRow are the 0-based first and last data rows. */
  chart?: {
    type: "line" | "columnClustered" | "area";
    title: string;
    categoryColumn: number;
    seriesColumns: number[];
    firstRow: number;
    lastRow: number;
  };
}
