// Turning what Excel passes to a custom function (numbers, text, booleans, null for an omitted
// argument or a blank cell, and 2-D arrays for ranges) into the core's types, with an error that
// names the argument for anything that does not fit.
import Decimal from "decimal.js";
import { DateError, SERIAL_RANGE, isIsoDate, isoToSerial, serialToIso } from "../core/dates";
import { parseAmount } from "../core/numbers";
import type { GrantInput, IsoDate } from "../core/vesting/types";
import { numError, valueError } from "./errors";

/** How a value reads in a message: text quoted, booleans as Excel prints them. */
export function describe(value: unknown): string {
  if (typeof value === "string") return `'${value}'`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A finite number, or #NUM! for NaN and ±Infinity (which Excel never sends, but callers of the library may). */
function finite(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw numError(`${argument}: ${value} is not a finite number`);
  return value;
}

/**
 * A date: an Excel serial number (1900 system; a time of day is ignored, as Excel's date
 * functions do) or ISO text `YYYY-MM-DD`. A real date Excel cannot hold (before 1900-01-01,
 * after 9999-12-31) is #NUM!, as Excel answers for such dates.
 */
export function toIsoDate(value: unknown, argument: string): IsoDate {
  if (isBlank(value)) throw valueError(`${argument} is required: use a date or YYYY-MM-DD`);
  const text = typeof value === "string" ? value.trim() : null;
  if (typeof value !== "number" && (text === null || !isIsoDate(text))) {
    throw valueError(`${argument}: ${describe(value)} is not a date; use a date or YYYY-MM-DD`);
  }
  try {
    if (text !== null) {
      isoToSerial(text, 1900); // checks that Excel can hold it
      return text;
    }
    return serialToIso(finite(value as number, argument), 1900);
  } catch (error) {
    if (error instanceof DateError) {
      const message = `${argument}: ${error.message}`;
      throw error.reason === "range" ? numError(message) : valueError(message);
    }
    throw error;
  }
}

const [FIRST_SERIAL, LAST_SERIAL] = SERIAL_RANGE[1900];

/** A serial number Excel can hold as a date, time of day included: such a value needs no conversion. */
export function isDateSerial(value: unknown): value is number {
  return typeof value === "number" && value >= FIRST_SERIAL && value < LAST_SERIAL + 1;
}

/**
 * A date as a whole 1900-system serial, by the rules of toIsoDate (and with its errors), without
 * going through text for a serial that is already a date.
 */
export function toSerial(value: unknown, argument: string): number {
  return isDateSerial(value) ? Math.floor(value) : isoToSerial(toIsoDate(value, argument), 1900);
}

/** An optional date: blank or omitted is null. */
export function toOptionalIsoDate(value: unknown, argument: string): IsoDate | null {
  return isBlank(value) ? null : toIsoDate(value, argument);
}

/** Optional text (a schedule, a rounding name): blank or omitted is null. */
export function toOptionalText(value: unknown, argument: string): string | null {
  if (isBlank(value)) return null;
  if (typeof value !== "string") throw valueError(`${argument}: ${describe(value)} is not text`);
  return value.trim() === "" ? null : value;
}

/**
 * An amount: a number, or accounting text such as "(473)", "$ 1,466" or "—" (zero).
 * Blank is zero, as Excel's own arithmetic treats an empty cell.
 */
export function toAmount(value: unknown, argument: string): Decimal {
  if (isBlank(value)) return new Decimal(0);
  if (typeof value === "number") return new Decimal(finite(value, argument));
  if (typeof value === "string") {
    const amount = parseAmount(value);
    if (amount === null) throw valueError(`${argument}: ${describe(value)} is not a number`);
    return amount;
  }
  throw valueError(`${argument}: ${describe(value)} is not a number`);
}

/**
 * A required number such as a count of shares: a number (passed through as is: the vesting engine
 * keys its table cache on it, and a number is cheaper to key than a Decimal) or numeric text.
 * Blank is an error.
 */
export function toRequiredNumber(value: unknown, argument: string): number | Decimal {
  if (isBlank(value)) throw valueError(`${argument} is required`);
  return typeof value === "number" ? finite(value, argument) : toAmount(value, argument);
}

/** The grant arguments shared by VESTED, VESTINGTABLE and the library, read by VESTED's rules. */
export function toGrantInput(
  grantDate: unknown,
  shares: unknown,
  schedule: unknown,
  terminationDate: unknown,
  rounding: unknown,
): GrantInput {
  return {
    grantDate: toIsoDate(grantDate, "grantDate"),
    shares: toRequiredNumber(shares, "shares"),
    schedule: toOptionalText(schedule, "schedule"),
    terminationDate: toOptionalIsoDate(terminationDate, "terminationDate"),
    rounding: toOptionalText(rounding, "rounding"),
  };
}
