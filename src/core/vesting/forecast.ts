// Shares vesting per month, quarter or year across a grant list, for dilution and expense
// forecasts. Exact: whole shares are summed as integers (Numbers below 2^53, else the sum is
// redone in Decimal), fractional grants in Decimal.
import Decimal from "decimal.js";
import {
  IsoDate,
  LAST_EXCEL_DATE,
  daysInMonth,
  formatIso,
  isoToSerial,
  serialToIso,
  splitIso,
} from "../dates";
import { DirectPlan, FIRST_DIRECT_SERIAL, cumulativeAfter, directPlan, vestedDirect } from "./direct";
import { Grant, readGrant, requireDate } from "./grant-input";
import { resolveSchedule } from "./presets";
import { grantTable, wholeShareRows } from "./table";
import { GrantInput, Rounding, ScheduleSpec, VestingError } from "./types";

export type ForecastPeriod = "month" | "quarter" | "year";
export const FORECAST_PERIODS: readonly ForecastPeriod[] = ["month", "quarter", "year"];

export interface ForecastRow {
  start: IsoDate;
  end: IsoDate;
  /** Shares vesting from start to end, both included. */
  shares: Decimal;
  /** Shares vested across the grants at the end of the period (vesting before the first period included). */
  cumulative: Decimal;
}

const MONTHS: Readonly<Record<ForecastPeriod, number>> = { month: 1, quarter: 3, year: 12 };

/** `month`, `quarter` or `year` (also monthly, quarterly, annually, yearly, any case); null is month. */
export function parseForecastPeriod(text: string | null | undefined): ForecastPeriod {
  if (text === null || text === undefined) return "month";
  const word = String(text).trim().toLowerCase();
  const period = (
    {
      month: "month",
      monthly: "month",
      quarter: "quarter",
      quarterly: "quarter",
      year: "year",
      yearly: "year",
      annually: "year",
      annual: "year",
    } as Record<string, ForecastPeriod>
  )[word];
  if (period === undefined)
    throw new VestingError(`unknown period '${String(text)}': use month, quarter or year`, "period");
  return period;
}

/**
 * The periods from `from` to `to`: calendar months, quarters (Jan–Mar, ...) or years, the first
 * starting on `from` and the last ending on `to`.
 */
export function forecastPeriods(
  from: IsoDate,
  to: IsoDate,
  period: ForecastPeriod,
): { start: IsoDate; end: IsoDate }[] {
  const step = MONTHS[period];
  const periods: { start: IsoDate; end: IsoDate }[] = [];
  let start = from;
  while (start <= to) {
    const { year, month } = splitIso(start);
    // The calendar period holding `start`: its last month, then that month's last day.
    const index = year * 12 + (month - 1);
    const lastIndex = index - (index % step) + step - 1;
    const endYear = Math.floor(lastIndex / 12);
    const endMonth = (lastIndex % 12) + 1;
    const calendarEnd = formatIso(endYear, endMonth, daysInMonth(endYear, endMonth));
    const end = calendarEnd < to ? calendarEnd : to;
    periods.push({ start, end });
    if (end === to) break;
    start = serialToIso(isoToSerial(end) + 1);
  }
  return periods;
}

/** At most this many periods: ten centuries of months. */
const MAX_PERIODS = 12000;

/**
 * Shares vesting in each period from `from` to `to` across `grants` (each with its own
 * schedule, rounding, termination and vesting start), and the cumulative vested at each end.
 * An error in a grant names it by its position (grant 3: ...), or by its label. A grant whose
 * schedule is empty text is refused by name; a null or omitted schedule is the default schedule.
 */
export function vestingForecast(
  grants: readonly GrantInput[],
  from: IsoDate,
  to: IsoDate,
  period: ForecastPeriod = "month",
  /** How messages name each grant; default `grant 1`, `grant 2`, ... */
  labels?: readonly string[],
): ForecastRow[] {
  const first = requireDate(from, "fromDate");
  const last = requireDate(to, "toDate");
  if (last < first) throw new VestingError(`toDate ${last} is before fromDate ${first}`, "toDate");
  const periods = forecastPeriods(first, last, period);
  if (periods.length > MAX_PERIODS)
    throw new VestingError(
      `${periods.length} periods are too many (at most ${MAX_PERIODS})`,
      "period",
      "num",
    );
  // Boundaries: the day before the first period, then each period's end.
  const boundaries = [isoToSerial(first) - 1, ...periods.map((p) => isoToSerial(p.end))];
  const calendar = boundaryCalendar(boundaries);
  const whole = new Float64Array(boundaries.length);
  let fractional: Decimal[] | null = null;
  let exact = true;
  const plans = new Map<ScheduleSpec, Map<Rounding, DirectPlan | null>>();
  const planFor = (spec: ScheduleSpec, rounding: Rounding): DirectPlan | null => {
    let byRounding = plans.get(spec);
    if (byRounding === undefined) plans.set(spec, (byRounding = new Map()));
    let plan = byRounding.get(rounding);
    if (plan === undefined) byRounding.set(rounding, (plan = directPlan(spec, rounding)));
    return plan;
  };
  const schedules = new Map<unknown, ScheduleSpec>();
  grants.forEach((input, index) => {
    // An empty schedule is a row that states none (a grant list's blank Schedule cell): refused by
    // name rather than forecast on the default, which only an omitted schedule (null) means.
    if (typeof input.schedule === "string" && input.schedule.trim() === "") {
      throw new VestingError(
        `${labels?.[index] ?? `grant ${index + 1}`} has no schedule: fill it in or leave the grant out (only an omitted schedule means the default)`,
        "schedule",
      );
    }
    const named = <T>(make: () => T): T => {
      try {
        return make();
      } catch (error) {
        if (error instanceof VestingError)
          throw new VestingError(
            `${labels?.[index] ?? `grant ${index + 1}`}: ${error.message}`,
            error.argument,
            error.kind,
          );
        throw error;
      }
    };
    const grant = named(() => readListedGrant(input, schedules));
    const grantSerial = isoToSerial(grant.grantDate);
    const shares = typeof input.shares === "number" ? input.shares : grant.shares.toNumber();
    const direct =
      grant.vestingStart === null &&
      grant.dayOfMonth === "start" &&
      grant.rounding !== "fractional" &&
      grantSerial >= FIRST_DIRECT_SERIAL;
    const plan = direct ? planFor(grant.schedule, grant.rounding) : null;
    const termination = grant.terminationDate === null ? null : isoToSerial(grant.terminationDate);
    if (plan !== null && shares <= plan.maxShares && withinCalendar(plan, grant.grantDate, grantSerial)) {
      addDirect(whole, calendar, plan, grant.grantDate, grantSerial, shares, termination);
      return;
    }
    if (grant.rounding !== "fractional") {
      // Any other whole-share grant: its rows in integers on Numbers (as VESTINGTABLE counts them).
      const rows = named(() => wholeShareRows(grant, input));
      if (rows !== null) {
        addRows(whole, boundaries, rows.serials, rows.cumulative);
        return;
      }
    }
    const table = named(() => grantTable(input));
    if (grant.rounding === "fractional") {
      const sums: Decimal[] = (fractional ??= boundaries.map(() => new Decimal(0)));
      boundaries.forEach((serial, b) => {
        const i = table.lastIndexOnOrBefore(serial);
        if (i >= 0) sums[b] = sums[b].plus(table.cumulativeAt(i));
      });
    } else {
      // No shares, or too many for exact products in a Number.
      boundaries.forEach((serial, b) => {
        whole[b] += table.vestedNumberOn(serial);
      });
      if (shares > Number.MAX_SAFE_INTEGER) exact = false;
    }
  });
  if (!exact || whole.some((sum) => sum > Number.MAX_SAFE_INTEGER)) {
    // A sum past 2^53 is not exact as a Number: add the grants again in Decimal.
    return decimalForecast(grants, boundaries, periods);
  }
  const totals = boundaries.map((_, b) => {
    const integer = new Decimal(whole[b]);
    return fractional === null ? integer : integer.plus(fractional[b]);
  });
  return periods.map((p, i) => ({
    start: p.start,
    end: p.end,
    shares: totals[i + 1].minus(totals[i]),
    cumulative: totals[i + 1],
  }));
}

/**
 * readGrant's grant, with the schedule looked up once per distinct schedule in the list (a grant
 * list repeats a few schedules, and a preset lookup costs more than the rest of the reading). The
 * rest is read with no schedule; where it fails, readGrant of the whole input gives the error it
 * gives first, so the errors are readGrant's own.
 */
function readListedGrant(input: GrantInput, schedules: Map<unknown, ScheduleSpec>): Grant {
  let grant: Grant;
  try {
    grant = readGrant({ ...input, schedule: null });
  } catch {
    return readGrant(input);
  }
  let schedule = schedules.get(input.schedule);
  if (schedule === undefined) schedules.set(input.schedule, (schedule = resolveSchedule(input.schedule)));
  grant.schedule = schedule;
  return grant;
}

/**
 * Boundaries as calendar parts, read once for all the grants: the month count (year·12 + month −
 * 1), the day, and the month's length. A serial before FIRST_DIRECT_SERIAL is never on or after
 * a direct grant's date, so its parts are never read.
 */
interface BoundaryCalendar {
  serials: readonly number[];
  monthIndex: Int32Array;
  day: Int32Array;
  monthDays: Int32Array;
}

function boundaryCalendar(serials: readonly number[]): BoundaryCalendar {
  const monthIndex = new Int32Array(serials.length);
  const day = new Int32Array(serials.length);
  const monthDays = new Int32Array(serials.length);
  serials.forEach((serial, b) => {
    if (serial < FIRST_DIRECT_SERIAL) return;
    const parts = splitIso(serialToIso(serial));
    monthIndex[b] = parts.year * 12 + parts.month - 1;
    day[b] = parts.day;
    monthDays[b] = daysInMonth(parts.year, parts.month);
  });
  return { serials, monthIndex, day, monthDays };
}

const LAST_MONTH_INDEX = 9999 * 12 + 11; // December 9999
const LAST_SERIAL = isoToSerial(LAST_EXCEL_DATE);

/**
 * Whether the grant's last vest falls on or before 9999-12-31; if not, the table refuses the grant
 * (and the forecast names it), which the direct count alone would not.
 */
function withinCalendar(plan: DirectPlan, grantDate: IsoDate, grantSerial: number): boolean {
  const last = plan.countByStep.length - 1;
  if (plan.unit === "days") return grantSerial + last <= LAST_SERIAL;
  const { year, month } = splitIso(grantDate);
  return year * 12 + month - 1 + last <= LAST_MONTH_INDEX;
}

/**
 * Adds to `sums` a grant's shares vested on each boundary, counted as vestedDirect counts them
 * (whole months by the `start` policy, or days, from the grant date) with the calendar parts of
 * the boundaries read once.
 */
function addDirect(
  sums: Float64Array,
  calendar: BoundaryCalendar,
  plan: DirectPlan,
  grantDate: IsoDate,
  grantSerial: number,
  shares: number,
  termination: number | null,
): void {
  const { serials, monthIndex, day, monthDays } = calendar;
  const { year, month, day: grantDay } = splitIso(grantDate);
  const grantMonth = year * 12 + month - 1;
  const last = plan.countByStep.length - 1;
  const days = plan.unit === "days";
  let count = -1;
  let vested = 0;
  for (let b = 0; b < serials.length; b++) {
    const serial = serials[b];
    if (serial < grantSerial) continue;
    if (termination !== null && serial > termination) {
      // Nothing vests after the termination: every later boundary holds what vested by then.
      const atTermination = vestedDirect(plan, grantSerial, shares, termination, null);
      for (; b < serials.length; b++) sums[b] += atTermination;
      return;
    }
    let elapsed: number;
    if (days) elapsed = serial - grantSerial;
    else {
      const anniversary = grantDay < monthDays[b] ? grantDay : monthDays[b];
      elapsed = monthIndex[b] - grantMonth - (day[b] < anniversary ? 1 : 0);
    }
    const now = plan.countByStep[elapsed < last ? elapsed : last];
    if (now !== count) {
      count = now;
      vested = cumulativeAfter(plan, shares, count);
    }
    sums[b] += vested;
  }
}

/** Adds to `sums` a grant's cumulative shares on each boundary, from its rows (ascending serials). */
function addRows(
  sums: Float64Array,
  boundaries: readonly number[],
  serials: readonly number[],
  cumulative: readonly number[],
): void {
  let row = 0;
  let vested = 0;
  for (let b = 0; b < boundaries.length; b++) {
    while (row < serials.length && serials[row] <= boundaries[b]) vested = cumulative[row++];
    sums[b] += vested;
  }
}

/**
 * The forecast from every grant's Decimal table, with no integer path: what vestingForecast must
 * equal (its tests hold the two together). Errors are the tables' own, without the grant's name.
 */
export function decimalVestingForecast(
  grants: readonly GrantInput[],
  from: IsoDate,
  to: IsoDate,
  period: ForecastPeriod = "month",
): ForecastRow[] {
  const first = requireDate(from, "fromDate");
  const periods = forecastPeriods(first, requireDate(to, "toDate"), period);
  const boundaries = [isoToSerial(first) - 1, ...periods.map((p) => isoToSerial(p.end))];
  return decimalForecast(grants, boundaries, periods);
}

/** The forecast in Decimal from every grant's table (exact for any share count). */
function decimalForecast(
  grants: readonly GrantInput[],
  boundaries: readonly number[],
  periods: readonly { start: IsoDate; end: IsoDate }[],
): ForecastRow[] {
  const totals = boundaries.map(() => new Decimal(0));
  for (const input of grants) {
    const table = grantTable(input);
    boundaries.forEach((serial, b) => {
      const i = table.lastIndexOnOrBefore(serial);
      if (i >= 0) totals[b] = totals[b].plus(table.cumulativeAt(i));
    });
  }
  return periods.map((p, i) => ({
    start: p.start,
    end: p.end,
    shares: totals[i + 1].minus(totals[i]),
    cumulative: totals[i + 1],
  }));
}
