// Tieout's Excel custom functions (namespace TIEOUT, set in manifest.xml). webpack's
// CustomFunctionsMetadataPlugin reads the JSDoc tags below to generate functions.json, so every
// function here is one Excel function; the work is done in the sibling modules and in src/core.
//
// Excel passes dates as serial numbers in the workbook's date system (1900, or 1904: see
// date-system.ts and the dateSystem argument), an omitted argument as null, a referenced empty
// cell as 0 (desktop) or null (web), and ranges as rows of cells. Parameters are typed as unions (metadata type "any") so Excel hands
// over the raw value and our coercion, not Excel's, decides what is wrong and says so. The
// metadata generator accepts only inline types: no aliases, no parenthesised unions in arrays.
import type Decimal from "decimal.js";
import { type DateSystem, isoToSerial, serialToIso } from "../core/dates";
import { type Grant, readGrant } from "../core/vesting/grant-input";
import { GrantTable, type WholeShareRows, makeGrantTable, wholeShareRows } from "../core/vesting/table";
import { isDateSerial, plainValue, to1900Serial, toDateSystem, toGrantInput, toSerial } from "./coercion";
import { withExcelErrors } from "./errors";
import { computeRollForward, computeRollForwardDifference } from "./rollforward";
import { FIRST_DIRECT_SERIAL, vestedDirect } from "../core/vesting/direct";
import { computeVestingForecast } from "./forecast";
import { directPlanFor, knownGrantTable, rememberGrantTable } from "./vested-tables";

/** The header row of VESTINGTABLE. */
export const VESTING_TABLE_HEADER = ["Vest date", "Shares", "Cumulative", "Unvested", "Percent vested"];

/**
 * Shares vested on a date under an option grant's vesting schedule. A tranche dated on the as-of
 * date counts; after the termination date nothing more vests.
 * @customfunction VESTED
 * @param grantDate The grant date: a date, or text YYYY-MM-DD.
 * @param shares Total shares granted: a whole number (any number when rounding is "fractional").
 * @param asOf The date to measure on: a date, or text YYYY-MM-DD.
 * @param [schedule] Schedule text such as "50% at 6 months, then 50% monthly over 24 months", or a preset name. Default: that schedule.
 * @param [terminationDate] Last day of service: nothing vests after it.
 * @param [rounding] How whole shares are allocated, e.g. "cumulative-round-down" (default), "front-loaded", "fractional".
 * @param [dateSystem] 1904 in a workbook that uses the 1904 date system (File > Options > Advanced, or an older Mac workbook); leave it out otherwise.
 * @returns Shares vested on the as-of date.
 */
export function vested(
  grantDate: number | string,
  shares: number | string,
  asOf: number | string,
  schedule?: string | null,
  terminationDate?: number | string | null,
  rounding?: string | null,
  dateSystem?: number | string | null,
): number {
  const system = toDateSystem(dateSystem, "VESTED");
  // A desktop blank is 0: the same table as omitted, and never a date.
  if (schedule === (0 as unknown)) schedule = null;
  if (terminationDate === 0) terminationDate = null;
  if (rounding === (0 as unknown)) rounding = null;
  if (system === 1904) {
    grantDate = to1900Serial(plainValue(grantDate, "grantDate"), "grantDate", 1904) as number | string;
    asOf = to1900Serial(plainValue(asOf, "asOf"), "asOf", 1904) as number | string;
    terminationDate = to1900Serial(
      plainValue(terminationDate, "terminationDate"),
      "terminationDate",
      1904,
    ) as number | string | null;
  }
  // A grant seen for the first time, as on a cap table: computed directly, no table (core/vesting/direct).
  if (
    typeof shares === "number" &&
    isDateSerial(grantDate) &&
    isDateSerial(asOf) &&
    (terminationDate === null || terminationDate === undefined || isDateSerial(terminationDate))
  ) {
    const plan = directPlanFor(schedule, rounding);
    if (
      plan !== false &&
      Number.isInteger(shares) &&
      shares >= 0 &&
      shares <= plan.maxShares &&
      grantDate >= FIRST_DIRECT_SERIAL
    ) {
      const termination =
        terminationDate === null || terminationDate === undefined ? null : Math.floor(terminationDate);
      return vestedDirect(plan, Math.floor(grantDate), shares, Math.floor(asOf), termination);
    }
  }
  const known = knownGrantTable(grantDate, shares, schedule, terminationDate, rounding);
  if (known !== undefined && isDateSerial(asOf)) return known.vestedNumberOn(asOf);
  // Anything else is read by the general rules, in argument order, so errors name the first bad argument.
  return withExcelErrors(() => {
    const input = toGrantInput(grantDate, shares, schedule, terminationDate, rounding);
    const asOfSerial = toSerial(asOf, "asOf");
    const table =
      known ??
      rememberGrantTable(grantDate, shares, schedule, terminationDate, rounding, makeGrantTable(input));
    return table.vestedNumberOn(asOfSerial);
  });
}

/**
 * The vesting table of a grant, spilled with a header row: vest date (a date serial: format the
 * column as a date), shares vesting, cumulative vested, unvested, and percent vested (a fraction
 * 0–1: format the column as a percentage).
 * @customfunction VESTINGTABLE
 * @param grantDate The grant date: a date, or text YYYY-MM-DD.
 * @param shares Total shares granted: a whole number (any number when rounding is "fractional").
 * @param [schedule] Schedule text or a preset name. Default: 50% at 6 months, then 50% monthly over 24 months.
 * @param [terminationDate] Last day of service: nothing vests after it.
 * @param [rounding] How whole shares are allocated, e.g. "cumulative-round-down" (default), "front-loaded", "fractional".
 * @param [dateSystem] 1904 in a workbook that uses the 1904 date system; leave it out otherwise.
 * @returns {any[][]} One row per vest date, under a header row.
 */
export function vestingTable(
  grantDate: number | string,
  shares: number | string,
  schedule?: string | null,
  terminationDate?: number | string | null,
  rounding?: string | null,
  dateSystem?: number | string | null,
): unknown[][] {
  const system = toDateSystem(dateSystem, "VESTINGTABLE");
  return withExcelErrors(() => {
    const input = toGrantInput(grantDate, shares, schedule, terminationDate, rounding, system);
    const grant = readGrant(input);
    // A grant of whole shares is counted in integers on Numbers (core/vesting/table), the same
    // figures as the Decimal rows (test/functions/vesting-table-fast.test.ts); the rest takes them.
    const whole = wholeShareRows(grant, input);
    return whole === null ? decimalTableRows(grant, system) : wholeTableRows(whole, system);
  });
}

function wholeTableRows({ serials, cumulative, total }: WholeShareRows, system: DateSystem): unknown[][] {
  const rows: unknown[][] = new Array<unknown[]>(serials.length + 1);
  rows[0] = VESTING_TABLE_HEADER;
  let before = 0;
  for (let i = 0; i < serials.length; i++) {
    const serial = system === 1900 ? serials[i] : isoToSerial(serialToIso(serials[i]), system);
    rows[i + 1] = [
      serial,
      cumulative[i] - before,
      cumulative[i],
      total - cumulative[i],
      cumulative[i] / total,
    ];
    before = cumulative[i];
  }
  return rows;
}

/** VESTINGTABLE from the Decimal rows: fractional rounding, no shares, or huge share counts. */
export function decimalTableRows(grant: Grant, system: DateSystem): unknown[][] {
  const number = (value: Decimal): number => value.toNumber();
  const rows = new GrantTable(grant)
    .rows()
    .map((tranche) => [
      isoToSerial(tranche.date, system),
      number(tranche.shares),
      number(tranche.cumulative),
      number(tranche.unvested),
      number(tranche.percent.div(100)),
    ]);
  return [VESTING_TABLE_HEADER, ...rows];
}

/**
 * Shares vesting per month, quarter or year across a grant list, spilled with a header row:
 * period start and end (date serials: format them as dates), shares vesting in the period, and
 * cumulative vested at its end (vesting before the first period included). Exact to the share.
 * @customfunction VESTINGFORECAST
 * @param grantDates The grants' dates: a column (or row) of dates or YYYY-MM-DD text.
 * @param shares Shares of each grant: a range as long as grantDates.
 * @param fromDate First day of the forecast.
 * @param toDate Last day of the forecast.
 * @param [period] "month" (default), "quarter" or "year": calendar periods, the first starting on fromDate.
 * @param [schedule] One schedule for every grant, or a range with each grant's own. Default: 50% at 6 months, then 50% monthly over 24 months.
 * @param [rounding] One rounding, or a range with each grant's own, e.g. "cumulative-round-down" (default), "front-loaded".
 * @param [dateSystem] 1904 in a workbook that uses the 1904 date system; leave it out otherwise.
 * @returns {any[][]} One row per period, under a header row.
 */
export function vestingForecast(
  grantDates: unknown[][],
  shares: unknown[][],
  fromDate: number | string,
  toDate: number | string,
  period?: string | null,
  schedule?: unknown[][],
  rounding?: unknown[][],
  dateSystem?: number | string | null,
): unknown[][] {
  return computeVestingForecast(grantDates, shares, fromDate, toDate, period, schedule, rounding, dateSystem);
}

/**
 * Roll-forward of a valuation account: begin + charged to costs and expenses + charged to other
 * accounts − deductions, exact to the cent. Takes single cells or equal-shaped ranges (one result
 * per row); a blank cell is 0; accounting text such as "(473)", "$ 1,466" or "—" is read.
 * @customfunction ROLLFORWARD
 * @param begin Balance at beginning of period.
 * @param charged Additions charged to costs and expenses.
 * @param other Additions charged to other accounts.
 * @param deductions Deductions, as printed (positive numbers are subtracted).
 * @returns {number[][]} The computed balance at end of period.
 */
export function rollForward(
  begin: unknown[][],
  charged: unknown[][],
  other: unknown[][],
  deductions: unknown[][],
): number[][] {
  return computeRollForward(begin, charged, other, deductions);
}

/**
 * How far a reported ending balance is from its roll-forward: reported − (begin + charged + other −
 * deductions), so a reported figure that is too high is positive (the sign `tieout check` uses).
 * 0 when it ties, or when the difference is within the tolerance.
 * @customfunction ROLLFORWARDDIFF
 * @param begin Balance at beginning of period.
 * @param charged Additions charged to costs and expenses.
 * @param other Additions charged to other accounts.
 * @param deductions Deductions, as printed (positive numbers are subtracted).
 * @param reportedEnd Balance at end of period as reported.
 * @param [tolerance] Largest difference still counted as tying, e.g. 1 for rounding in thousands. Default: 0 (exact).
 * @returns {number[][]} Reported minus computed ending balance, or 0 when it ties.
 */
export function rollForwardDiff(
  begin: unknown[][],
  charged: unknown[][],
  other: unknown[][],
  deductions: unknown[][],
  reportedEnd: unknown[][],
  tolerance?: number | string | null,
): number[][] {
  return computeRollForwardDifference(begin, charged, other, deductions, reportedEnd, tolerance);
}
