// Writes a TableLayout on a sheet at A1: cells in blocks (a sync between blocks), the rest queued.
import { CellBlock } from "./address";
import { TableLayout, CheckedChart } from "./table-layout";
import { cellRef } from "../core/workbook/a1";
import type { DateSystem } from "../core/dates";
import { jsonSize, writeBlocks } from "./blocks";
import { datesFrom1900 } from "./date-system";

const CHART_TYPES: Record<CheckedChart["type"], "Line" | "ColumnClustered" | "Area"> = {
  line: "Line",
  columnClustered: "ColumnClustered",
  area: "Area",
};

function addChart(sheet: Excel.Worksheet, layout: TableLayout, chart: CheckedChart): void {
  const rowCount = chart.lastRow - chart.firstRow + 1;
  const column = (c: number) => sheet.getRangeByIndexes(chart.firstRow, c, rowCount, 1);
  const categories = column(chart.categoryColumn);
  const added = sheet.charts.add(CHART_TYPES[chart.type], column(chart.seriesColumns[0]), "Columns");
  added.title.text = chart.title;
  // The chart starts with the first series; the others are added, each named by its header.
  const first = added.series.getItemAt(0);
  first.name = chart.seriesNames[0];
  first.setXAxisValues(categories);
  chart.seriesColumns.slice(1).forEach((c, i) => {
    const series = added.series.add(chart.seriesNames[i + 1]);
    series.setValues(column(c));
    series.setXAxisValues(categories);
  });
  added.setPosition(cellRef(layout.headerRow ?? 0, layout.columnCount + 1));
}

/**
 * Writes the layout at A1 in blocks of rows small enough for one request each (Excel on the web:
 * 5 MB), syncing between blocks; the formats and the chart are queued for the caller's sync. In a
 * 1904 workbook a date figure (a number under a date format) is written as its serial there.
 */
export async function renderTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: TableLayout,
  system: DateSystem,
): Promise<CellBlock> {
  const block: CellBlock = { row: 0, column: 0, rowCount: layout.rowCount, columnCount: layout.columnCount };
  const range = sheet.getRangeByIndexes(0, 0, layout.rowCount, layout.columnCount);
  const formulas = datesFrom1900(layout.formulas, layout.numberFormats, system);
  const blocks = writeBlocks(formulas.map((row, i) => jsonSize(row) + jsonSize(layout.numberFormats[i])));
  for (const [k, { row, rowCount }] of blocks.entries()) {
    const part = sheet.getRangeByIndexes(row, 0, rowCount, layout.columnCount);
    part.numberFormat = layout.numberFormats.slice(row, row + rowCount);
    part.formulas = formulas.slice(row, row + rowCount);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block: the 5 MB limit
    if (k < blocks.length - 1) await context.sync();
  }
  for (const row of layout.boldRows)
    sheet.getRangeByIndexes(row, 0, 1, layout.columnCount).format.font.bold = true;
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  range.format.autofitColumns();
  if (layout.chart) addChart(sheet, layout, layout.chart);
  return block;
}
