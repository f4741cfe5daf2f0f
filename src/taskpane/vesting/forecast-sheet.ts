// The forecast of a selected grant list: computed by the core (the same vestingForecast as
// VESTINGFORECAST and `tieout forecast`), and laid out as a new sheet with what it was computed
// from on top and a column chart of the shares vesting per period.
import Decimal from "decimal.js";
import { isoToSerial, splitIso } from "../../core/dates";
import { type ForecastPeriod, type ForecastRow, vestingForecast } from "../../core/vesting/forecast";
import { type IsoDate, VestingError } from "../../core/vesting/types";
import { DATE_FORMAT, type PlanCell, type SheetPlan } from "../../core/workbook";
import type { ListDefaults, SelectedGrants } from "./forecast-grants";
import { dayOfMonthLabel, roundingLabel } from "./grant-form";

export interface ForecastRequest {
  from: IsoDate;
  to: IsoDate;
  period: ForecastPeriod;
}

export interface ForecastResult extends ForecastRequest {
  rows: ForecastRow[];
  grantCount: number;
  /** The selection the grants were read from. */
  address: string;
  /** Shares vested before the first period (the first cumulative less its period's shares). */
  vestedBefore: Decimal;
  /** Where each grant's schedule, rounding and day of month came from, in words. */
  scheduleWords: string;
  roundingWords: string;
  dayOfMonthWords: string;
}

export const PERIOD_WORDS: Readonly<Record<ForecastPeriod, { label: string; adverb: string }>> = {
  month: { label: "Month", adverb: "monthly" },
  quarter: { label: "Quarter", adverb: "quarterly" },
  year: { label: "Year", adverb: "yearly" },
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The calendar period a forecast row falls in: `Jan 2024`, `Q1 2024`, `2024`. */
export function periodLabel(start: IsoDate, period: ForecastPeriod): string {
  const { year, month } = splitIso(start);
  if (period === "year") return String(year);
  if (period === "quarter") return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  return `${MONTHS[month - 1]} ${year}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function columnWords(has: boolean, column: string, fallback: string): string {
  return has ? `Each grant's own (the list's ${column} column; blank cells: ${fallback})` : fallback;
}

/** The forecast, or an Error in the user's words naming the grant's row. */
export function computeForecast(
  selected: SelectedGrants,
  request: ForecastRequest,
  defaults: ListDefaults,
): ForecastResult {
  let rows: ForecastRow[];
  try {
    rows = vestingForecast(selected.grants, request.from, request.to, request.period, selected.labels);
  } catch (error) {
    if (error instanceof VestingError) throw new Error(`${capitalised(error.message)}.`);
    throw error;
  }
  const first = rows[0];
  return {
    ...request,
    rows,
    grantCount: selected.grants.length,
    address: selected.address,
    vestedBefore: first ? first.cumulative.minus(first.shares) : new Decimal(0),
    scheduleWords: selected.has.schedule
      ? "Each grant's own (the list's Schedule column)"
      : `${defaults.scheduleWords}, for every grant (the list has no Schedule column)`,
    roundingWords: columnWords(selected.has.rounding, "Rounding", roundingLabel(defaults.rounding)),
    dayOfMonthWords: columnWords(
      selected.has.dayOfMonth,
      "Day of month",
      dayOfMonthLabel(defaults.dayOfMonth),
    ),
  };
}

const WHOLE = "#,##0";
const FRACTIONAL = "#,##0.####";
const HEADER = ["Period", "Period start", "Period end", "Shares vesting", "Cumulative vested"];
const SHARES_COL = 3;

/** The forecast as a sheet: its inputs in words, then one row per period, and a column chart. */
export function forecastSheetPlan(result: ForecastResult): SheetPlan {
  const fractional =
    !result.vestedBefore.isInteger() ||
    result.rows.some((r) => !r.shares.isInteger() || !r.cumulative.isInteger());
  const shares = fractional ? FRACTIONAL : WHOLE;
  const inputs: { label: string; value: PlanCell; format?: string }[] = [
    { label: "Grants", value: `${result.grantCount} from ${result.address}` },
    { label: "From", value: isoToSerial(result.from), format: DATE_FORMAT },
    { label: "To", value: isoToSerial(result.to), format: DATE_FORMAT },
    { label: "Period", value: PERIOD_WORDS[result.period].label },
    { label: "Schedule", value: result.scheduleWords },
    { label: "Rounding", value: result.roundingWords },
    { label: "Day of month", value: result.dayOfMonthWords },
    { label: "Vested before the first period", value: result.vestedBefore.toNumber(), format: shares },
  ];
  const top = 1;
  const headerRow = top + inputs.length + 1;
  const rows: PlanCell[][] = [
    ["Vesting forecast"],
    ...inputs.map((i) => [i.label, i.value]),
    [],
    HEADER,
    ...result.rows.map((r) => [
      periodLabel(r.start, result.period),
      isoToSerial(r.start),
      isoToSerial(r.end),
      r.shares.toNumber(),
      r.cumulative.toNumber(),
    ]),
  ];
  return {
    name: "Vesting forecast",
    rows,
    columnFormats: [null, DATE_FORMAT, DATE_FORMAT, shares, shares],
    cellFormats: inputs.flatMap((i, k) => (i.format ? [{ row: top + k, col: 1, format: i.format }] : [])),
    boldRows: [0, headerRow],
    headerRow,
    dateColumns: [1, 2],
    columnWidths: [30, 14, 14, 16, 18],
    ...(result.rows.length > 0 && {
      chart: {
        type: "columnClustered" as const,
        title: `Shares vesting per ${result.period}`,
        categoryColumn: 0,
        seriesColumns: [SHARES_COL],
        firstRow: headerRow + 1,
        lastRow: headerRow + result.rows.length,
      },
    }),
  };
}
