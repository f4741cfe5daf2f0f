// The vesting table of a grant: one row per vest date, memoized because a sheet asks for the same
// grant's figures over and over (VESTED in every row of a column of as-of dates).
import Decimal from "decimal.js";
import { DateError, IsoDate, addMonthsWithPolicy } from "../dates";
import { Allocation, VestEvent, allocate, fromUnits } from "./allocation";
import { Grant, readGrant } from "./grant-input";
import { RecentCache } from "./recent-cache";
import { GrantInput, Tranche, VestingError } from "./types";

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

interface DatedShares {
  date: IsoDate;
  shares: bigint;
  /** The last tranche merged into this date. */
  last: VestEvent;
}

/** Events dated and merged: one entry per distinct date, in date order. */
function datedShares(grant: Grant, events: VestEvent[]): DatedShares[] {
  const merged: DatedShares[] = [];
  for (const event of events) {
    const date = trancheDate(grant, event.month);
    const previous = merged[merged.length - 1];
    if (previous && previous.date === date) {
      previous.shares += event.shares;
      previous.last = event;
    } else {
      merged.push({ date, shares: event.shares, last: event });
    }
  }
  return merged;
}

/** Cumulative percent vested: of the shares, or for a grant of no shares, the schedule's own fraction. */
function percentVested({ totalUnits }: Allocation, cumulative: bigint, last: VestEvent): Decimal {
  return totalUnits === 0n
    ? new Decimal((last.numerator * 100n).toString()).div(last.denominator.toString())
    : new Decimal((cumulative * 100n).toString()).div(totalUnits.toString());
}

interface DatedSchedule {
  allocation: Allocation;
  /** The dated tranches that vest: those on or before the termination date. */
  kept: DatedShares[];
  /** Cumulative vested after each kept tranche, in units of the allocation. */
  cumulativeUnits: bigint[];
  cutShort: boolean;
}

function datedSchedule(grant: Grant): DatedSchedule {
  const allocation = allocate(grant.schedule, grant.shares, grant.rounding);
  const all = datedShares(grant, allocation.events);
  const termination = grant.terminationDate;
  const kept = termination === null ? all : all.filter(({ date }) => date <= termination);
  let sum = 0n;
  const cumulativeUnits = kept.map(({ shares }) => (sum += shares));
  return { allocation, kept, cumulativeUnits, cutShort: kept.length < all.length };
}

function tranches(grant: Grant): readonly Tranche[] {
  const { allocation, kept, cumulativeUnits } = datedSchedule(grant);
  const { scale, totalUnits } = allocation;
  return kept.map(({ date, shares, last }, i) =>
    Object.freeze({
      date,
      shares: fromUnits(shares, scale),
      cumulative: fromUnits(cumulativeUnits[i], scale),
      unvested: fromUnits(totalUnits - cumulativeUnits[i], scale),
      percent: percentVested(allocation, cumulativeUnits[i], last),
    }),
  );
}

/**
 * A grant's vesting, memoized. It keeps only what VESTED reads (the dates and cumulative vested
 * amounts); Decimals and full rows are made on first use, so a sheet of many different grants
 * does not fill memory with rows nobody reads.
 */
export class GrantTable {
  readonly dates: readonly IsoDate[];
  readonly cutShort: boolean;
  private readonly cumulativeUnits: readonly bigint[];
  private readonly scale: number;
  private readonly cumulativeDecimals: (Decimal | undefined)[] = [];
  private readonly cumulativeNumbers: (number | undefined)[] = [];
  private rowsMade: readonly Tranche[] | null = null;

  constructor(readonly grant: Grant) {
    const { allocation, kept, cumulativeUnits, cutShort } = datedSchedule(grant);
    this.dates = kept.map(({ date }) => date);
    this.cumulativeUnits = cumulativeUnits;
    this.scale = allocation.scale;
    this.cutShort = cutShort;
  }

  /** Cumulative shares vested on dates[index]. */
  cumulativeAt(index: number): Decimal {
    return (this.cumulativeDecimals[index] ??= fromUnits(this.cumulativeUnits[index], this.scale));
  }

  /** cumulativeAt(index) as a JavaScript number, kept so VESTED does not convert it on every call. */
  cumulativeNumberAt(index: number): number {
    return (this.cumulativeNumbers[index] ??= this.cumulativeAt(index).toNumber());
  }

  rows(): readonly Tranche[] {
    return (this.rowsMade ??= tranches(this.grant));
  }
}

/**
 * Every input that changes the table, as a cache path. Fields are compared as given (1000 and
 * "1000" are two entries for the same table), except that null and undefined are one, and a
 * Decimal, which Maps would compare by identity, is read as its text.
 */
function cachePath(input: GrantInput): unknown[] {
  const part = (value: unknown): unknown => (value === undefined ? null : value);
  return [
    part(input.grantDate),
    Decimal.isDecimal(input.shares) ? input.shares.toString() : part(input.shares),
    part(input.schedule),
    part(input.rounding),
    part(input.dayOfMonth),
    part(input.terminationDate),
    part(input.vestingStart),
  ];
}

const tables = new RecentCache<GrantTable>(512);

/** The table of a grant, validated and computed once per distinct input. */
export function grantTable(input: GrantInput): GrantTable {
  const path = cachePath(input);
  let table = tables.get(path);
  if (table === undefined) {
    table = new GrantTable(readGrant(input));
    tables.set(path, table);
  }
  return table;
}

/**
 * One row per vest date, in date order (tranches on the same date merged; with a vesting start
 * before the grant, tranches dated before the grant date vest on it). With a termination date,
 * only rows dated on or before it; `unvested` still counts down from the whole grant. A
 * termination before the grant date leaves the table empty.
 */
export function vestingTable(input: GrantInput): Tranche[] {
  return grantTable(input).rows().slice();
}
