// The parts of the Open Cap Table Format (OCF) that describe vesting, as plain JSON shapes, and
// the names OCF gives our allocation types and day-of-month policies.
import type { DayOfMonth, Rounding } from "../vesting/types";

export interface OcfPortion {
  numerator: string;
  denominator: string;
  remainder?: boolean;
}

export interface OcfPeriod {
  length: number;
  type: "DAYS" | "MONTHS" | "YEARS";
  occurrences: number;
  day_of_month?: string;
  cliff_installment?: number;
}

export type OcfTrigger =
  | { type: "VESTING_START_DATE" }
  | { type: "VESTING_EVENT" }
  | { type: "VESTING_SCHEDULE_ABSOLUTE"; date: string }
  | { type: "VESTING_SCHEDULE_RELATIVE"; period: OcfPeriod; relative_to_condition_id: string };

export interface OcfVestingCondition {
  id: string;
  description?: string;
  portion?: OcfPortion;
  quantity?: string;
  trigger: OcfTrigger;
  next_condition_ids: string[];
}

export interface OcfVestingTerms {
  id: string;
  object_type: "VESTING_TERMS";
  name: string;
  description: string;
  allocation_type: string;
  vesting_conditions: OcfVestingCondition[];
  comments?: string[];
}

/** OCF's AllocationType for each of our roundings. */
export const OCF_ALLOCATION: Readonly<Record<Rounding, string>> = {
  "cumulative-round-down": "CUMULATIVE_ROUND_DOWN",
  "cumulative-rounding": "CUMULATIVE_ROUNDING",
  "front-loaded": "FRONT_LOADED",
  "back-loaded": "BACK_LOADED",
  "front-loaded-single": "FRONT_LOADED_TO_SINGLE_TRANCHE",
  "back-loaded-single": "BACK_LOADED_TO_SINGLE_TRANCHE",
  fractional: "FRACTIONAL",
};

export const OCF_START_DAY = "VESTING_START_DAY_OR_LAST_DAY_OF_MONTH";

/** OCF's VestingDayOfMonth for a policy, or null for `start-minus-one`, which OCF has no name for. */
export function ocfDayOfMonth(policy: DayOfMonth): string | null {
  if (policy === "start") return OCF_START_DAY;
  if (policy === "last") return "31_OR_LAST_DAY_OF_MONTH";
  if (policy === "first") return "01";
  if (policy === "start-minus-one") return null;
  return policy <= 28 ? String(policy).padStart(2, "0") : `${policy}_OR_LAST_DAY_OF_MONTH`;
}

/** Our policy for OCF's VestingDayOfMonth, or null for a value OCF does not define. */
export function dayOfMonthFromOcf(value: string): DayOfMonth | null {
  if (value === OCF_START_DAY) return "start";
  if (value === "31_OR_LAST_DAY_OF_MONTH") return "last";
  const fixed = /^(0[1-9]|1\d|2[0-8])$/.exec(value) ?? /^(29|30)_OR_LAST_DAY_OF_MONTH$/.exec(value);
  return fixed ? Number(fixed[1]) : null;
}

/**
 * OCF vesting terms that a Tieout schedule cannot state exactly (an event trigger, a fixed
 * date, a branch), or that are not valid OCF. `conditionId` names the condition concerned.
 */
export class OcfError extends Error {
  constructor(
    message: string,
    readonly conditionId: string | null = null,
  ) {
    super(message);
    this.name = "OcfError";
  }
}
