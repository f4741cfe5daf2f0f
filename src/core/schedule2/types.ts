// The Schedule II model and the JSON contract of `tieout check --json` (see DESIGN.md).
// Readers turn a source into RawTables; layout turns a RawTable into a Schedule; checks
// produce Findings. Everything downstream (cli, excel, taskpane) depends on these names.
import type Decimal from "decimal.js";

/**
 * Where a thing is: a line of the source text (`line 18`, 1-based), a line and character column
 * of an HTML source (`line 1:48213`), or a sheet cell (`Sheet1!B7` or `B7`).
 */
export type Location = string;

/** One cell of a raw table, as text, with where it came from. */
export interface RawCell {
  text: string;
  /** 1-based line of the source text, when the source is text. */
  line?: number;
  /**
   * 1-based character column of the cell's figure (or first visible character) on its line,
   * for HTML sources, whose modern filings are one very long line. Locations read `line L:C`.
   */
  column?: number;
  /** A1 address, when the source is a grid of cells. */
  address?: string;
  /** The cell's number, when the source already holds a number (an Excel or xlsx cell). */
  number?: number;
  /**
   * Horizontal extent in the source's own units, for aligning values under headers:
   * character columns for fixed-width text, grid columns (after colspan) for HTML,
   * sheet columns for a grid. Absent when the source has no geometry (text flattened onto one line).
   */
  x?: number;
  width?: number;
  /**
   * A digit right after a figure with nothing between ("(246)" "(1)", "180" "1"): either a footnote
   * mark or a figure of its own. Layout drops it only when the row has one amount too many.
   */
  mark?: boolean;
}

/** A table as read from a source, before any understanding of its columns. */
export interface RawTable {
  /** Rows of cells, in source order. Rows may have different lengths. */
  rows: RawCell[][];
  /** Text found just before the table (title, company, units caption), if any. */
  context: string;
  /** How the table was read, for messages: `edgar-text`, `html`, `grid`, `flat-text`, ... */
  source: string;
  /**
   * Extents of the value columns when the source states them (the `<C>` tags of EDGAR text),
   * in the same units as RawCell.x. Layout uses them instead of inferring columns from the data.
   */
  columns?: { x: number; width: number }[];
  /** How many leading rows are column headers, when the source marks it (rows above `<S>`). */
  headerRowCount?: number;
  /**
   * One sub-table of a printed table whose sub-tables have their own headers (and columns):
   * sub-tables with the same `of` are one schedule.
   */
  part?: { of: number; index: number };
  /** Parse notes the reader found (a placement it had to choose): passed on to the schedule. */
  notes?: { location: Location; message: string }[];
}

export type ColumnRole = "begin" | "addition" | "deduction" | "end";

export interface ColumnInfo {
  role: ColumnRole;
  /** The header as printed, words joined with single spaces. */
  header: string;
}

export interface ScheduleRowModel {
  /** Short period key, usually the fiscal year (`2003`), or the label when no year is found. */
  period: string;
  periodLabel: string;
  account: string;
  isTotal: boolean;
  begin: Decimal;
  additions: Decimal[];
  deductions: Decimal[];
  end: Decimal;
  /** Location of the row (its first cell). */
  location: Location;
  /** Location of each value: [begin, ...additions, ...deductions, end]. */
  cellLocations: Location[];
  /**
   * Each value as printed, in the order of cellLocations ("(349)", "—"), where the reader has the
   * printed text; findings quote these so a reviewer sees the figures on the page, not a sum.
   */
  printed?: string[];
}

/**
 * How deductions are printed:
 * - `deductions-subtracted`: printed positive, subtracted (the textbook form);
 * - `all-added`: every activity column signed as printed and added;
 * - `absolute-deductions`: parentheses on deductions are presentation only.
 */
export type SignConvention = "deductions-subtracted" | "all-added" | "absolute-deductions";

export interface ScheduleModel {
  title: string;
  units: string;
  columns: ColumnInfo[];
  signConvention: SignConvention;
  rows: ScheduleRowModel[];
  /** Things the reader could not use (lines skipped that looked like data), as parse findings. */
  parseNotes: { location: Location; message: string }[];
  /** Printed with the activities as rows and the periods or accounts as columns. */
  transposed?: boolean;
}

/** How a schedule was read, so a reviewer can see (and question) the reader's choices. */
export interface ReadingJson {
  /** Each value column's role as read, with the header text it was read from ("" when none). */
  columns: { role: ColumnRole; header: string }[];
  convention: SignConvention;
  transposed: boolean;
  /**
   * How much better the chosen convention explains the rows than the best reading that computes a
   * different result: (rows tying under the chosen − rows tying under that one) ÷ rows, 0 to 1.
   * 1 when no other reading disagrees; near 0 means the choice is close (findings are then warnings).
   */
  confidence: number;
}

export type CheckName = "rollforward" | "footing" | "continuity" | "parse";

export interface FindingJson {
  check: CheckName;
  severity: "error" | "warning";
  period: string;
  account: string;
  column: string;
  expected: number | null;
  actual: number | null;
  difference: number | null;
  location: Location;
  message: string;
}

export interface RowJson {
  period: string;
  account: string;
  isTotal: boolean;
  begin: number;
  additions: number[];
  deductions: number[];
  end: number;
  location: Location;
}

export interface ScheduleJson {
  title: string;
  units: string;
  signConvention: SignConvention;
  reading: ReadingJson;
  rows: RowJson[];
  findings: FindingJson[];
}

export interface CheckReportJson {
  file: string;
  schedules: ScheduleJson[];
}

export interface CheckOptions {
  /** Absolute tolerance in the table's units; default 0 (exact). */
  tolerance?: Decimal.Value;
}
