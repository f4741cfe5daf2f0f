import type { SheetPlan } from "../../core/workbook";
import type { NewSheetTable } from "../../excel/types";

/**
 * A core sheet plan in the gateway's terms. A plan's rows may be ragged (a blank row is `[]`);
 * the gateway writes one rectangle, so short rows are padded with empty cells.
 * A plan without a header row formats every row. Plan text goes as `{ text }`, so Excel never reads
 * a filing's "=…" as a formula.
 */
export function toNewSheetTable(plan: SheetPlan): NewSheetTable {
  const width = Math.max(0, ...plan.rows.map((row) => row.length));
  return {
    sheetName: plan.name,
    // Plan text is always text: a string the gateway would take for a formula goes as { text }.
    rows: plan.rows.map((row) => [
      ...row.map((cell) => (typeof cell === "string" && cell.startsWith("=") ? { text: cell } : cell)),
      ...Array<null>(width - row.length).fill(null),
    ]),
    columnFormats: plan.columnFormats,
    headerRow: plan.headerRow ?? null,
    cellFormats: plan.cellFormats,
    boldRows: plan.boldRows,
    chart: plan.chart,
    freezeHeader: plan.headerRow !== undefined,
  };
}
