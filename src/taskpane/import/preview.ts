// What the Import preview says about a schedule the reader understood.
import type Decimal from "decimal.js";
import type { ColumnRole, ScheduleModel } from "../../core/schedule2/types";

export interface PreviewColumn {
  /** A short label that fits a narrow pane: Begin, Add., Ded., End (numbered when repeated). */
  short: string;
  /** The header as printed in the filing. */
  header: string;
}

export interface PreviewRow {
  account: string;
  isTotal: boolean;
  values: Decimal[];
}

export interface SchedulePreview {
  accounts: string[];
  /** In the order the row values are given: begin, additions, deductions, end. */
  columns: PreviewColumn[];
  rowCount: number;
  periods: { period: string; rows: PreviewRow[] }[];
}

const ROLE_ORDER: ColumnRole[] = ["begin", "addition", "deduction", "end"];
const SHORT: Record<ColumnRole, string> = { begin: "Begin", addition: "Add.", deduction: "Ded.", end: "End" };

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

export function previewOf(model: ScheduleModel): SchedulePreview {
  const columns = ROLE_ORDER.flatMap((role) => {
    const ofRole = model.columns.filter((c) => c.role === role);
    return ofRole.map((c, i) => ({
      short: ofRole.length > 1 ? `${SHORT[role]} ${i + 1}` : SHORT[role],
      header: c.header,
    }));
  });
  const periods = unique(model.rows.map((r) => r.period)).map((period) => ({
    period,
    rows: model.rows
      .filter((r) => r.period === period)
      .map((r) => ({
        account: r.account,
        isTotal: r.isTotal,
        values: [r.begin, ...r.additions, ...r.deductions, r.end],
      })),
  }));
  return {
    accounts: unique(model.rows.filter((r) => !r.isTotal).map((r) => r.account)),
    columns,
    rowCount: model.rows.length,
    periods,
  };
}
