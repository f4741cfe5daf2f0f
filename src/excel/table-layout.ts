// A NewSheetTable checked and turned into exactly what gets written: one formulas matrix and one
// number-format matrix for the whole block, so writing costs the same queued calls at any size.
import { ChartRequest, NewSheetTable } from "./types";
import { FormulaCell, formulaCell } from "./cells";
import { cellRef } from "../core/workbook/a1";

export interface TableLayout {
  formulas: FormulaCell[][];
  numberFormats: string[][];
  rowCount: number;
  columnCount: number;
  boldRows: number[];
  headerRow: number | null;
  /** Rows frozen at the top (0: none). */
  frozenRows: number;
  chart: CheckedChart | null;
}

export interface CheckedChart {
  type: ChartRequest["type"];
  title: string;
  categoryColumn: number;
  seriesColumns: number[];
  seriesNames: string[];
  firstRow: number;
  lastRow: number;
}

function checkIndex(value: number, count: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value >= count) {
    throw new Error(`${what} is ${value}, but the table has ${count} (0-based indexes 0 to ${count - 1}).`);
  }
  return value;
}

function checkChart(chart: ChartRequest, formulas: FormulaCell[][], headerRow: number | null): CheckedChart {
  const rowCount = formulas.length;
  const columnCount = formulas[0].length;
  const firstRow = checkIndex(chart.firstRow ?? (headerRow ?? -1) + 1, rowCount, "The chart's first row");
  const lastRow = checkIndex(chart.lastRow ?? rowCount - 1, rowCount, "The chart's last row");
  if (lastRow < firstRow)
    throw new Error(`The chart's last row (${lastRow}) is above its first row (${firstRow}).`);
  if (chart.seriesColumns.length === 0) throw new Error("The chart needs at least one series column.");
  const categoryColumn = checkIndex(chart.categoryColumn, columnCount, "The chart's category column");
  const seriesColumns = chart.seriesColumns.map((c) => checkIndex(c, columnCount, "A chart series column"));
  const seriesNames = seriesColumns.map((c) => {
    const header = headerRow === null ? "" : formulas[headerRow][c];
    return typeof header === "string" && header !== "" ? header.replace(/^'/, "") : `Column ${c + 1}`;
  });
  return {
    type: chart.type,
    title: chart.title,
    categoryColumn,
    seriesColumns,
    seriesNames,
    firstRow,
    lastRow,
  };
}

/** A table whose cells are already what Excel should receive (e.g. the report's text-only cells). */
export function layoutOfCells(table: Omit<NewSheetTable, "rows">, formulas: FormulaCell[][]): TableLayout {
  if (formulas.length === 0 || formulas[0].length === 0)
    throw new Error(`The table for "${table.sheetName}" has no cells to write.`);
  const columnCount = formulas[0].length;
  formulas.forEach((row, r) => {
    if (row.length !== columnCount) {
      throw new Error(
        `Row ${r + 1} of the table for "${table.sheetName}" has ${row.length} cells; the first row has ${columnCount}.`,
      );
    }
  });
  const headerRow = table.headerRow === undefined ? 0 : table.headerRow;
  if (headerRow !== null) checkIndex(headerRow, formulas.length, "The header row");
  const formats = table.columnFormats ?? [];
  const numberFormats = formulas.map((row, r) =>
    row.map((_, c) => (headerRow === null || r > headerRow ? (formats[c] ?? "General") : "General")),
  );
  for (const { row, col, format } of table.cellFormats ?? []) {
    numberFormats[checkIndex(row, formulas.length, "A cell format's row")][
      checkIndex(col, columnCount, "A cell format's column")
    ] = format;
  }
  const boldRows = (table.boldRows ?? []).map((r) => checkIndex(r, formulas.length, "A bold row"));
  return {
    formulas,
    numberFormats,
    rowCount: formulas.length,
    columnCount,
    boldRows,
    headerRow,
    frozenRows: table.freezeHeader && headerRow !== null ? headerRow + 1 : 0,
    chart: table.chart ? checkChart(table.chart, formulas, headerRow) : null,
  };
}

/** A table from the task pane: strings starting with "=" are formulas, other strings text. */
export function tableLayout(table: NewSheetTable): TableLayout {
  return layoutOfCells(
    table,
    table.rows.map((row, r) => row.map((cell, c) => formulaCell(cell, `cell ${cellRef(r, c)}`))),
  );
}
