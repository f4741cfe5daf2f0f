// Queues the writes that put a TableLayout on a sheet at A1: no sync here, the caller syncs once.
import { CellBlock } from "./address";
import { TableLayout, CheckedChart } from "./table-layout";
import { cellRef } from "../core/workbook/a1";

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

export function renderTable(sheet: Excel.Worksheet, layout: TableLayout): CellBlock {
  const block: CellBlock = { row: 0, column: 0, rowCount: layout.rowCount, columnCount: layout.columnCount };
  const range = sheet.getRangeByIndexes(0, 0, layout.rowCount, layout.columnCount);
  range.numberFormat = layout.numberFormats;
  range.formulas = layout.formulas;
  for (const row of layout.boldRows)
    sheet.getRangeByIndexes(row, 0, 1, layout.columnCount).format.font.bold = true;
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  range.format.autofitColumns();
  if (layout.chart) addChart(sheet, layout, layout.chart);
  return block;
}
