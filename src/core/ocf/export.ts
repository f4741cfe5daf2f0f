// A Tieout schedule as OCF VestingTerms: a start condition, then one relative condition per
// segment, each relative to the one before (OCF's triggers chain; ours count from where the
// previous segment ended, which is the same point). A cliff becomes `cliff_installment`.
import Decimal from "decimal.js";
import { parseDayOfMonth, parseRounding, resolveSchedule } from "../vesting";
import type {
  DayOfMonth,
  Offset,
  PeriodUnit,
  Rounding,
  ScheduleSegment,
  ScheduleSpec,
} from "../vesting/types";
import {
  OCF_ALLOCATION,
  OcfError,
  OcfPeriod,
  OcfPortion,
  OcfVestingCondition,
  OcfVestingTerms,
  ocfDayOfMonth,
} from "./types";

export interface ExportOptions {
  /** The terms' id; default `tieout-schedule`. */
  id?: string;
  name?: string;
  description?: string;
  rounding?: Rounding | string | null;
  dayOfMonth?: DayOfMonth | string | null;
}

const START_ID = "vesting-start";

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** `percent`% of the grant split in `count` as an exact fraction per installment, in lowest terms. */
function portionOf(percent: Decimal, count: number): OcfPortion {
  const [numeratorText, scale] = [percent.toFixed().replace(".", ""), percent.decimalPlaces()];
  let numerator = BigInt(numeratorText);
  let denominator = 100n * 10n ** BigInt(scale) * BigInt(count);
  const divisor = numerator === 0n ? denominator : gcd(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  return { numerator: numerator.toString(), denominator: denominator.toString() };
}

const sumOf = (offset: Offset, unit: PeriodUnit): number =>
  offset.reduce((sum, leg) => (leg.unit === unit ? sum + leg.length : sum), 0);

function period(unit: PeriodUnit, length: number, occurrences: number, dayOfMonth: string): OcfPeriod {
  return unit === "days"
    ? { length, type: "DAYS", occurrences }
    : { length, type: "MONTHS", occurrences, day_of_month: dayOfMonth };
}

/** Where each segment starts (legs from the vesting start), and its length and installments. */
function segmentSteps(segment: ScheduleSegment, position: Offset): { length: number; occurrences: number } {
  if (segment.kind === "installments") return { length: segment.periodMonths, occurrences: segment.count };
  return { length: segment.month - sumOf(position, segment.unit), occurrences: 1 };
}

function endOf(segment: ScheduleSegment, position: Offset): Offset {
  if (segment.kind === "at")
    return segment.month === 0 ? [] : [{ unit: segment.unit, length: segment.month }];
  const last = position[position.length - 1];
  const over = segment.periodMonths * segment.count;
  return last?.unit === segment.unit
    ? [...position.slice(0, -1), { unit: segment.unit, length: last.length + over }]
    : [...position, { unit: segment.unit, length: over }];
}

/**
 * The cliff as `cliff_installment` of the first segment that vests anything: OCF's cliff gathers
 * only its own condition's installments. A cliff at or before the first tranche changes nothing
 * and is left out; any other cliff cannot be stated in OCF.
 */
function cliffInstallment(spec: ScheduleSpec): { segment: number; installment: number } | null {
  const cliff = spec.cliffMonth;
  if (cliff === null || cliff === 0) return null;
  const unit = spec.cliffUnit;
  let position: Offset = [];
  const index = spec.segments.findIndex((segment) => !segment.percent.isZero());
  for (const segment of spec.segments.slice(0, index)) position = endOf(segment, position);
  const segment = spec.segments[index];
  if (segment.unit === unit && position.every((leg) => leg.unit === unit)) {
    const from = segment.kind === "at" ? 0 : sumOf(position, unit);
    const first = segment.kind === "at" ? segment.month : from + segment.periodMonths;
    if (first >= cliff) return null;
    if (segment.kind === "installments") {
      const k = (cliff - from) / segment.periodMonths;
      if (Number.isInteger(k) && k <= segment.count) return { segment: index, installment: k };
    }
  }
  throw new OcfError(
    `the cliff (${cliff} ${unit}) does not fall on an installment of the first segment that vests (\`${segment.text}\`), so OCF's cliff_installment cannot state it`,
  );
}

/** OCF VestingTerms for schedule text (or a preset), valid against OCF's VestingTerms schema. */
export function scheduleToVestingTerms(schedule: string, options: ExportOptions = {}): OcfVestingTerms {
  const spec = resolveSchedule(schedule);
  const rounding = parseRounding(options.rounding ?? null);
  const policy = parseDayOfMonth(options.dayOfMonth ?? null);
  const dayOfMonth = ocfDayOfMonth(policy);
  const usesMonths = spec.segments.some((segment) => segment.unit === "months");
  if (dayOfMonth === null && usesMonths) {
    throw new OcfError("day of month 'start-minus-one' has no OCF VestingDayOfMonth value");
  }
  const cliff = cliffInstallment(spec);
  const conditions: OcfVestingCondition[] = [
    { id: START_ID, quantity: "0", trigger: { type: "VESTING_START_DATE" }, next_condition_ids: [] },
  ];
  let position: Offset = [];
  spec.segments.forEach((segment, index) => {
    const { length, occurrences } = segmentSteps(segment, position);
    const previous = conditions[conditions.length - 1];
    // A tranche on the vesting start is the start condition's own portion.
    if (index === 0 && segment.kind === "at" && segment.month === 0) {
      delete previous.quantity;
      previous.portion = portionOf(segment.percent, 1);
      position = [];
      return;
    }
    const id = `segment-${index + 1}`;
    const ocfPeriod = period(segment.unit, length, occurrences, dayOfMonth ?? "");
    if (cliff !== null && cliff.segment === index) ocfPeriod.cliff_installment = cliff.installment;
    conditions.push({
      id,
      description: segment.text,
      portion: portionOf(segment.percent, occurrences),
      trigger: {
        type: "VESTING_SCHEDULE_RELATIVE",
        period: ocfPeriod,
        relative_to_condition_id: previous.id,
      },
      next_condition_ids: [],
    });
    previous.next_condition_ids = [id];
    position = endOf(segment, position);
  });
  return {
    id: options.id ?? "tieout-schedule",
    object_type: "VESTING_TERMS",
    name: options.name ?? spec.text,
    description: options.description ?? `Exported by Tieout from the schedule "${spec.text}"`,
    allocation_type: OCF_ALLOCATION[rounding],
    vesting_conditions: conditions,
  };
}
