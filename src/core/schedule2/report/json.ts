// The JSON contract of `tieout check --json` (DESIGN.md): numbers as printed in the table's units.
import type {
  CheckOptions,
  CheckReportJson,
  FindingJson,
  RowJson,
  ScheduleJson,
  ScheduleModel,
  ScheduleRowModel,
} from "../types";
import { inferSignConvention, runChecks, toJsonNumber } from "../checks";

/** A schedule and its findings as JSON; the convention reported is the model's. */
export function toScheduleJson(model: ScheduleModel, findings: readonly FindingJson[]): ScheduleJson {
  return {
    title: model.title,
    units: model.units,
    signConvention: model.signConvention,
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
