// Share allocation: how many whole shares each tranche of a schedule gets, under the Open Cap
// Table Format allocation types. Arithmetic is exact: a tranche's cumulative fraction is kept as
// numerator/denominator and divided only once, after multiplying by the shares.
import Decimal from "decimal.js";
import { Rounding, ScheduleSegment, ScheduleSpec } from "./types";

/** Enough digits that products of shares and percentages never round. */
export const Exact = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP });

/** Fractional allocations are carried to this many decimal places (a third of a share has no exact decimal). */
export const FRACTIONAL_DECIMAL_PLACES = 12;

/** One tranche of the schedule before dates are applied. */
export interface VestEvent {
  /** Months after the vesting start, the cliff already applied. */
  month: number;
  shares: Decimal;
  /** Cumulative fraction vested after this tranche: numerator / denominator. */
  numerator: Decimal;
  denominator: Decimal;
}

/**
 * How the shares of installment i (1-based) of a segment are found. A cumulative rule rounds the
 * grant times the cumulative fraction and takes the difference from what vested before; a
 * segment split shares out the segment's whole shares (base each, plus a remainder).
 */
type Allocator =
  | { kind: "cumulative"; vested: (total: Decimal, numerator: Decimal, denominator: Decimal) => Decimal }
  | { kind: "split"; shares: (base: Decimal, remainder: number, i: number, n: number) => Decimal };

const ALLOCATORS: Readonly<Record<Rounding, Allocator>> = {
  // divToInt truncates, which is floor for the non-negative values here.
  "cumulative-round-down": {
    kind: "cumulative",
    vested: (total, numerator, denominator) => total.times(numerator).divToInt(denominator),
  },
  // floor(x + 1/2), written over the common denominator 2·d.
  "cumulative-rounding": {
    kind: "cumulative",
    vested: (total, numerator, denominator) =>
      total.times(numerator).times(2).plus(denominator).divToInt(denominator.times(2)),
  },
  fractional: {
    kind: "cumulative",
    vested: (total, numerator, denominator) =>
      total.times(numerator).div(denominator).toDecimalPlaces(FRACTIONAL_DECIMAL_PLACES),
  },
  "front-loaded": { kind: "split", shares: (base, remainder, i) => (i <= remainder ? base.plus(1) : base) },
  "back-loaded": {
    kind: "split",
    shares: (base, remainder, i, n) => (i > n - remainder ? base.plus(1) : base),
  },
  "front-loaded-single": {
    kind: "split",
    shares: (base, remainder, i) => (i === 1 ? base.plus(remainder) : base),
  },
  "back-loaded-single": {
    kind: "split",
    shares: (base, remainder, i, n) => (i === n ? base.plus(remainder) : base),
  },
};

function installmentMonths(segment: ScheduleSegment): number[] {
  if (segment.kind === "at") return [segment.month];
  return Array.from({ length: segment.count }, (_, k) => segment.startMonth + (k + 1) * segment.periodMonths);
}

/**
 * The tranches of `spec` for `total` shares, in schedule order. Their shares add up to exactly
 * `total`: the cumulative fraction after the last tranche is exactly 1.
 */
export function allocate(spec: ScheduleSpec, total: Decimal, rounding: Rounding): VestEvent[] {
  const exactTotal = new Exact(total);
  const allocator = ALLOCATORS[rounding];
  const floorOfPercent = (percent: Decimal): Decimal => exactTotal.times(percent).divToInt(100);
  const events: VestEvent[] = [];
  let percentBefore = new Exact(0);
  let vestedBefore = new Exact(0);
  for (const segment of spec.segments) {
    const months = installmentMonths(segment);
    const n = months.length;
    const denominator = new Exact(100 * n);
    const percentAfter = percentBefore.plus(segment.percent);
    const segmentWhole = floorOfPercent(percentAfter).minus(floorOfPercent(percentBefore));
    const base = segmentWhole.divToInt(n);
    const remainder = segmentWhole.minus(base.times(n)).toNumber();
    months.forEach((month, index) => {
      const i = index + 1;
      const numerator = percentBefore.times(n).plus(new Exact(segment.percent).times(i));
      let shares: Decimal;
      if (allocator.kind === "split") {
        shares = allocator.shares(base, remainder, i, n);
      } else {
        // At 100% the grant itself, so a fractional grant is never cut to FRACTIONAL_DECIMAL_PLACES.
        const vested = numerator.eq(denominator)
          ? exactTotal
          : allocator.vested(exactTotal, numerator, denominator);
        shares = vested.minus(vestedBefore);
      }
      vestedBefore = vestedBefore.plus(shares);
      const cliffed = spec.cliffMonth !== null && month < spec.cliffMonth ? spec.cliffMonth : month;
      events.push({ month: cliffed, shares, numerator, denominator });
    });
    percentBefore = percentAfter;
  }
  return events;
}
