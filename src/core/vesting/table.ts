// The vesting table of a grant: one row per vest date, memoized because a sheet asks for the same
// grant's figures over and over (VESTED in every row of a column of as-of dates).
import Decimal from "decimal.js";
import { DateError, YearMonthDay, isoToSerial, serialOfParts, serialToIso, splitIso } from "../dates";
import { Allocation, VestEvent, allocate, fromUnits, planOf } from "./allocation";
import { Grant, readGrant } from "./grant-input";
import { offsetSerial } from "./offsets";
import { RecentCache } from "./recent-cache";
import { cumulativeAfter, fractionPlan } from "./direct";
import { GrantInput, NumericTranche, Offset, Tranche, VestingError } from "./types";

/** The Excel serial of `offset` after the grant's vesting start; a VestingError past 9999-12-31. */
function trancheSerial(grant: Grant, start: YearMonthDay, startSerial: number, offset: Offset): number {
  try {
    return offsetSerial(start, startSerial, offset, grant.dayOfMonth);
  } catch (error) {
    if (error instanceof DateError) {
      throw new VestingError(
        `the schedule runs past 9999-12-31 from a vesting start of ${grant.vestingStart ?? grant.grantDate}`,
        "schedule",
        "num",
      );
    }
    throw error;
  }
}

/**
 * Where a schedule's tranches fall from one vesting start: one entry per distinct date, in date
 * order, with the last tranche on that date. It does not depend on the shares, so the grants
 * made on one date under one schedule share it.
 */
interface DatedSchedule {
  /** Excel 1900 serials. */
  serials: number[];
  /** Index in the allocation's events (which are in schedule order, whatever the shares). */
  lastEvents: number[];
}

const datedSchedules = new RecentCache<DatedSchedule>(512);

function datedSchedule(grant: Grant, offsets: readonly Offset[]): DatedSchedule {
  const key = [grant.grantDate, grant.vestingStart, grant.schedule, grant.dayOfMonth];
  const known = datedSchedules.get(key);
  if (known !== undefined) return known;
  const start = splitIso(grant.vestingStart ?? grant.grantDate);
  const grantSerial = isoToSerial(grant.grantDate);
  const startSerial = serialOfParts(start);
  const dated: DatedSchedule = { serials: [], lastEvents: [] };
  const { serials, lastEvents } = dated;
  const { cliffMonth, cliffUnit } = grant.schedule;
  const cliffSerial =
    cliffMonth === null
      ? -Infinity
      : trancheSerial(
          grant,
          start,
          startSerial,
          cliffMonth === 0 ? [] : [{ unit: cliffUnit, length: cliffMonth }],
        );
  for (let index = 0; index < offsets.length; index++) {
    // Tranches dated before the cliff vest on it; vesting that commenced before the grant catches
    // up on the grant date.
    const serial = Math.max(
      trancheSerial(grant, start, startSerial, offsets[index]),
      cliffSerial,
      grantSerial,
    );
    // Offsets never decrease along a schedule, so neither do dates: equal ones are neighbours.
    if (serials.length > 0 && serials[serials.length - 1] === serial) {
      lastEvents[lastEvents.length - 1] = index;
    } else {
      serials.push(serial);
      lastEvents.push(index);
    }
  }
  if (cliffSerial > serials[serials.length - 1] && lastEvents.length > 0) {
    // Only a cliff in one unit after a schedule in the other gets here (the parser checks the rest).
    throw new VestingError(
      `the cliff (${cliffMonth} ${cliffUnit}) falls after the schedule's last vest from a vesting start of ${grant.vestingStart ?? grant.grantDate}`,
      "schedule",
    );
  }
  datedSchedules.set(key, dated);
  return dated;
}

/** How many of the ascending `serials` are on or before the day of `serial` (a time of day is ignored). */
function countOnOrBefore(serials: readonly number[], serial: number): number {
  let low = 0;
  let high = serials.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (serials[middle] <= serial) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The rows of a grant: its vest dates on or before the termination date, with the cumulative
 * amount vested on each (tranches on one date merged) and the last tranche merged into it.
 */
interface DatedRows {
  allocation: Allocation;
  /** Excel 1900 serials. */
  serials: readonly number[];
  /** In units of the allocation. */
  cumulativeUnits: bigint[];
  /** Index in allocation.events. */
  lastEvents: readonly number[];
  cutShort: boolean;
}

function datedRows(grant: Grant): DatedRows {
  const allocation = allocate(grant.schedule, grant.shares, grant.rounding);
  const { serials, lastEvents } = datedSchedule(grant, planOf(grant.schedule).offsets);
  const termination = grant.terminationDate;
  const count = termination === null ? serials.length : countOnOrBefore(serials, isoToSerial(termination));
  const cut = count < serials.length;
  return {
    allocation,
    serials: cut ? serials.slice(0, count) : serials,
    cumulativeUnits: lastEvents.slice(0, count).map((index) => allocation.events[index].cumulative),
    lastEvents,
    cutShort: cut,
  };
}

/** Cumulative percent vested: of the shares, or for a grant of no shares, the schedule's own fraction. */
function percentVested({ totalUnits }: Allocation, cumulative: bigint, last: VestEvent): Decimal {
  return totalUnits === 0n
    ? new Decimal((last.numerator * 100n).toString()).div(last.denominator.toString())
    : new Decimal((cumulative * 100n).toString()).div(totalUnits.toString());
}

function tranches(grant: Grant): readonly Tranche[] {
  const { allocation, serials, cumulativeUnits, lastEvents } = datedRows(grant);
  const { scale, totalUnits, events } = allocation;
  return serials.map((serial, i) =>
    Object.freeze({
      date: serialToIso(serial),
      shares: fromUnits(cumulativeUnits[i] - (i > 0 ? cumulativeUnits[i - 1] : 0n), scale),
      cumulative: fromUnits(cumulativeUnits[i], scale),
      unvested: fromUnits(totalUnits - cumulativeUnits[i], scale),
      percent: percentVested(allocation, cumulativeUnits[i], events[lastEvents[i]]),
    }),
  );
}

/**
 * A grant's vesting, memoized. It keeps only what VESTED reads (the vest dates as serials and
 * the cumulative vested amounts); Decimals and full rows are made on first use, so a sheet of
 * many different grants does not fill memory with rows nobody reads.
 */
export class GrantTable {
  /** The vest dates of the rows, as Excel 1900 serials, ascending. */
  readonly serials: readonly number[];
  readonly cutShort: boolean;
  private readonly cumulativeUnits: readonly bigint[];
  private readonly scale: number;
  private readonly cumulativeNumbers: (number | undefined)[] = [];
  private rowsMade: readonly Tranche[] | null = null;

  constructor(readonly grant: Grant) {
    const { allocation, serials, cumulativeUnits, cutShort } = datedRows(grant);
    this.serials = serials;
    this.cumulativeUnits = cumulativeUnits;
    this.scale = allocation.scale;
    this.cutShort = cutShort;
  }

  /** Index of the last row dated on or before `serial` (a time of day is ignored), or -1. */
  lastIndexOnOrBefore(serial: number): number {
    return countOnOrBefore(this.serials, serial) - 1;
  }

  /** Cumulative shares vested on the date of row `index`. */
  cumulativeAt(index: number): Decimal {
    return fromUnits(this.cumulativeUnits[index], this.scale);
  }

  /**
   * Shares vested on the day of `serial`, as a number: all VESTED needs once it has the table.
   * The number is kept, so a call makes no Decimal and converts nothing.
   */
  vestedNumberOn(serial: number): number {
    const index = this.lastIndexOnOrBefore(serial);
    if (index < 0) return 0;
    return (this.cumulativeNumbers[index] ??= unitsToNumber(this.cumulativeUnits[index], this.scale));
  }

  rows(): readonly Tranche[] {
    return (this.rowsMade ??= tranches(this.grant));
  }
}

/**
 * The number nearest to `units` × 10^-scale: the same number Decimal's toNumber gives (both
 * round the exact value to the nearest double), without making a Decimal.
 */
function unitsToNumber(units: bigint, scale: number): number {
  return scale === 0 ? Number(units) : Number(`${units}e-${scale}`);
}

/** The table of a grant, validated and computed, for callers that keep their own cache. */
export function makeGrantTable(input: GrantInput): GrantTable {
  return new GrantTable(readGrant(input));
}

/**
 * Every input that changes the table, as a cache path, the grant date and shares first (see
 * RecentCache). Fields are compared as given (1000 and "1000" are two entries for the same
 * table), except that null and undefined are one, and a Decimal, which Maps would compare by
 * identity, is read as its text. One array is reused: the cache keeps no reference to it.
 */
const path: unknown[] = [];
function cachePath(input: GrantInput): unknown[] {
  const part = (value: unknown): unknown => (value === undefined ? null : value);
  path[0] = part(input.grantDate);
  path[1] = Decimal.isDecimal(input.shares) ? input.shares.toString() : part(input.shares);
  path[2] = part(input.schedule);
  path[3] = part(input.rounding);
  path[4] = part(input.dayOfMonth);
  path[5] = part(input.terminationDate);
  path[6] = part(input.vestingStart);
  return path;
}

const tables = new RecentCache<GrantTable>(512);

/** The table of a grant, validated and computed once per distinct input. */
export function grantTable(input: GrantInput): GrantTable {
  const key = cachePath(input);
  let table = tables.get(key);
  if (table === undefined) {
    table = makeGrantTable(input);
    tables.set(key, table);
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

/**
 * Below this many shares, 100 × the shares is exact in a Number and a percent's division rounds
 * once, to the Number nearest the exact quotient, as Decimal's division (at the 40 digits
 * core/numbers sets) followed by toNumber does: a quotient with a denominator below 2^47 is never
 * a tie between two Numbers in 0–100, nor within 10^-39 of one.
 */
const NUMERIC_LIMIT = 2 ** 46;

/** A tranche in Numbers (exact for whole shares below NUMERIC_LIMIT), as the library and CLI give it. */
export function numericTranche(tranche: Tranche): NumericTranche {
  return {
    date: tranche.date,
    shares: tranche.shares.toNumber(),
    cumulative: tranche.cumulative.toNumber(),
    unvested: tranche.unvested.toNumber(),
    percent: tranche.percent.toNumber(),
  };
}

/**
 * vestingTable's rows in Numbers, for callers that show Numbers anyway (the library, a sheet).
 * A grant of whole shares is counted in integers on Numbers (see direct.ts), with no Decimal and
 * no cache: a cap table's grants are nearly all distinct. Fractional rounding, a grant of no
 * shares (whose percent is the schedule's own), and share counts too large for exact products in
 * a Number take the Decimal rows.
 */
export function vestingTableNumbers(input: GrantInput): NumericTranche[] {
  const grant = readGrant(input);
  const whole = wholeShareRows(grant, input);
  if (whole === null) return tranches(grant).map(numericTranche);
  const { serials, cumulative, total } = whole;
  const rows: NumericTranche[] = [];
  let before = 0;
  for (let i = 0; i < serials.length; i++) {
    rows.push({
      date: serialToIso(serials[i]),
      shares: cumulative[i] - before,
      cumulative: cumulative[i],
      unvested: total - cumulative[i],
      percent: (cumulative[i] * 100) / total,
    });
    before = cumulative[i];
  }
  return rows;
}

/** A grant's rows counted in integers on Numbers: vest dates (Excel 1900 serials) and cumulative shares. */
export interface WholeShareRows {
  serials: readonly number[];
  cumulative: number[];
  /** The shares granted. */
  total: number;
}

/**
 * The rows of a grant of whole shares in integers on Numbers (see vestingTableNumbers), or null
 * where they take the Decimal rows: fractional rounding, a grant of no shares, and share counts
 * too large for exact products in a Number. `input` is the grant's input, for its share count.
 */
export function wholeShareRows(grant: Grant, input: GrantInput): WholeShareRows | null {
  const plan = fractionPlan(grant.schedule, grant.rounding);
  const total = typeof input.shares === "number" ? input.shares : grant.shares.toNumber();
  if (plan === null || total === 0 || !(total <= plan.maxShares && total < NUMERIC_LIMIT)) return null;
  const { serials, lastEvents } = datedSchedule(grant, planOf(grant.schedule).offsets);
  const termination = grant.terminationDate;
  const count = termination === null ? serials.length : countOnOrBefore(serials, isoToSerial(termination));
  const cumulative = new Array<number>(count);
  for (let i = 0; i < count; i++) cumulative[i] = cumulativeAfter(plan, total, lastEvents[i] + 1);
  return { serials: count < serials.length ? serials.slice(0, count) : serials, cumulative, total };
}
