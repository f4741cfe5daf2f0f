// VESTINGFORECAST over a grant list as Excel passes it: ranges of grant dates and shares (a
// column or a row), a schedule and a rounding that are one value or a range of the same length.
// Rows with neither a grant date nor shares are skipped (a range longer than the list). The
// schedule argument is optional as a whole (DESIGN.md): only an omitted one, or one value for
// every grant, means the default; a blank cell in a range of schedules is refused by its row,
// as the core forecast refuses a grant list's blank Schedule cell. Rounding alike: a blank cell in
// a range of roundings is refused rather than quietly read as the default method.
import { isoToSerial } from "../core/dates";
import { parseForecastPeriod, vestingForecast } from "../core/vesting/forecast";
import type { GrantInput } from "../core/vesting/types";
import { isOmitted, plainValue, toDateSystem, toGrantInput, toIsoDate, toOptionalText } from "./coercion";
import { valueError, withExcelErrors } from "./errors";

export const FORECAST_HEADER = ["Period start", "Period end", "Shares vesting", "Cumulative vested"];

/** A range's cells in reading order, or a single value as one cell. */
function cells(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) return [value];
  const rows = value as unknown[];
  const first = rows[0];
  if (rows.length === 1 && Array.isArray(first)) return first; // one row
  // One column: each row one cell (a plain loop: grant lists run to tens of thousands of rows).
  const column = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) throw valueError(`VESTINGFORECAST: ${name} is not a range`);
    if (row.length !== 1) {
      throw valueError(`VESTINGFORECAST: ${name} is ${rows.length}×${row.length}; use one column or one row`);
    }
    column[i] = row[0];
  }
  return column;
}

/** `values` as one per grant: a single value repeated, or a range as long as the grants. */
function perGrant(value: unknown, name: string, count: number): (index: number) => unknown {
  const list = cells(value, name);
  if (list.length === 1) return () => list[0];
  if (list.length !== count) {
    throw valueError(
      `VESTINGFORECAST: ${name} has ${list.length} cells and grantDates ${count}; use one value or a range as long`,
    );
  }
  return (index) => list[index];
}

export function computeVestingForecast(
  grantDates: unknown,
  shares: unknown,
  fromDate: unknown,
  toDate: unknown,
  period: unknown,
  schedule: unknown,
  rounding: unknown,
  dateSystem: unknown,
): unknown[][] {
  const system = toDateSystem(dateSystem, "VESTINGFORECAST");
  const dates = cells(grantDates, "grantDates");
  const shareOf = perGrant(shares, "shares", dates.length);
  const scheduleOf = perGrant(schedule, "schedule", dates.length);
  // A range with one schedule per grant (one cell for a list of one is the single value).
  const schedulePerRow = Array.isArray(schedule) && cells(schedule, "schedule").length > 1;
  const roundingOf = perGrant(rounding, "rounding", dates.length);
  const roundingPerRow = Array.isArray(rounding) && cells(rounding, "rounding").length > 1;
  const from = toIsoDate(fromDate, "fromDate", system);
  const to = toIsoDate(toDate, "toDate", system);
  const periodText = isOmitted(plainValue(period, "period")) ? null : toOptionalText(period, "period");
  const grants: GrantInput[] = [];
  const labels: string[] = [];
  const blank = (value: unknown) => isOmitted(value) || (typeof value === "string" && value.trim() === "");
  dates.forEach((date, index) => {
    const count = shareOf(index);
    if (blank(date) && blank(count)) return;
    const label = dates.length === 1 ? "the grant" : `row ${index + 1}`;
    const rowSchedule = scheduleOf(index);
    // An empty cell arrives as null (web), 0 (desktop) or empty text.
    if (schedulePerRow && (blank(rowSchedule) || rowSchedule === 0)) {
      throw valueError(
        `VESTINGFORECAST ${label}: schedule is blank; fill in schedule text or a preset name (such as reference-grant), or leave the grant out (only an omitted schedule argument means the default)`,
      );
    }
    const rowRounding = roundingOf(index);
    if (roundingPerRow && (blank(rowRounding) || rowRounding === 0)) {
      throw valueError(
        `VESTINGFORECAST ${label}: rounding is blank; fill in a rounding method (such as cumulative-round-down), or give one rounding for every grant (only an omitted rounding argument means the default)`,
      );
    }
    try {
      grants.push(toGrantInput(date, count, rowSchedule, null, rowRounding, system));
    } catch (error) {
      throw valueError(`VESTINGFORECAST ${label}: ${(error as Error).message}`);
    }
    labels.push(label);
  });
  return withExcelErrors(() => {
    const rows = vestingForecast(grants, from, to, parseForecastPeriod(periodText), labels);
    const serial = (iso: string) => isoToSerial(iso, system);
    return [
      FORECAST_HEADER,
      ...rows.map((row) => [
        serial(row.start),
        serial(row.end),
        row.shares.toNumber(),
        row.cumulative.toNumber(),
      ]),
    ];
  });
}
