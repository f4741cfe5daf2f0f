// Vested shares on a date, read from the memoized table by binary search.
import Decimal from "decimal.js";
import { IsoDate, isoToSerial } from "../dates";
import { requireDate } from "./grant-input";
import { grantTable } from "./table";
import { GrantInput, VestingSummary } from "./types";

const ZERO = new Decimal(0);

/** The serial of an as-of date, or a VestingError naming `asOf`. */
const asOfSerial = (asOf: IsoDate): number => isoToSerial(requireDate(asOf, "asOf"));

/** Shares vested on `asOf` (a tranche dated on `asOf` counts); 0 before the first vest date. */
export function vestedAsOf(input: GrantInput, asOf: IsoDate): Decimal {
  const table = grantTable(input);
  const index = table.lastIndexOnOrBefore(asOfSerial(asOf));
  return index < 0 ? ZERO : table.cumulativeAt(index);
}

/**
 * vestedAsOf(input, asOf).toNumber(), for callers that need a number: the number is kept with the
 * table, so a call makes no Decimal and converts nothing.
 */
export function vestedAsOfNumber(input: GrantInput, asOf: IsoDate): number {
  const table = grantTable(input);
  return table.vestedNumberOn(asOfSerial(asOf));
}

/** Vested, unvested and percent on `asOf`, the next vest after it, and when the grant is fully vested. */
export function vestingSummary(input: GrantInput, asOf: IsoDate): VestingSummary {
  const table = grantTable(input);
  const { grant, cutShort } = table;
  const rows = table.rows();
  const date = requireDate(asOf, "asOf");
  const index = table.lastIndexOnOrBefore(isoToSerial(date));
  const current = index < 0 ? null : rows[index];
  const next = rows[index + 1] ?? null;
  const vested = current ? current.cumulative : ZERO;
  return {
    asOf: date,
    vested,
    unvested: current ? current.unvested : grant.shares,
    percent: current ? current.percent : ZERO,
    nextVestDate: next ? next.date : null,
    nextVestShares: next ? next.shares : null,
    // Cumulative equals the grant on every row of a zero-share grant, so the percent decides.
    fullyVestedDate: rows.find((row) => row.cumulative.eq(grant.shares) && row.percent.eq(100))?.date ?? null,
    terminated: cutShort,
  };
}
