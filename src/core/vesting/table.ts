// The vesting table of a grant: one row per vest date, memoized because a sheet asks for the same
// grant's figures over and over (VESTED in every row of a column of as-of dates).
import Decimal from "decimal.js";
import { DateError, IsoDate, addMonthsWithPolicy } from "../dates";
import { VestEvent, allocate } from "./allocation";
import { Grant, readGrant } from "./grant-input";
import { LruCache } from "./lru";
import { GrantInput, Tranche, VestingError } from "./types";

export interface GrantTable {
  grant: Grant;
  rows: readonly Tranche[];
  /** rows[i].date, kept apart so a binary search reads a flat array of strings. */
  dates: readonly IsoDate[];
  /** True when the termination date dropped tranches. */
  cutShort: boolean;
}

const HUNDRED = new Decimal(100);

function trancheDate(grant: Grant, month: number): IsoDate {
  const start = grant.vestingStart ?? grant.grantDate;
  let date: IsoDate;
  try {
    date = addMonthsWithPolicy(start, month, grant.dayOfMonth);
  } catch (error) {
    if (error instanceof DateError) {
      throw new VestingError(
        `the schedule runs past 9999-12-31 from a vesting start of ${start}`,
        "schedule",
        "num",
      );
    }
    throw error;
  }
  // Vesting that commenced before the grant catches up on the grant date.
  return date < grant.grantDate ? grant.grantDate : date;
}

/** Events dated and merged: one entry per distinct date, in date order. */
function datedShares(
  grant: Grant,
  events: VestEvent[],
): { date: IsoDate; shares: Decimal; last: VestEvent }[] {
  const merged: { date: IsoDate; shares: Decimal; last: VestEvent }[] = [];
  for (const event of events) {
    const date = trancheDate(grant, event.month);
    const previous = merged[merged.length - 1];
    if (previous && previous.date === date) {
      previous.shares = previous.shares.plus(event.shares);
      previous.last = event;
    } else {
      merged.push({ date, shares: event.shares, last: event });
    }
  }
  return merged;
}

function buildTable(grant: Grant): GrantTable {
  const total = grant.shares;
  const rows: Tranche[] = [];
  let cumulative = new Decimal(0);
  let cutShort = false;
  for (const { date, shares, last } of datedShares(grant, allocate(grant.schedule, total, grant.rounding))) {
    if (grant.terminationDate !== null && date > grant.terminationDate) {
      cutShort = true;
      break;
    }
    cumulative = cumulative.plus(shares);
    // With no shares, the percent is the schedule's own fraction.
    const percent = total.isZero()
      ? last.numerator.times(HUNDRED).div(last.denominator)
      : cumulative.times(HUNDRED).div(total);
    rows.push(
      Object.freeze({
        date,
        shares: new Decimal(shares),
        cumulative: new Decimal(cumulative),
        unvested: new Decimal(total.minus(cumulative)),
        percent: new Decimal(percent),
      }),
    );
  }
  return { grant, rows, dates: rows.map((row) => row.date), cutShort };
}

/** An input's spelling in a cache key: null and undefined as "~", anything else after "=". */
function keyPart(value: unknown): string {
  return value === null || value === undefined ? "~" : "=" + String(value);
}

/**
 * Every input that changes the table. No valid field contains "|", so two inputs that share a
 * key read the same (an invalid one is never cached).
 */
function cacheKey(input: GrantInput): string {
  return (
    keyPart(input.grantDate) +
    "|" +
    keyPart(input.shares) +
    "|" +
    keyPart(input.schedule) +
    "|" +
    keyPart(input.rounding) +
    "|" +
    keyPart(input.dayOfMonth) +
    "|" +
    keyPart(input.terminationDate) +
    "|" +
    keyPart(input.vestingStart)
  );
}

const tables = new LruCache<string, GrantTable>(512);

/** The last input asked for and its table: a column of VESTED calls repeats one grant many times. */
let lastInput: GrantInput | null = null;
let lastTable: GrantTable | null = null;

function sameShares(a: Decimal.Value, b: Decimal.Value): boolean {
  return a === b || (Decimal.isDecimal(a) && Decimal.isDecimal(b) && a.eq(b));
}

function sameInput(a: GrantInput, b: GrantInput): boolean {
  return (
    a.grantDate === b.grantDate &&
    sameShares(a.shares, b.shares) &&
    a.schedule === b.schedule &&
    a.rounding === b.rounding &&
    a.dayOfMonth === b.dayOfMonth &&
    a.terminationDate === b.terminationDate &&
    a.vestingStart === b.vestingStart
  );
}

/** The table of a grant, validated and computed once per distinct input. */
export function grantTable(input: GrantInput): GrantTable {
  if (lastTable !== null && lastInput !== null && sameInput(input, lastInput)) return lastTable;
  const key = cacheKey(input);
  let table = tables.get(key);
  if (table === undefined) {
    table = buildTable(readGrant(input));
    tables.set(key, table);
  }
  // A copy, so a caller that reuses and changes its input object cannot make this entry lie.
  lastInput = { ...input };
  lastTable = table;
  return table;
}

/**
 * One row per vest date, in date order (tranches on the same date merged; with a vesting start
 * before the grant, tranches dated before the grant date vest on it). With a termination date,
 * only rows dated on or before it; `unvested` still counts down from the whole grant. A
 * termination before the grant date leaves the table empty.
 */
export function vestingTable(input: GrantInput): Tranche[] {
  return grantTable(input).rows.slice();
}
