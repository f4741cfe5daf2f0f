// Turning what Excel passes to a custom function (numbers, text, booleans, null for an omitted
// argument, null or 0 for a blank cell, data-type objects, and 2-D arrays for ranges) into the core's types, with an error that
// names the argument for anything that does not fit.
import Decimal from "decimal.js";
import { DateError, DateSystem, SERIAL_RANGE, isIsoDate, isoToSerial, serialToIso } from "../core/dates";
import { parseAmount } from "../core/numbers";
import type { GrantInput, IsoDate } from "../core/vesting/types";
import { noteCallWithoutKnownSystem, workbookDateSystem } from "./date-system";
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

/**
 * An omitted optional argument. A referenced empty cell reaches a custom function as 0 in desktop
 * Excel and as null on the web (office-js #4702, #5262), so 0 means omitted too for the arguments
 * where 0 has no meaning of its own: dates (no real grant or as-of date has serial 0), schedule and
 * rounding names, the date system. Tolerance 0 and omitted mean the same already.
 */
export function isOmitted(value: unknown): boolean {
  return isBlank(value) || value === 0;
}

/** What a desktop blank looks like in a message, so a user knows why a 0 they never typed is there. */
const BLANK_NOTE = "(an empty cell reaches the function as 0 in desktop Excel)";

/**
 * The plain value of a cell that holds an Excel data type: with allowCustomDataForDataTypeAny a
 * formatted number or a linked data type (stocks, geography) arrives as an object. Formatted
 * numbers, strings and booleans give their basic value; an entity is refused by name.
 */
export function plainValue(value: unknown, argument: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const cell = value as { type?: unknown; basicValue?: unknown; text?: unknown };
  const basic = cell.basicValue;
  const simple = ["Double", "String", "Boolean", "FormattedNumber"].includes(String(cell.type));
  if (simple && (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean"))
    return basic;
  const kind = typeof cell.type === "string" ? cell.type : "linked";
  const shown = typeof cell.text === "string" && cell.text !== "" ? ` ("${cell.text}")` : "";
  throw valueError(
    `${argument}: the cell holds a ${kind} data type${shown}, not a plain value; refer to a cell holding a number, date or text`,
  );
}

/** A finite number; NaN and ±Infinity (which Excel never sends, but callers of the library may) are refused. */
function finite(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw numError(`${argument}: ${value} is not a finite number`);
  return value;
}

const OFFSET_1904 = 1462;

/**
 * The workbook's date system from the optional `dateSystem` argument (blank, 0 or omitted: 1900),
 * checked against what the shared runtime knows about the workbook: a disagreement is an error
 * that says what to write, never dates silently four years off.
 */
export function toDateSystem(value: unknown, functionName = "VESTED"): DateSystem {
  const given = plainValue(value, "dateSystem");
  let explicit: DateSystem | null = null;
  if (!isOmitted(given)) {
    const n = typeof given === "string" ? Number(given.trim()) : given;
    if (n !== 1900 && n !== 1904)
      throw valueError(
        `dateSystem: ${describe(given)} is not a date system; use 1904 or 1900 (or leave it out)`,
      );
    explicit = n;
  }
  const known = workbookDateSystem();
  if (known === null) {
    if (explicit === null) noteCallWithoutKnownSystem();
    return explicit ?? 1900;
  }
  const used = explicit ?? 1900;
  if (used !== known) {
    throw valueError(
      known === 1904
        ? `dateSystem: this workbook uses the 1904 date system, so its dates would be read 4 years and 1 day early; add 1904 as ${functionName}'s last argument`
        : `dateSystem: this workbook uses the 1900 date system, not 1904; leave the argument out`,
    );
  }
  return used;
}

/**
 * A date serial of the given system as a 1900-system serial (what the core and the table cache
 * use), time of day kept; anything else unchanged. A 1904 serial outside 1904-01-01..9999-12-31
 * is refused here, in its own system's terms.
 */
export function to1900Serial(value: unknown, argument: string, system: DateSystem): unknown {
  if (system === 1900 || typeof value !== "number" || value === 0) return value;
  if (!Number.isFinite(value)) return value;
  try {
    serialToIso(value, 1904);
  } catch (error) {
    if (error instanceof DateError) throw numError(`${argument}: ${error.message}`);
    throw error;
  }
  return value + OFFSET_1904;
}

/**
 * A date: an Excel serial number (1900 system, or `system`; a time of day is ignored, as Excel's
 * date functions do) or ISO text `YYYY-MM-DD`. A real date Excel cannot hold (before 1900-01-01,
 * after 9999-12-31) is refused with its message. 0 is an empty cell on desktop Excel.
 */
export function toIsoDate(value: unknown, argument: string, system: DateSystem = 1900): IsoDate {
  value = plainValue(value, argument);
  if (isBlank(value)) throw valueError(`${argument} is required: use a date or YYYY-MM-DD`);
  if (value === 0) throw valueError(`${argument} is empty or 0 ${BLANK_NOTE}: use a date or YYYY-MM-DD`);
  const text = typeof value === "string" ? value.trim() : null;
  if (typeof value !== "number" && (text === null || !isIsoDate(text))) {
    throw valueError(`${argument}: ${describe(value)} is not a date; use a date or YYYY-MM-DD`);
  }
  try {
    if (text !== null) {
      isoToSerial(text, 1900); // checks that Excel can hold it
      return text;
    }
    return serialToIso(finite(value as number, argument), system);
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

/** An optional date: blank, 0 (a desktop blank) or omitted is null. */
export function toOptionalIsoDate(
  value: unknown,
  argument: string,
  system: DateSystem = 1900,
): IsoDate | null {
  value = plainValue(value, argument);
  return isOmitted(value) ? null : toIsoDate(value, argument, system);
}

/** Optional text (a schedule, a rounding name): blank, 0 (a desktop blank) or omitted is null. */
export function toOptionalText(value: unknown, argument: string): string | null {
  value = plainValue(value, argument);
  if (isOmitted(value)) return null;
  if (typeof value !== "string") throw valueError(`${argument}: ${describe(value)} is not text`);
  return value.trim() === "" ? null : value;
}

/**
 * An amount: a number, or accounting text such as "(473)", "$ 1,466" or "—" (zero).
 * Blank is zero, as Excel's own arithmetic treats an empty cell.
 */
export function toAmount(value: unknown, argument: string): Decimal {
  value = plainValue(value, argument);
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
  value = plainValue(value, argument);
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
  system: DateSystem = 1900,
): GrantInput {
  return {
    grantDate: toIsoDate(grantDate, "grantDate", system),
    shares: toRequiredNumber(shares, "shares"),
    schedule: toOptionalText(schedule, "schedule"),
    terminationDate: toOptionalIsoDate(terminationDate, "terminationDate", system),
    rounding: toOptionalText(rounding, "rounding"),
  };
}
