// ISO calendar dates (`YYYY-MM-DD`) on Excel's calendar: Gregorian, except that 1900 is a leap
// year, as Excel (after Lotus 1-2-3) has it, so 1900-02-29 exists and is serial 60.
import { DateError } from "./errors";

/** A calendar date as an ISO string, `YYYY-MM-DD`. Compares correctly as a string. */
export type IsoDate = string;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** Excel's first date in the 1900 system (serial 1) and its last in either system. */
export const FIRST_EXCEL_DATE: IsoDate = "1900-01-01";
export const LAST_EXCEL_DATE: IsoDate = "9999-12-31";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0 || year === 1900);
}

/** Days in `month` (1–12) of `year`, on Excel's calendar (February 1900 has 29). */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new DateError(
      `daysInMonth: expected a whole year and a month 1–12, got ${year}-${month}`,
      "format",
    );
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "00" to "31": month and day numbers, padded without building strings on every call. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

export function formatIso(year: number, month: number, day: number): IsoDate {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, "0");
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** The digit at `index` of `text` as a number, or NaN for anything else. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * The parts of `YYYY-MM-DD` text, read digit by digit (VESTED reads a date on every call), or
 * null when the text does not have that shape. The parts are not yet checked against the calendar.
 */
function readParts(text: string): YearMonthDay | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  return Number.isNaN(year + month + day) ? null : { year, month, day };
}

/** The parts of a date already known to be valid (callers validate first). */
export function splitIso(iso: IsoDate): YearMonthDay {
  return readParts(iso) as YearMonthDay;
}

/** Why `text` is not a calendar date, or null when it is one. */
function problemWith(text: string): string | null {
  const parts = readParts(text);
  if (parts === null) return `"${text}" is not a date in the form YYYY-MM-DD`;
  const { year, month, day } = parts;
  if (month < 1 || month > 12) return `"${text}" is not a real date: there is no month ${month}`;
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return `"${text}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${length} days`;
  }
  return null;
}

/** True when `text` is exactly a real `YYYY-MM-DD` date (1900-02-29 included, as in Excel). */
export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === "string" && problemWith(text) === null;
}

/** `text` itself when it is a real `YYYY-MM-DD` date (surrounding spaces ignored); else a DateError quoting it. */
export function parseIsoDate(text: string): IsoDate {
  if (typeof text !== "string")
    throw new DateError(`expected a date as YYYY-MM-DD text, got ${String(text)}`, "format");
  const trimmed = text.trim();
  const problem = problemWith(trimmed);
  if (problem !== null) throw new DateError(problem, "format");
  return trimmed;
}

/** Orders two valid ISO dates: negative, zero or positive. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
