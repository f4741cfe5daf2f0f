// OCF VestingTerms to a Tieout schedule: the conditions must form one chain from the vesting
// start, each relative to the one before, with portions. Anything else (an event, a fixed date,
// a branch, a fixed quantity, a portion of the remainder) is refused with the condition's id:
// never approximated.
import Decimal from "decimal.js";
import { parseRounding, parseSchedule } from "../vesting";
import type { DayOfMonth, Rounding } from "../vesting/types";
import { OcfError, OcfPeriod, OcfVestingCondition, dayOfMonthFromOcf } from "./types";

/** A Tieout schedule with the options OCF keeps beside it. */
export interface ImportedSchedule {
  schedule: string;
  rounding: Rounding;
  dayOfMonth: DayOfMonth;
}

interface Step {
  id: string;
  /** Per occurrence, as a fraction of the grant. */
  numerator: bigint;
  denominator: bigint;
  unit: "months" | "days";
  length: number;
  occurrences: number;
  cliffInstallment: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A Numeric string ("12", "0.5") as an exact fraction. */
function fraction(text: unknown, what: string, id: string): [bigint, bigint] {
  if (typeof text !== "string" || !/^[+]?\d+(\.\d+)?$/.test(text)) {
    throw new OcfError(`condition '${id}': ${what} ${JSON.stringify(text)} is not a non-negative number`, id);
  }
  const [whole, decimals = ""] = text.replace("+", "").split(".");
  return [BigInt(whole + decimals), 10n ** BigInt(decimals.length)];
}

function portionOf(condition: OcfVestingCondition): [bigint, bigint] {
  const { id, portion, quantity } = condition;
  if (portion !== undefined) {
    if (portion.remainder === true) {
      throw new OcfError(
        `condition '${id}' vests a portion of the remainder, which a Tieout schedule cannot state`,
        id,
      );
    }
    const [n1, d1] = fraction(portion.numerator, "portion numerator", id);
    const [n2, d2] = fraction(portion.denominator, "portion denominator", id);
    if (n2 === 0n) throw new OcfError(`condition '${id}': the portion's denominator is 0`, id);
    return [n1 * d2, d1 * n2];
  }
  const [amount] = fraction(quantity ?? "", "quantity", id);
  if (amount !== 0n) {
    throw new OcfError(
      `condition '${id}' vests a fixed quantity (${String(quantity)} shares), not a portion of the grant; a Tieout schedule states portions`,
      id,
    );
  }
  return [0n, 1n];
}

/** What makes a condition inexpressible, before the chain is walked: events, fixed dates, branches. */
function problemsOf(conditions: readonly OcfVestingCondition[]): string[] {
  const problems: string[] = [];
  for (const { id, trigger, next_condition_ids: next } of conditions) {
    if (trigger?.type === "VESTING_EVENT") {
      problems.push(
        `condition '${id}' vests on an event (VESTING_EVENT): its date is known only when the event is recorded`,
      );
    } else if (trigger?.type === "VESTING_SCHEDULE_ABSOLUTE") {
      problems.push(
        `condition '${id}' triggers on a fixed date (${trigger.date}), not a time after the vesting start`,
      );
    }
    if (Array.isArray(next) && next.length > 1) {
      problems.push(
        `condition '${id}' branches to ${next.map((n) => `'${n}'`).join(", ")}: only one path is ever taken`,
      );
    }
  }
  return problems;
}

function stepOf(condition: OcfVestingCondition, previousId: string, ids: ReadonlySet<string>): Step {
  const { id, trigger } = condition;
  if (trigger?.type !== "VESTING_SCHEDULE_RELATIVE" || !isObject(trigger.period)) {
    throw new OcfError(`condition '${id}' has no relative trigger with a period`, id);
  }
  const relativeTo = trigger.relative_to_condition_id;
  if (relativeTo !== previousId) {
    throw new OcfError(
      ids.has(relativeTo)
        ? `condition '${id}' is relative to '${relativeTo}', not to the condition before it ('${previousId}')`
        : `condition '${id}' is relative to '${relativeTo}', which is not a condition of these terms (the condition before it is '${previousId}')`,
      id,
    );
  }
  const period: OcfPeriod = trigger.period;
  const { length, occurrences } = period;
  if (!Number.isInteger(length) || length < 0 || !Number.isInteger(occurrences) || occurrences < 1) {
    throw new OcfError(`condition '${id}': the period needs a whole length ≥ 0 and occurrences ≥ 1`, id);
  }
  const unit = period.type === "DAYS" ? "days" : "months";
  if (period.type !== "DAYS" && period.type !== "MONTHS" && period.type !== "YEARS") {
    throw new OcfError(`condition '${id}': unknown period type ${JSON.stringify(period.type)}`, id);
  }
  const [numerator, denominator] = portionOf(condition);
  return {
    id,
    numerator,
    denominator,
    unit,
    length: period.type === "YEARS" ? length * 12 : length,
    occurrences,
    cliffInstallment: period.cliff_installment ?? 0,
  };
}

const gcdOf = (a: bigint, b: bigint): bigint => (b === 0n ? (a === 0n ? 1n : a) : gcdOf(b, a % b));

/** Enough digits for any terminating quotient of the integers we meet. */
const Exact = Decimal.clone({ precision: 200 });

/** 100 · count · numerator / denominator as exact decimal text, or null when it does not terminate. */
function percentText(numerator: bigint, denominator: bigint, count: number): string | null {
  const n = 100n * BigInt(count) * numerator;
  const divisor = gcdOf(n, denominator);
  const d = denominator / divisor;
  let rest = d;
  for (const p of [2n, 5n]) while (rest % p === 0n) rest /= p;
  if (rest !== 1n) return null;
  return new Exact((n / divisor).toString()).div(d.toString()).toFixed();
}

const FREQUENCY: Readonly<Record<number, string>> = { 1: "monthly", 3: "quarterly", 12: "annually" };

/**
 * The shape of each condition, before any is read: an OcfError naming the first field that is
 * missing or of the wrong type ("vesting_conditions[2].trigger.period is missing"), never a
 * TypeError further on.
 */
function checkShape(conditions: readonly unknown[], termsId: string): void {
  const fail = (field: string, problem: string): never => {
    throw new OcfError(`vesting terms '${termsId}': ${field} ${problem}`);
  };
  const describe = (value: unknown) =>
    value === undefined || value === null
      ? "is missing"
      : `is ${JSON.stringify(value)}, not the expected type`;
  const object = (value: unknown, field: string): Record<string, unknown> =>
    isObject(value)
      ? value
      : fail(field, value === undefined || value === null ? "is missing" : "is not an object");
  const string = (value: unknown, field: string) => {
    if (typeof value !== "string") fail(field, describe(value));
  };
  conditions.forEach((item, i) => {
    const at = `vesting_conditions[${i}]`;
    const condition = object(item, at);
    string(condition.id, `${at}.id`);
    const next = condition.next_condition_ids;
    if (!Array.isArray(next)) fail(`${at}.next_condition_ids`, describe(next));
    (next as unknown[]).forEach((id, j) => string(id, `${at}.next_condition_ids[${j}]`));
    if (condition.portion !== undefined) {
      const portion = object(condition.portion, `${at}.portion`);
      string(portion.numerator, `${at}.portion.numerator`);
      string(portion.denominator, `${at}.portion.denominator`);
    } else if (condition.quantity !== undefined) string(condition.quantity, `${at}.quantity`);
    const trigger = object(condition.trigger, `${at}.trigger`);
    string(trigger.type, `${at}.trigger.type`);
    if (trigger.type === "VESTING_SCHEDULE_RELATIVE") {
      const period = object(trigger.period, `${at}.trigger.period`);
      string(period.type, `${at}.trigger.period.type`);
      string(trigger.relative_to_condition_id, `${at}.trigger.relative_to_condition_id`);
      if (period.day_of_month !== undefined) string(period.day_of_month, `${at}.trigger.period.day_of_month`);
      if (period.cliff_installment !== undefined && !Number.isInteger(period.cliff_installment))
        fail(`${at}.trigger.period.cliff_installment`, describe(period.cliff_installment));
    }
  });
}

/** The conditions of one VestingTerms object as a Tieout schedule, or an OcfError naming the condition. */
export function vestingTermsToSchedule(terms: unknown): ImportedSchedule {
  if (!isObject(terms) || !Array.isArray(terms.vesting_conditions) || terms.vesting_conditions.length === 0) {
    throw new OcfError("not OCF vesting terms: expected an object with vesting_conditions");
  }
  const termsId = typeof terms.id === "string" ? terms.id : "(no id)";
  checkShape(terms.vesting_conditions, termsId);
  const conditions = terms.vesting_conditions as OcfVestingCondition[];
  const problems = problemsOf(conditions);
  if (problems.length > 0) {
    throw new OcfError(
      `vesting terms '${termsId}' cannot be a Tieout schedule: ${problems.join("; ")}`,
      conditions.find((c) => problemsOf([c]).length > 0)?.id ?? null,
    );
  }
  let rounding: Rounding;
  try {
    rounding = parseRounding(typeof terms.allocation_type === "string" ? terms.allocation_type : "");
  } catch {
    throw new OcfError(
      `vesting terms '${termsId}': unknown allocation_type ${JSON.stringify(terms.allocation_type)}`,
    );
  }
  const byId = new Map(conditions.map((condition) => [condition.id, condition]));
  const ids = new Set(byId.keys());
  const root = conditions.find((c) => c.trigger?.type === "VESTING_START_DATE") ?? conditions[0];
  const [startNumerator, startDenominator] =
    root.trigger?.type === "VESTING_START_DATE" ? portionOf(root) : [0n, 1n];
  const steps: Step[] = [];
  const seen = new Set([root.id]);
  let current = root;
  if (root.trigger?.type !== "VESTING_START_DATE") steps.push(stepOf(root, "(vesting start)", ids));
  while (current.next_condition_ids.length > 0) {
    const nextId = current.next_condition_ids[0];
    const next = byId.get(nextId);
    if (next === undefined) {
      throw new OcfError(
        `condition '${current.id}' is followed by '${nextId}', which is not a condition of these terms`,
        current.id,
      );
    }
    if (seen.has(nextId))
      throw new OcfError(`condition '${nextId}' is reached twice: the graph has a cycle`, nextId);
    seen.add(nextId);
    steps.push(stepOf(next, current.id, ids));
    current = next;
  }
  const unreached = conditions.find((c) => !seen.has(c.id));
  if (unreached)
    throw new OcfError(`condition '${unreached.id}' is not reached from the vesting start`, unreached.id);

  const dayOfMonth = dayOfMonthOf(conditions);
  const segments: string[] = [];
  if (startNumerator !== 0n)
    segments.push(`${percentOrFail(startNumerator, startDenominator, 1, root.id)}% at 0 months`);
  // Neighbouring steps of one size and period are one run of installments (the same table).
  const merged: Step[] = [];
  for (const step of steps) {
    const last = merged[merged.length - 1];
    const same =
      last !== undefined &&
      step.cliffInstallment < 2 &&
      last.unit === step.unit &&
      last.length === step.length &&
      step.length > 0 &&
      last.numerator * step.denominator === step.numerator * last.denominator;
    if (same) last.occurrences += step.occurrences;
    else merged.push({ ...step });
  }
  let cliff: string | null = null;
  const position = { months: 0, days: 0 };
  for (const step of merged) {
    const percent = percentOrFail(step.numerator, step.denominator, step.occurrences, step.id);
    const sameUnit = step.unit === "months" ? position.days === 0 : position.months === 0;
    if (step.cliffInstallment >= 2 && step.occurrences > 1) {
      if (cliff !== null || !sameUnit) {
        throw new OcfError(
          `condition '${step.id}': a second cliff, or a cliff after a stretch in the other unit, cannot be stated`,
          step.id,
        );
      }
      cliff = `cliff ${position[step.unit] + Math.min(step.cliffInstallment, step.occurrences) * step.length} ${step.unit}`;
    }
    const unit = step.unit;
    if (step.occurrences === 1 && sameUnit) {
      segments.push(`${percent}% at ${position[unit] + step.length} ${unit}`);
    } else if (step.length === 0) {
      throw new OcfError(
        `condition '${step.id}': a period of length 0 after a stretch in the other unit cannot be stated`,
        step.id,
      );
    } else {
      const every =
        unit === "months" && FREQUENCY[step.length] ? FREQUENCY[step.length] : `every ${step.length} ${unit}`;
      segments.push(`${percent}% ${every} over ${step.length * step.occurrences} ${unit}`);
    }
    position[unit] += step.length * step.occurrences;
  }
  const schedule = segments.join(", then ") + (cliff === null ? "" : `, ${cliff}`);
  try {
    parseSchedule(schedule);
  } catch (error) {
    throw new OcfError(
      `vesting terms '${termsId}' read as "${schedule}", which is not a valid schedule: ${(error as Error).message}`,
    );
  }
  return { schedule, rounding, dayOfMonth };
}

function percentOrFail(numerator: bigint, denominator: bigint, count: number, id: string): string {
  const text = percentText(numerator, denominator, count);
  if (text === null) {
    throw new OcfError(
      `condition '${id}': ${count} × ${numerator}/${denominator} of the grant is not a whole decimal percentage, which a Tieout schedule needs`,
      id,
    );
  }
  return text;
}

/** The one day-of-month policy of the month periods; terms that mix them cannot be one schedule. */
function dayOfMonthOf(conditions: readonly OcfVestingCondition[]): DayOfMonth {
  let found: { value: string; id: string } | null = null;
  for (const { id, trigger } of conditions) {
    if (trigger?.type !== "VESTING_SCHEDULE_RELATIVE" || trigger.period?.type === "DAYS") continue;
    const value = trigger.period.day_of_month ?? "";
    if (dayOfMonthFromOcf(value) === null)
      throw new OcfError(`condition '${id}': unknown day_of_month ${JSON.stringify(value)}`, id);
    if (found !== null && found.value !== value) {
      throw new OcfError(
        `condition '${id}' vests on day ${value}, condition '${found.id}' on ${found.value}: a Tieout schedule has one day of month`,
        id,
      );
    }
    found ??= { value, id };
  }
  return found === null ? "start" : (dayOfMonthFromOcf(found.value) as DayOfMonth);
}
