// Month arithmetic as Excel's EDATE and EOMONTH do it, and the day-of-month policies of vesting
// schedules. Every result is counted from the start date, never chained from the previous one:
// Jan 31 + 1 month = Feb 28 and Jan 31 + 2 months = Mar 31.
import { IsoDate, YearMonthDay, daysInMonth, formatIso, parseIsoDate, splitIso } from "./calendar";
import { DateError } from "./errors";

/** Day-of-month policy for installment dates; a number is a fixed day 1–31, clamped to month end. */
export type DayOfMonth = "start" | "last" | "first" | "start-minus-one" | number;

interface YearMonth {
  year: number;
  month: number;
}

/** Whole months as Excel takes them: a fraction is truncated toward zero. */
function wholeMonths(months: number): number {
  if (typeof months !== "number" || !Number.isFinite(months)) {
    throw new DateError(`${String(months)} is not a finite number of months`, "format");
  }
  return Math.trunc(months);
}

function shiftMonth(start: YearMonthDay, months: number): YearMonth {
  const index = start.year * 12 + (start.month - 1) + months;
  const shifted = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  if (shifted.year < 0 || shifted.year > 9999) {
    const from = formatIso(start.year, start.month, start.day);
    throw new DateError(`${from} moved by ${months} months leaves the years 0000–9999`, "range");
  }
  return shifted;
}

/** The same day `months` later (or earlier), clamped to the end of a shorter month, as EDATE. */
export function edate(iso: IsoDate, months: number): IsoDate {
  return addMonthsWithPolicy(iso, months, "start");
}

/** The last day of the month `months` after (or before) the date's month, as EOMONTH. */
export function eomonth(iso: IsoDate, months: number): IsoDate {
  return addMonthsWithPolicy(iso, months, "last");
}

function checkPolicy(policy: DayOfMonth): void {
  if (typeof policy === "number") {
    if (!Number.isInteger(policy) || policy < 1 || policy > 31) {
      throw new DateError(`day of month ${policy} is not a whole number from 1 to 31`, "range");
    }
  } else if (policy !== "start" && policy !== "last" && policy !== "first" && policy !== "start-minus-one") {
    throw new DateError(
      `unknown day-of-month policy '${String(policy)}': use start, last, first, start-minus-one or 1–31`,
      "format",
    );
  }
}

/**
 * The date `months` after `startIso`, on the day the policy picks: `start` the start's day,
 * `last` the month's last day, `first` the 1st, `start-minus-one` the day before the start's day
 * (for a start on the 1st, the last day of the month before), a number that day; each clamped
 * to the month's end.
 */
export function addMonthsWithPolicy(startIso: IsoDate, months: number, policy: DayOfMonth): IsoDate {
  const start = parseIsoDate(startIso);
  const shift = wholeMonths(months);
  checkPolicy(policy);
  const { year, month, day } = addMonthsToParts(splitIso(start), shift, policy);
  return formatIso(year, month, day);
}

/**
 * addMonthsWithPolicy for a start already split into the parts of a real date, a whole number of
 * months and a valid policy: nothing is parsed or formatted, for callers that date many tranches
 * from one start.
 */
export function addMonthsToParts(start: YearMonthDay, months: number, policy: DayOfMonth): YearMonthDay {
  if (policy === "start-minus-one" && start.day === 1) {
    const previous = shiftMonth(start, months - 1);
    return { ...previous, day: daysInMonth(previous.year, previous.month) };
  }
  const target = shiftMonth(start, months);
  const length = daysInMonth(target.year, target.month);
  const wanted =
    policy === "start"
      ? start.day
      : policy === "last"
        ? length
        : policy === "first"
          ? 1
          : policy === "start-minus-one"
            ? start.day - 1
            : policy;
  return { year: target.year, month: target.month, day: Math.min(wanted, length) };
}
