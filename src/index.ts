// The library: `require("tieout")`. The same engine as the Excel functions and the command line,
// with VESTED's argument rules (dates as Excel serials or YYYY-MM-DD text; amounts as numbers or
// accounting text). A bad argument throws an Error whose message names the argument.
import * as core from "./core/vesting";
import { checkSchedules, readSchedules } from "./core/schedule2";
import { notesFor, type FileReportJson } from "./core/schedule2/report";
import type { CellGrid } from "./core/schedule2/grid";
import type { CheckReportJson } from "./core/schedule2/types";
import { plainSummary, type PlainSummary, type PlainTranche } from "./cli/format";
import { vestingTableNumbers } from "./core/vesting/table";
import { toGrantInput, toIsoDate } from "./functions/coercion";
import { withExcelErrors } from "./functions/errors";
import { vested } from "./functions/functions";
import { computeRollForward } from "./functions/rollforward";
import {
  OcfError as OcfErrorClass,
  vestingTermsToSchedule as vestingTermsToScheduleFn,
  type ImportedSchedule as ImportedScheduleType,
} from "./core/ocf";

export { vested };
export { PRESETS } from "./core/vesting";
export { VestingError } from "./core/vesting/types";
export { ExcelFunctionError } from "./functions/errors";
export type { GrantInput, Tranche, VestingSummary, Preset, Rounding, DayOfMonth } from "./core/vesting/types";
export type {
  CheckReportJson,
  ScheduleJson,
  FindingJson,
  RowJson,
  ScheduleModel,
} from "./core/schedule2/types";
export type { CellGrid } from "./core/schedule2/grid";
export type { PlainSummary, PlainTranche };
export { scheduleSheetPlan, vestingSheetPlan, type SheetPlan } from "./core/workbook";

type DateArgument = number | string;
/** A number, accounting text such as "(473)", "$ 1,466" or "—", or blank (0). */
export type Amount = number | string | null | undefined;

/** The grant's vesting table: one row per vest date, dates as YYYY-MM-DD, percent 0–100. */
export function vestingTable(
  grantDate: DateArgument,
  shares: number | string,
  schedule?: string | null,
  terminationDate?: DateArgument | null,
  rounding?: string | null,
): PlainTranche[] {
  return withExcelErrors(() =>
    vestingTableNumbers(toGrantInput(grantDate, shares, schedule, terminationDate, rounding)),
  );
}

/** Vested, unvested, percent, next vest date and shares, and fully-vested date on `asOf`. */
export function vestingSummary(
  grantDate: DateArgument,
  shares: number | string,
  asOf: DateArgument,
  schedule?: string | null,
  terminationDate?: DateArgument | null,
  rounding?: string | null,
): PlainSummary {
  return withExcelErrors(() => {
    const input = toGrantInput(grantDate, shares, schedule, terminationDate, rounding);
    return plainSummary(core.vestingSummary(input, toIsoDate(asOf, "asOf")));
  });
}

/** begin + charged + other − deductions, exact in decimal; blank is 0, accounting text such as "(473)" is read. */
export function rollforward(begin: Amount, charged: Amount, other: Amount, deductions: Amount): number {
  return computeRollForward(begin, charged, other, deductions)[0][0];
}

/** Options of `checkSchedule` and `readSchedules`: the file name reported, and an absolute tolerance. */
export interface ScheduleOptions {
  file?: string;
  tolerance?: number;
}

/**
 * Finds and ties out every Schedule II in EDGAR text, HTML or a grid of cells: the same JSON
 * object as `tieout check --json` prints for one file.
 */
export function checkSchedule(
  input: string | CellGrid,
  options: ScheduleOptions = {},
): CheckReportJson | FileReportJson {
  const tolerance = options.tolerance ?? 0;
  if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new Error(`tolerance: ${String(tolerance)} is not a number of 0 or more`);
  }
  const report = checkSchedules(input, { tolerance, file: options.file ?? "input" });
  // The same "notes" as the command line: the tables set aside in text input.
  return typeof input === "string" ? { ...report, notes: notesFor(input) } : report;
}

/** The parsed schedules (exact decimals) of EDGAR text, HTML or a grid: `readSchedules(input, { file })`. */
export { readSchedules };

// OCF vesting terms and grant lists, and forecasts across a grant list (see README).
export {
  OcfError,
  scheduleToVestingTerms,
  vestingTermsToSchedule,
  grantsFromOcf,
  grantVestedOn,
  type OcfVestingTerms,
  type ImportedSchedule,
  type OcfGrant,
  type OcfImport,
} from "./core/ocf";
export { vestingForecast, forecastPeriods, parseForecastPeriod } from "./core/vesting/forecast";
export type { ForecastRow, ForecastPeriod } from "./core/vesting/forecast";

/**
 * A pasted OCF VestingTerms JSON (the object, or an OCF_VESTING_TERMS_FILE holding one) as a
 * Tieout schedule with its rounding and day of month; an OcfError naming the condition for
 * terms a schedule cannot state, and for text that is not JSON.
 */
export function scheduleFromOcfJson(text: string): ImportedScheduleType {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new OcfErrorClass(`not JSON: ${(error as Error).message}`);
  }
  const items = (value as { items?: unknown[] })?.items;
  const terms = Array.isArray(items)
    ? items.filter((item) => (item as { object_type?: unknown })?.object_type === "VESTING_TERMS")
    : [value];
  if (terms.length !== 1) throw new OcfErrorClass(`expected one set of vesting terms, found ${terms.length}`);
  return vestingTermsToScheduleFn(terms[0]);
}
