// What the Import preview says about a schedule the reader understood.
import type Decimal from "decimal.js";
import type { ColumnRole, ScheduleModel } from "../../core/schedule2/types";

export interface SchedulePreview {
  periods: string[];
  accounts: string[];
  /** Column headers in the order the row values are given: begin, additions, deductions, end. */
  columns: string[];
  rowCount: number;
  rows: { period: string; account: string; isTotal: boolean; values: Decimal[] }[];
}

const ROLE_ORDER: ColumnRole[] = ["begin", "addition", "deduction", "end"];

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

export function previewOf(model: ScheduleModel): SchedulePreview {
  const columns = ROLE_ORDER.flatMap((role) =>
    model.columns.filter((c) => c.role === role).map((c) => c.header),
  );
  return {
    periods: unique(model.rows.map((r) => r.period)),
    accounts: unique(model.rows.filter((r) => !r.isTotal).map((r) => r.account)),
    columns,
    rowCount: model.rows.length,
    rows: model.rows.map((r) => ({
      period: r.period,
      account: r.account,
      isTotal: r.isTotal,
      values: [r.begin, ...r.additions, ...r.deductions, r.end],
    })),
  };
}
