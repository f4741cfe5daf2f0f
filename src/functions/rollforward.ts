// Roll-forward arithmetic for Schedule II rows: begin + charged to costs + charged to other
// accounts − deductions = end, exact in decimal (0.1 + 0.2 − 0.3 is 0, not 5.55e-17).
import Decimal from "decimal.js";
import { toAmount } from "./coercion";
import { numError, valueError } from "./errors";
import { elementwise } from "./grid";

/**
 * Each argument is a single value or a range (rows of cells): a number, accounting text, or blank.
 * Anything else is reported by name, so arguments are typed `unknown` and checked here.
 */

const COLUMNS = ["begin", "charged", "other", "deductions"] as const;

/**
 * An amount as Excel holds it: a number is rounded to 15 significant digits, the most Excel keeps
 * and shows, as Check reads a cell. So `510.71+0.2` (510.9100000000000250…) is 510.91, and the
 * difference against a printed 510.91 is 0, not 3e-14.
 */
function excelAmount(value: unknown, label: string): Decimal {
  const amount = toAmount(value, label);
  return typeof value === "number" ? amount.toSignificantDigits(15) : amount;
}

/** A result Excel can hold, or #VALUE! naming it: beyond ±1.8e308 a double is Infinity. */
function excelNumber(value: Decimal, what: string): number {
  const number = value.toNumber();
  if (!Number.isFinite(number)) {
    throw valueError(
      `${what} ${value.toSignificantDigits(6).toString()} is beyond what Excel can hold (±1.8e308)`,
    );
  }
  return number;
}

function endingBalance(values: unknown[], labels: string[]): Decimal {
  const [begin, charged, other, deductions] = values.map((value, i) => excelAmount(value, labels[i]));
  return begin.plus(charged).plus(other).minus(deductions);
}

/** The computed ending balance per row: begin + charged + other − deductions. */
export function computeRollForward(
  begin: unknown,
  charged: unknown,
  other: unknown,
  deductions: unknown,
): number[][] {
  const args = [begin, charged, other, deductions].map((value, i) => ({ name: COLUMNS[i], value }));
  return elementwise("ROLLFORWARD", args, (values, labels) =>
    excelNumber(endingBalance(values, labels), "the ending balance"),
  );
}

/**
 * Reported minus computed ending balance per row: the same sign as `tieout check`'s `difference`
 * (actual − expected), so a reported figure that is too high shows positive. Zero when the
 * difference is within `tolerance` (blank: exact).
 */
export function computeRollForwardDifference(
  begin: unknown,
  charged: unknown,
  other: unknown,
  deductions: unknown,
  reportedEnd: unknown,
  tolerance?: unknown,
): number[][] {
  const allowed = toAmount(tolerance, "tolerance");
  if (allowed.lt(0)) throw numError(`tolerance: ${allowed.toString()} is negative; use 0 or more`);
  const args = [begin, charged, other, deductions, reportedEnd].map((value, i) => ({
    name: i < COLUMNS.length ? COLUMNS[i] : "reportedEnd",
    value,
  }));
  return elementwise("ROLLFORWARDDIFF", args, (values, labels) => {
    const reported = excelAmount(values[4], labels[4]);
    const difference = reported.minus(endingBalance(values.slice(0, 4), labels.slice(0, 4)));
    return difference.abs().lte(allowed) ? 0 : excelNumber(difference, "the difference");
  });
}
