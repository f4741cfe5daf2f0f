// Shares vesting per month, quarter or year across a grant list, for dilution and expense
// forecasts. Exact: whole shares are summed as integers (Numbers below 2^53, else the sum is
// redone in Decimal), fractional grants in Decimal.
import Decimal from "decimal.js";
import { IsoDate, daysInMonth, formatIso, isoToSerial, serialToIso, splitIso } from "../dates";
import { DirectPlan, FIRST_DIRECT_SERIAL, directPlan, vestedDirect } from "./direct";
import { readGrant, requireDate } from "./grant-input";
import { grantTable } from "./table";
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
  grants.forEach((input, index) => {
    // An empty schedule is a row that states none (a grant list's blank Schedule cell): refused by
    // name rather than forecast on the default, which only an omitted schedule (null) means.
    if (typeof input.schedule === "string" && input.schedule.trim() === "") {
      throw new VestingError(
        `${labels?.[index] ?? `grant ${index + 1}`} has no schedule: fill it in or leave the grant out (only an omitted schedule means the default)`,
        "schedule",
      );
    }
    let grant;
    try {
      grant = readGrant(input);
    } catch (error) {
      if (error instanceof VestingError)
        throw new VestingError(
          `${labels?.[index] ?? `grant ${index + 1}`}: ${error.message}`,
          error.argument,
          error.kind,
        );
      throw error;
    }
    const grantSerial = isoToSerial(grant.grantDate);
    const shares = grant.shares.toNumber();
    const direct =
      grant.vestingStart === null &&
      grant.dayOfMonth === "start" &&
      grant.rounding !== "fractional" &&
      grantSerial >= FIRST_DIRECT_SERIAL;
    const plan = direct ? planFor(grant.schedule, grant.rounding) : null;
    const termination = grant.terminationDate === null ? null : isoToSerial(grant.terminationDate);
    if (plan !== null && shares <= plan.maxShares) {
      for (let b = 0; b < boundaries.length; b++) {
        whole[b] += vestedDirect(plan, grantSerial, shares, boundaries[b], termination);
      }
      return;
    }
    let table;
    try {
      table = grantTable(input);
    } catch (error) {
      if (error instanceof VestingError)
        throw new VestingError(
          `${labels?.[index] ?? `grant ${index + 1}`}: ${error.message}`,
          error.argument,
          error.kind,
        );
      throw error;
    }
    if (grant.rounding === "fractional") {
      const sums: Decimal[] = (fractional ??= boundaries.map(() => new Decimal(0)));
      boundaries.forEach((serial, b) => {
        const i = table.lastIndexOnOrBefore(serial);
        if (i >= 0) sums[b] = sums[b].plus(table.cumulativeAt(i));
      });
    } else {
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

function decimalForecast(
  grants: readonly GrantInput[],
  boundaries: number[],
  periods: { start: IsoDate; end: IsoDate }[],
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
