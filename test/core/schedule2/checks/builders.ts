// Test helpers: ScheduleModels written by hand (plain numbers in, Decimals in the model).
import Decimal from "decimal.js";
import type {
  ColumnInfo,
  ScheduleModel,
  ScheduleRowModel,
  SignConvention,
} from "../../../../src/core/schedule2/types";

export type Figure = number | string;

export interface RowSpec {
  period: string;
  periodLabel?: string;
  account: string;
  isTotal?: boolean;
  begin: Figure;
  additions: Figure[];
  deductions: Figure[];
  end: Figure;
  /** Where the row is; every cell gets the same location unless `cells` says otherwise. */
  location?: string;
  cells?: string[];
}

export function row(spec: RowSpec): ScheduleRowModel {
  const location = spec.location ?? `${spec.period} ${spec.account}`;
  const valueCount = spec.additions.length + spec.deductions.length + 2;
  return {
    period: spec.period,
    periodLabel: spec.periodLabel ?? spec.period,
    account: spec.account,
    isTotal: spec.isTotal ?? false,
    begin: new Decimal(spec.begin),
    additions: spec.additions.map((v) => new Decimal(v)),
    deductions: spec.deductions.map((v) => new Decimal(v)),
    end: new Decimal(spec.end),
    location,
    cellLocations: spec.cells ?? Array.from({ length: valueCount }, () => location),
  };
}

export function schedule(
  rows: ScheduleRowModel[],
  columns: ColumnInfo[] = [],
  extra: Partial<Pick<ScheduleModel, "title" | "units" | "parseNotes" | "signConvention">> = {},
): ScheduleModel {
  return {
    title: extra.title ?? "Schedule II",
    units: extra.units ?? "thousands",
    columns,
    signConvention: extra.signConvention ?? ("deductions-subtracted" as SignConvention),
    rows,
    parseNotes: extra.parseNotes ?? [],
  };
}

/** Columns named "Addition 1…n" and "Deduction 1…m" between begin and end. */
export function genericColumns(additions: number, deductions: number): ColumnInfo[] {
  return [
    { role: "begin", header: "Beginning balance" },
    ...Array.from({ length: additions }, (_, k): ColumnInfo => ({
      role: "addition",
      header: `Addition ${k + 1}`,
    })),
    ...Array.from({ length: deductions }, (_, k): ColumnInfo => ({
      role: "deduction",
      header: `Deduction ${k + 1}`,
    })),
    { role: "end", header: "Ending balance" },
  ];
}
