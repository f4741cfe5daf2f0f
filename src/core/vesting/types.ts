// Public types of the vesting engine. Other layers (functions, cli, taskpane) depend on these
// names; change them only together with their callers.
import type Decimal from "decimal.js";
import type { DayOfMonth, IsoDate } from "../dates";

export type { DayOfMonth, IsoDate };

/** Open Cap Table Format allocation types, in our kebab-case spelling (OCF names are accepted too). */
export type Rounding =
  | "cumulative-round-down"
  | "cumulative-rounding"
  | "front-loaded"
  | "back-loaded"
  | "front-loaded-single"
  | "back-loaded-single"
  | "fractional";

export interface GrantInput {
  grantDate: IsoDate;
  /** Total shares of the grant; a whole number unless rounding is `fractional`. */
  shares: Decimal.Value;
  /** Schedule text or a preset name; default: the reference grant's schedule. */
  schedule?: string | null;
  rounding?: Rounding | string | null;
  dayOfMonth?: DayOfMonth | string | null;
  /** After this date nothing more vests; a tranche dated on it still vests. */
  terminationDate?: IsoDate | null;
  /** Vesting commencement date, when it differs from (precedes) the grant date. */
  vestingStart?: IsoDate | null;
}

/** One row of a vesting table. */
export interface Tranche {
  date: IsoDate;
  shares: Decimal;
  cumulative: Decimal;
  unvested: Decimal;
  /** Cumulative percent vested, 0–100. */
  percent: Decimal;
}

/**
 * A row of a vesting table in Numbers, as the library and Excel give it: each field the Number
 * nearest to the Tranche's Decimal (percent 0–100).
 */
export interface NumericTranche {
  date: IsoDate;
  shares: number;
  cumulative: number;
  unvested: number;
  percent: number;
}

export interface VestingSummary {
  asOf: IsoDate;
  vested: Decimal;
  unvested: Decimal;
  /** 0–100 */
  percent: Decimal;
  nextVestDate: IsoDate | null;
  nextVestShares: Decimal | null;
  fullyVestedDate: IsoDate | null;
  /** True when termination cut the schedule short. */
  terminated: boolean;
}

/** The unit of a schedule's periods: calendar months (years are 12 months) or days (OCF's DAYS). */
export type PeriodUnit = "months" | "days";

/** A stretch of time in one unit. */
export interface Leg {
  unit: PeriodUnit;
  length: number;
}

/**
 * A point of a schedule, as the legs walked from the vesting start: months are calendar months
 * on the day the day-of-month policy picks, days are added to the date reached so far (as OCF's
 * relative triggers chain). Neighbouring legs have different units; no legs is the start itself.
 */
export type Offset = readonly Leg[];

/** `P% at N months` (or days): one tranche, N months (days) after the vesting start. */
export interface SingleTrancheSegment {
  kind: "at";
  /** The segment as written, for messages. */
  text: string;
  percent: Decimal;
  /** How far after the vesting start, in `unit`. */
  month: number;
  unit: PeriodUnit;
}

/** `P% monthly|quarterly|annually|every K months|days over N months|days`: equal installments. */
export interface InstallmentSegment {
  kind: "installments";
  text: string;
  percent: Decimal;
  /** Months of `start` (where the previous segment ended); installment k falls k periods after `start`. */
  startMonth: number;
  start: Offset;
  /** The period, in `unit`. */
  periodMonths: number;
  unit: PeriodUnit;
  count: number;
}

export type ScheduleSegment = SingleTrancheSegment | InstallmentSegment;

/** A parsed schedule. Parsed specs are shared between callers (memoized), so they are frozen. */
export interface ScheduleSpec {
  text: string;
  segments: readonly ScheduleSegment[];
  /** `cliff N months` (or days): tranches dated before it vest on it. In `cliffUnit`. */
  cliffMonth: number | null;
  cliffUnit: PeriodUnit;
  /** Months of `end`: the month of the last tranche, for a schedule in months. */
  endMonth: number;
  /** Where the last tranche falls. */
  end: Offset;
}

export interface Preset {
  /** Kebab-case id, e.g. `reference-grant`. */
  id: string;
  label: string;
  text: string;
}

/**
 * A bad input. `argument` names the offending input (`schedule`, `shares`, `rounding`, ...)
 * so adapters can say which argument was wrong; `kind` maps to Excel's #VALUE! or #NUM!.
 */
export class VestingError extends Error {
  constructor(
    message: string,
    readonly argument: string,
    readonly kind: "value" | "num" = "value",
  ) {
    super(message);
    this.name = "VestingError";
  }
}
