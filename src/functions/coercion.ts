// Turning what Excel passes to a custom function (numbers, text, booleans, null for an omitted
// argument or a blank cell, and 2-D arrays for ranges) into the core's types, with an error that
// names the argument for anything that does not fit.
import Decimal from "decimal.js";
import { isIsoDate, serialToIso } from "../core/dates";
import { parseAmount } from "../core/numbers";
import type { IsoDate } from "../core/vesting/types";
import { numError, valueError } from "./errors";

/** Serial numbers of Excel's first and last dates (1900 system): 1900-01-01 and 9999-12-31. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2958465;
const FIRST_ISO = "1900-01-01";

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
 * functions do) or ISO text `YYYY-MM-DD`.
 */
export function toIsoDate(value: unknown, argument: string): IsoDate {
  if (isBlank(value)) throw valueError(`${argument} is required: use a date or YYYY-MM-DD`);
  if (typeof value === "number") {
    const serial = Math.floor(finite(value, argument));
    if (serial < FIRST_SERIAL) {
      throw numError(`${argument}: ${value} is before 1900-01-01, Excel's first date (serial 1)`);
    }
    if (serial > LAST_SERIAL) {
      throw numError(`${argument}: ${value} is after 9999-12-31, Excel's last date (serial ${LAST_SERIAL})`);
    }
    return serialToIso(serial, 1900);
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (!isIsoDate(text)) throw valueError(`${argument}: ${describe(value)} is not a date; use a date or YYYY-MM-DD`);
    if (text < FIRST_ISO) throw numError(`${argument}: ${text} is before 1900-01-01, Excel's first date`);
    return text;
  }
  throw valueError(`${argument}: ${describe(value)} is not a date; use a date or YYYY-MM-DD`);
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

/** A required number such as a count of shares: like an amount, but blank is an error. */
export function toNumber(value: unknown, argument: string): Decimal {
  if (isBlank(value)) throw valueError(`${argument} is required`);
  return toAmount(value, argument);
}
