// Schedules across a worker boundary: structured cloning keeps a Decimal's fields but not its
// class, so figures travel as their exact decimal strings and are made Decimals again.
import Decimal from "decimal.js";
import type { ScheduleModel, ScheduleRowModel } from "../../core/schedule2/types";

type Figures = "begin" | "additions" | "deductions" | "end";
export type TransferRow = Omit<ScheduleRowModel, Figures> & {
  begin: string;
  additions: string[];
  deductions: string[];
  end: string;
};
export type TransferModel = Omit<ScheduleModel, "rows"> & { rows: TransferRow[] };

export function toTransfer(models: ScheduleModel[]): TransferModel[] {
  return models.map((m) => ({
    ...m,
    rows: m.rows.map((r) => ({
      ...r,
      begin: r.begin.toString(),
      additions: r.additions.map(String),
      deductions: r.deductions.map(String),
      end: r.end.toString(),
    })),
  }));
}

export function fromTransfer(models: TransferModel[]): ScheduleModel[] {
  const d = (s: string) => new Decimal(s);
  return models.map((m) => ({
    ...m,
    rows: m.rows.map((r) => ({
      ...r,
      begin: d(r.begin),
      additions: r.additions.map(d),
      deductions: r.deductions.map(d),
      end: d(r.end),
    })),
  }));
}
