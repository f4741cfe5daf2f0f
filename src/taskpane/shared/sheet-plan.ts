import type { SheetPlan } from "../../core/workbook";
import type { NewSheetTable } from "../../excel/types";

/** A core sheet plan in the gateway's terms. A plan without a header row formats every row. */
export function toNewSheetTable(plan: SheetPlan): NewSheetTable {
  return {
    sheetName: plan.name,
    rows: plan.rows,
    columnFormats: plan.columnFormats,
    headerRow: plan.headerRow ?? null,
    cellFormats: plan.cellFormats,
    boldRows: plan.boldRows,
    chart: plan.chart,
    freezeHeader: plan.headerRow !== undefined,
  };
}
