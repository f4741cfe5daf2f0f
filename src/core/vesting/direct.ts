// Vested shares on a date without building the grant's table: the count of installments on or
// before the date follows from the whole months (or days) elapsed, and the cumulative vested
// shares from the installment's fraction of the grant, in integer arithmetic on Numbers. For
// the schedules VESTED meets on a cap table (each row its own grant date and share count), this
// is what makes a call cost about as much as the arithmetic itself.
//
// It covers the vesting start on the grant date, the `start` day-of-month policy, schedules in
// months only or days only, and every allocation type but fractional; callers fall back to the
// table for anything else, and where a product could leave the range Numbers hold exactly.
// The fractions alone (FractionPlan) serve any schedule: vestingTable's rows in Numbers use them.
import { Rounding, ScheduleSpec } from "./types";
import { planOf } from "./allocation";

/**
 * The cumulative fractions and run shapes of one schedule under one allocation type, as Numbers:
 * enough to give the shares vested after any number of installments without BigInt or Decimal.
 */
export interface FractionPlan {
  /** Per installment (1-based: index 0 is "none"), the cumulative fraction in lowest terms. */
  numerators: Float64Array;
  denominators: Float64Array;
  /** Per installment: its run's index, and its place in that run (1-based). */
  runOf: Int32Array;
  placeInRun: Int32Array;
  /** Per run: its count and the fractions before and after it. */
  runCount: Float64Array;
  runBeforeNumerator: Float64Array;
  runBeforeDenominator: Float64Array;
  runAfterNumerator: Float64Array;
  runAfterDenominator: Float64Array;
  kind: Rounding;
  /** Grants up to this many shares keep every product below 2^53. */
  maxShares: number;
}

/** A FractionPlan with the installment counts by whole months (days) elapsed, for VESTED. */
export interface DirectPlan extends FractionPlan {
  unit: "months" | "days";
  /** Installments on or before each whole month (day) elapsed, 0 … last; the cliff applied. */
  countByStep: Int32Array;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

function reduced(numerator: bigint, denominator: bigint): [number, number] {
  const divisor = numerator === 0n ? denominator : gcd(numerator, denominator);
  return [Number(numerator / divisor), Number(denominator / divisor)];
}

/** Fraction plans by schedule (parsed specs are memoized and frozen, so one spec is one schedule). */
const fractionPlans = new WeakMap<ScheduleSpec, Map<Rounding, FractionPlan | null>>();

/** The fraction plan, or null for fractional rounding (whose amounts are not whole shares). */
export function fractionPlan(spec: ScheduleSpec, rounding: Rounding): FractionPlan | null {
  let byRounding = fractionPlans.get(spec);
  if (byRounding === undefined) fractionPlans.set(spec, (byRounding = new Map()));
  let plan = byRounding.get(rounding);
  if (plan === undefined) byRounding.set(rounding, (plan = makeFractionPlan(spec, rounding)));
  return plan;
}

function makeFractionPlan(spec: ScheduleSpec, rounding: Rounding): FractionPlan | null {
  if (rounding === "fractional") return null;
  const plan = planOf(spec);
  const n = plan.offsets.length;
  const numerators = new Float64Array(n + 1);
  const denominators = new Float64Array(n + 1).fill(1);
  let largest = 1;
  for (let i = 0; i < n; i++) {
    [numerators[i + 1], denominators[i + 1]] = reduced(plan.numerators[i], plan.denominators[i]);
    largest = Math.max(largest, numerators[i + 1], denominators[i + 1]);
  }
  const runs = plan.runs;
  const runOf = new Int32Array(n + 1);
  const placeInRun = new Int32Array(n + 1);
  const runCount = new Float64Array(runs.length);
  const runBeforeNumerator = new Float64Array(runs.length);
  const runBeforeDenominator = new Float64Array(runs.length);
  const runAfterNumerator = new Float64Array(runs.length);
  const runAfterDenominator = new Float64Array(runs.length);
  runs.forEach((run, r) => {
    runCount[r] = Number(run.count);
    [runBeforeNumerator[r], runBeforeDenominator[r]] = reduced(run.beforeNumerator, run.beforeDenominator);
    [runAfterNumerator[r], runAfterDenominator[r]] = reduced(run.afterNumerator, run.afterDenominator);
    largest = Math.max(largest, runBeforeDenominator[r], runAfterDenominator[r]);
    for (let j = 0; j < runCount[r]; j++) {
      runOf[run.first + j + 1] = r;
      placeInRun[run.first + j + 1] = j + 1;
    }
  });
  // 2·shares·numerator + denominator must stay below 2^53 (round-half-up is the largest product).
  const maxShares = Math.floor((Number.MAX_SAFE_INTEGER - largest) / (2 * largest));
  return {
    numerators,
    denominators,
    runOf,
    placeInRun,
    runCount,
    runBeforeNumerator,
    runBeforeDenominator,
    runAfterNumerator,
    runAfterDenominator,
    kind: rounding,
    maxShares,
  };
}

/** The plan, or null for a schedule or allocation type this path does not cover. */
export function directPlan(spec: ScheduleSpec, rounding: Rounding): DirectPlan | null {
  const fractions = fractionPlan(spec, rounding);
  if (fractions === null) return null;
  const plan = planOf(spec);
  const units = new Set(plan.offsets.flatMap((offset) => offset.map((leg) => leg.unit)));
  if (spec.cliffMonth !== null && spec.cliffMonth > 0) units.add(spec.cliffUnit);
  if (units.size > 1) return null;
  const unit = units.has("days") ? "days" : "months";
  const steps = plan.offsets.map((offset) => (offset.length === 0 ? 0 : offset[0].length));
  const cliff = spec.cliffMonth ?? 0;
  const effective = steps.map((step) => Math.max(step, cliff));
  const last = Math.max(0, ...effective);
  const countByStep = new Int32Array(last + 1);
  for (const step of effective) countByStep[step]++;
  for (let step = 1; step <= last; step++) countByStep[step] += countByStep[step - 1];
  return { ...fractions, unit, countByStep };
}

/** floor(a / b) for non-negative integers a, b below 2^53, exactly. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  // The quotient of two exact doubles can round up to the next integer; step back if it did.
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}

/** Shares vested after the first `count` installments of a grant of `shares` (≤ plan.maxShares). */
export function cumulativeAfter(plan: FractionPlan, shares: number, count: number): number {
  if (count === 0) return 0;
  switch (plan.kind) {
    case "cumulative-round-down":
      return floorDiv(shares * plan.numerators[count], plan.denominators[count]);
    case "cumulative-rounding": {
      const d = plan.denominators[count];
      return floorDiv(2 * shares * plan.numerators[count] + d, 2 * d);
    }
    default: {
      const r = plan.runOf[count];
      const j = plan.placeInRun[count];
      const n = plan.runCount[r];
      const before = floorDiv(shares * plan.runBeforeNumerator[r], plan.runBeforeDenominator[r]);
      const whole = floorDiv(shares * plan.runAfterNumerator[r], plan.runAfterDenominator[r]) - before;
      const base = Math.floor(whole / n);
      const remainder = whole - base * n;
      let extra: number;
      if (plan.kind === "front-loaded") extra = Math.min(j, remainder);
      else if (plan.kind === "back-loaded") extra = Math.max(0, j - (n - remainder));
      else if (plan.kind === "front-loaded-single") extra = remainder;
      else extra = j === n ? remainder : 0;
      return before + base * j + extra;
    }
  }
}

const FIRST_PLAIN_SERIAL = 61; // 1900-03-01: from here on a serial counts days from 1899-12-30
const DAYS_TO_1970 = 25569; // serial of 1970-01-01

/** Year, month (1–12) and day of a whole 1900-system serial from 61 on, packed as y·512 + m·32 + d. */
function packedDate(serial: number): number {
  // H. Hinnant's civil_from_days, on days since 1970-01-01.
  const z = serial - DAYS_TO_1970 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 512 + month * 32 + day;
}

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : 30 + ((month + (month >> 3)) & 1);

/**
 * Whole months from the grant to `asOf` under the `start` policy: the number of month
 * anniversaries (clamped to month ends) on or before `asOf`. Both serials are whole and ≥ 61.
 */
export function monthsElapsed(grantSerial: number, asOfSerial: number): number {
  const g = packedDate(grantSerial);
  const a = packedDate(asOfSerial);
  const gy = g >> 9;
  const gm = (g >> 5) & 15;
  const gd = g & 31;
  const ay = a >> 9;
  const am = (a >> 5) & 15;
  const ad = a & 31;
  const months = (ay - gy) * 12 + (am - gm);
  const anniversary = Math.min(gd, daysInMonth(ay, am));
  return ad < anniversary ? months - 1 : months;
}

/**
 * Shares vested on `asOfSerial` of a grant made on `grantSerial` (vesting from that day, the
 * `start` policy), stopped after `terminationSerial` (or null). Serials must be whole and ≥ 61,
 * and `shares` a whole number from 0 to plan.maxShares.
 */
export function vestedDirect(
  plan: DirectPlan,
  grantSerial: number,
  shares: number,
  asOfSerial: number,
  terminationSerial: number | null,
): number {
  const on = terminationSerial !== null && terminationSerial < asOfSerial ? terminationSerial : asOfSerial;
  if (on < grantSerial) return 0;
  const elapsed = plan.unit === "days" ? on - grantSerial : monthsElapsed(grantSerial, on);
  const last = plan.countByStep.length - 1;
  const count = plan.countByStep[elapsed < last ? elapsed : last];
  return cumulativeAfter(plan, shares, count);
}

export const FIRST_DIRECT_SERIAL = FIRST_PLAIN_SERIAL;
