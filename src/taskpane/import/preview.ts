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
  /** One per column, in column order; null where the row has no figure in that column. */
  values: (Decimal | null)[];
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

/** Every value under its own column: a row with fewer additions than the table leaves the rest empty. */
function padded(values: Decimal[], count: number): (Decimal | null)[] {
  return Array.from({ length: count }, (_, i) => values[i] ?? null);
}

export function previewOf(model: ScheduleModel): SchedulePreview {
  const count = (role: "addition" | "deduction") =>
    Math.max(
      model.columns.filter((c) => c.role === role).length,
      ...model.rows.map((r) => (role === "addition" ? r.additions : r.deductions).length),
    );
  const counts: Record<ColumnRole, number> = {
    begin: 1,
    addition: count("addition"),
    deduction: count("deduction"),
    end: 1,
  };
  const columns = ROLE_ORDER.flatMap((role) => {
    const ofRole = model.columns.filter((c) => c.role === role);
    return Array.from({ length: counts[role] }, (_, i) => ({
      short: counts[role] > 1 ? `${SHORT[role]} ${i + 1}` : SHORT[role],
      header: ofRole[i]?.header ?? "",
    }));
  });
  const periods = unique(model.rows.map((r) => r.period)).map((period) => ({
    period,
    rows: model.rows
      .filter((r) => r.period === period)
      .map((r) => ({
        account: r.account,
        isTotal: r.isTotal,
        values: [
          r.begin,
          ...padded(r.additions, counts.addition),
          ...padded(r.deductions, counts.deduction),
          r.end,
        ],
      })),
  }));
  return {
    accounts: unique(model.rows.filter((r) => !r.isTotal).map((r) => r.account)),
    columns,
    rowCount: model.rows.length,
    periods,
  };
}
