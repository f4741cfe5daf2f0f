// Share allocation: how many shares each tranche of a schedule gets, under the Open Cap Table
// Format allocation types. Arithmetic is exact and in integers (BigInt): amounts are counted in
// units of 10^-scale shares, percentages are scaled to integers, and a tranche's cumulative
// fraction is kept as numerator/denominator, divided only after multiplying by the shares.
import Decimal from "decimal.js";
import { Leg, Offset, Rounding, ScheduleSegment, ScheduleSpec } from "./types";

/** Fractional allocations are carried to this many decimal places (a third of a share has no exact decimal). */
export const FRACTIONAL_DECIMAL_PLACES = 12;

/** One tranche of the schedule before dates are applied. */
export interface VestEvent {
  /** Where the tranche falls from the vesting start (before the cliff, which applies to dates). */
  offset: Offset;
  /** In units of 10^-scale shares. */
  shares: bigint;
  /** Vested after this tranche, in the same units. */
  cumulative: bigint;
  /** Cumulative fraction vested after this tranche: numerator / denominator. */
  numerator: bigint;
  denominator: bigint;
}

export interface Allocation {
  events: VestEvent[];
  /** Amounts are whole multiples of 10^-scale shares: 0 unless rounding is fractional. */
  scale: number;
  totalUnits: bigint;
}

/** `value` (with at most `scale` decimal places) in units of 10^-scale. */
export function toUnits(value: Decimal, scale: number): bigint {
  return BigInt(value.toFixed(scale).replace(".", ""));
}

/** The Decimal worth `units` units of 10^-scale. */
export function fromUnits(units: bigint, scale: number): Decimal {
  return new Decimal(scale === 0 ? units.toString() : `${units}e-${scale}`);
}

/** floor(a / b) for non-negative BigInts; BigInt division truncates, which is the same here. */
const floorDiv = (a: bigint, b: bigint): bigint => a / b;
/** round-half-up(a / b) = floor((2a + b) / 2b), for non-negative BigInts. */
const roundHalfUpDiv = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

/**
 * How installment i (1-based) of a segment of n gets its shares. A cumulative rule rounds the
 * grant times the cumulative fraction and takes the difference from what vested before; a
 * segment split shares out the segment's whole shares, `base` each plus the `remainder`.
 */
type Allocator =
  | { kind: "cumulative"; divide: (a: bigint, b: bigint) => bigint }
  | { kind: "split"; shares: (base: bigint, remainder: bigint, i: bigint, n: bigint) => bigint };

const ALLOCATORS: Readonly<Record<Rounding, Allocator>> = {
  "cumulative-round-down": { kind: "cumulative", divide: floorDiv },
  "cumulative-rounding": { kind: "cumulative", divide: roundHalfUpDiv },
  // Half-up at FRACTIONAL_DECIMAL_PLACES: the scale makes that the unit.
  fractional: { kind: "cumulative", divide: roundHalfUpDiv },
  "front-loaded": { kind: "split", shares: (base, remainder, i) => (i <= remainder ? base + 1n : base) },
  "back-loaded": { kind: "split", shares: (base, remainder, i, n) => (i > n - remainder ? base + 1n : base) },
  "front-loaded-single": {
    kind: "split",
    shares: (base, remainder, i) => (i === 1n ? base + remainder : base),
  },
  "back-loaded-single": {
    kind: "split",
    shares: (base, remainder, i, n) => (i === n ? base + remainder : base),
  },
};

/** `offset` and then `leg`, neighbouring legs of one unit joined. */
function extended(offset: Offset, leg: Leg): Offset {
  const last = offset[offset.length - 1];
  if (last !== undefined && last.unit === leg.unit) {
    return Object.freeze([
      ...offset.slice(0, -1),
      Object.freeze({ unit: leg.unit, length: last.length + leg.length }),
    ]);
  }
  return Object.freeze([...offset, Object.freeze(leg)]);
}

function installmentOffsets(segment: ScheduleSegment): Offset[] {
  if (segment.kind === "at") {
    return [
      segment.month === 0
        ? []
        : Object.freeze([Object.freeze({ unit: segment.unit, length: segment.month })]),
    ];
  }
  return Array.from({ length: segment.count }, (_, k) =>
    extended(segment.start, { unit: segment.unit, length: (k + 1) * segment.periodMonths }),
  );
}

/**
 * A run: installments of equal size that follow one another, however the schedule spells them
 * ("25% at 1 year, 25% at 2 years" or "50% annually over 2 years"). OCF's allocation type
 * applies to the whole schedule, so front/back-loading splits each run's whole shares.
 */
export interface Run {
  /** Index of the run's first installment in the plan. */
  first: number;
  count: bigint;
  /** Cumulative fraction before the run, and after it. */
  beforeNumerator: bigint;
  beforeDenominator: bigint;
  afterNumerator: bigint;
  afterDenominator: bigint;
}

/** The tranches of a schedule as fractions of the grant, which do not depend on the number of shares. */
export interface SchedulePlan {
  /** Where each installment falls. */
  offsets: Offset[];
  /** The cumulative fraction after installment i is numerators[i] / denominators[i]. */
  numerators: bigint[];
  denominators: bigint[];
  runs: Run[];
}

/** Plans by parsed schedule: a sheet of many grants shares a few schedules, and a spec is never changed. */
const plans = new WeakMap<ScheduleSpec, SchedulePlan>();

/** The installments of a schedule (in order, before the cliff) with their cumulative fractions and runs. */
export function planOf(spec: ScheduleSpec): SchedulePlan {
  const known = plans.get(spec);
  if (known !== undefined) return known;
  const percentScale = Math.max(0, ...spec.segments.map((segment) => segment.percent.decimalPlaces()));
  const hundred = toUnits(new Decimal(100), percentScale);
  const plan: SchedulePlan = { offsets: [], numerators: [], denominators: [], runs: [] };
  let percentBefore = 0n;
  // The size of the last installment, as percent / count, to compare with the next one's.
  let lastPercent = -1n;
  let lastCount = 1n;
  for (const segment of spec.segments) {
    const offsets = installmentOffsets(segment);
    const count = BigInt(offsets.length);
    const percent = toUnits(segment.percent, percentScale);
    const sameSize = percent * lastCount === lastPercent * count;
    offsets.forEach((offset, index) => {
      const at = plan.offsets.length;
      plan.offsets.push(offset);
      plan.numerators.push(percentBefore * count + percent * BigInt(index + 1));
      plan.denominators.push(hundred * count);
      const run = plan.runs[plan.runs.length - 1];
      if (run !== undefined && (index > 0 || sameSize)) {
        run.count += 1n;
      } else {
        plan.runs.push({
          first: at,
          count: 1n,
          beforeNumerator: at === 0 ? 0n : plan.numerators[at - 1],
          beforeDenominator: at === 0 ? 1n : plan.denominators[at - 1],
          afterNumerator: 0n,
          afterDenominator: 1n,
        });
      }
    });
    percentBefore += percent;
    lastPercent = percent;
    lastCount = count;
  }
  for (const run of plan.runs) {
    const last = run.first + Number(run.count) - 1;
    run.afterNumerator = plan.numerators[last];
    run.afterDenominator = plan.denominators[last];
  }
  plans.set(spec, plan);
  return plan;
}

/**
 * The tranches of `spec` for `total` shares, in schedule order. Their shares add up to exactly
 * `total`: the cumulative fraction after the last tranche is exactly 1, where every rule gives
 * the total itself.
 */
export function allocate(spec: ScheduleSpec, total: Decimal, rounding: Rounding): Allocation {
  const allocator = ALLOCATORS[rounding];
  const scale = rounding === "fractional" ? Math.max(FRACTIONAL_DECIMAL_PLACES, total.decimalPlaces()) : 0;
  const totalUnits = toUnits(total, scale);
  const { offsets, numerators, denominators, runs } = planOf(spec);
  const events: VestEvent[] = [];
  let vestedBefore = 0n;
  for (const run of runs) {
    const { first, count } = run;
    const runWhole =
      allocator.kind === "split"
        ? floorDiv(totalUnits * run.afterNumerator, run.afterDenominator) -
          floorDiv(totalUnits * run.beforeNumerator, run.beforeDenominator)
        : 0n;
    for (let i = 0; i < Number(count); i++) {
      const index = first + i;
      const numerator = numerators[index];
      const denominator = denominators[index];
      const shares =
        allocator.kind === "split"
          ? allocator.shares(runWhole / count, runWhole % count, BigInt(i + 1), count)
          : allocator.divide(totalUnits * numerator, denominator) - vestedBefore;
      vestedBefore += shares;
      events.push({ offset: offsets[index], shares, cumulative: vestedBefore, numerator, denominator });
    }
  }
  return { events, scale, totalUnits };
}
