// The JSON contract of `tieout check --json` (DESIGN.md): numbers as printed in the table's units.
import type {
  CheckOptions,
  CheckReportJson,
  FindingJson,
  RowJson,
  ReadingJson,
  ScheduleJson,
  ScheduleModel,
  SignConvention,
  ScheduleRowModel,
} from "../types";
import { inferSignConvention, runChecks, toJsonNumber } from "../checks";
import { computedEnd } from "../checks/convention";

const CONVENTIONS: SignConvention[] = ["deductions-subtracted", "all-added", "absolute-deductions"];

/** The reading object: column roles with their headers, convention, transposition, confidence. */
export function readingOf(model: ScheduleModel): ReadingJson {
  const chosen = model.signConvention;
  const ties = (convention: SignConvention) =>
    model.rows.filter((row) => computedEnd(row, convention).equals(row.end)).length;
  const rivals = CONVENTIONS.filter(
    (c) => c !== chosen && model.rows.some((row) => !computedEnd(row, c).equals(computedEnd(row, chosen))),
  );
  const n = model.rows.length;
  const margin = rivals.length === 0 || n === 0 ? 1 : (ties(chosen) - Math.max(...rivals.map(ties))) / n;
  return {
    columns: model.columns.map((column) => ({ role: column.role, header: column.header })),
    convention: chosen,
    transposed: model.transposed ?? false,
    confidence: Math.round(Math.max(0, Math.min(1, margin)) * 100) / 100,
  };
}

/** A schedule and its findings as JSON; the convention reported is the model's. */
export function toScheduleJson(model: ScheduleModel, findings: readonly FindingJson[]): ScheduleJson {
  return {
    title: model.title,
    units: model.units,
    signConvention: model.signConvention,
    reading: readingOf(model),
    rows: model.rows.map(toRowJson),
    findings: [...findings],
  };
}

export function toReportJson(file: string, schedules: readonly ScheduleJson[]): CheckReportJson {
  return { file, schedules: [...schedules] };
}

/** Infer the convention, run every check and give the JSON, so the convention reported is the one checked. */
export function checkSchedule(model: ScheduleModel, options?: CheckOptions): ScheduleJson {
  const findings = runChecks(model, options);
  return toScheduleJson({ ...model, signConvention: inferSignConvention(model, options) }, findings);
}

function toRowJson(row: ScheduleRowModel): RowJson {
  return {
    period: row.period,
    account: row.account,
    isTotal: row.isTotal,
    begin: toJsonNumber(row.begin),
    additions: row.additions.map(toJsonNumber),
    deductions: row.deductions.map(toJsonNumber),
    end: toJsonNumber(row.end),
    location: row.location,
  };
}
