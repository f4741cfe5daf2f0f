// Validation of a GrantInput: every field read into its typed form, or a VestingError that
// names the field and says what is wrong with it.
import Decimal from "decimal.js";
import { DateError, DayOfMonth, FIRST_EXCEL_DATE, IsoDate, parseIsoDate } from "../dates";
import { parseDayOfMonth, parseRounding } from "./options";
import { resolveSchedule } from "./presets";
import { GrantInput, Rounding, ScheduleSpec, VestingError } from "./types";

export interface Grant {
  grantDate: IsoDate;
  shares: Decimal;
  schedule: ScheduleSpec;
  rounding: Rounding;
  dayOfMonth: DayOfMonth;
  terminationDate: IsoDate | null;
  vestingStart: IsoDate | null;
}

/** A date Excel can hold, or a VestingError naming `argument` (#VALUE! for text that is not a date, #NUM! before 1900). */
export function requireDate(value: IsoDate, argument: string): IsoDate {
  let date: IsoDate;
  try {
    date = parseIsoDate(value);
  } catch (error) {
    if (error instanceof DateError) throw new VestingError(`${argument}: ${error.message}`, argument);
    throw error;
  }
  if (date < FIRST_EXCEL_DATE) {
    throw new VestingError(
      `${argument}: ${date} is before ${FIRST_EXCEL_DATE}, Excel's first date`,
      argument,
      "num",
    );
  }
  return date;
}

function optionalDate(value: IsoDate | null | undefined, argument: string): IsoDate | null {
  return value === null || value === undefined ? null : requireDate(value, argument);
}

function requireShares(value: Decimal.Value, rounding: Rounding): Decimal {
  let shares: Decimal;
  try {
    shares = new Decimal(value);
  } catch {
    throw new VestingError(`shares: '${String(value)}' is not a number`, "shares");
  }
  if (!shares.isFinite())
    throw new VestingError(`shares: ${String(value)} is not a finite number`, "shares", "num");
  if (shares.lt(0)) throw new VestingError(`shares: ${shares.toString()} is negative`, "shares", "num");
  if (!shares.isInteger() && rounding !== "fractional") {
    throw new VestingError(
      `shares: ${shares.toString()} is not a whole number (only rounding "fractional" allows fractions of a share)`,
      "shares",
      "num",
    );
  }
  return shares;
}

export function readGrant(input: GrantInput): Grant {
  const rounding = parseRounding(input.rounding);
  return {
    grantDate: requireDate(input.grantDate, "grantDate"),
    shares: requireShares(input.shares, rounding),
    schedule: resolveSchedule(input.schedule),
    rounding,
    dayOfMonth: parseDayOfMonth(input.dayOfMonth),
    terminationDate: optionalDate(input.terminationDate, "terminationDate"),
    vestingStart: optionalDate(input.vestingStart, "vestingStart"),
  };
}
