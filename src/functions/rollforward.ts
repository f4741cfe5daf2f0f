// Roll-forward arithmetic for Schedule II rows: begin + charged to costs + charged to other
// accounts − deductions = end, exact in decimal (0.1 + 0.2 − 0.3 is 0, not 5.55e-17).
import Decimal from "decimal.js";
import { toAmount } from "./coercion";
import { numError } from "./errors";
import { elementwise } from "./grid";

/**
 * Each argument is a single value or a range (rows of cells): a number, accounting text, or blank.
 * Anything else is reported by name, so arguments are typed `unknown` and checked here.
 */

const COLUMNS = ["begin", "charged", "other", "deductions"] as const;

function endingBalance(values: unknown[], labels: string[]): Decimal {
  const [begin, charged, other, deductions] = values.map((value, i) => toAmount(value, labels[i]));
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
  return elementwise("ROLLFORWARD", args, (values, labels) => endingBalance(values, labels).toNumber());
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
    const reported = toAmount(values[4], labels[4]);
    const difference = reported.minus(endingBalance(values.slice(0, 4), labels.slice(0, 4)));
    return difference.abs().lte(allowed) ? 0 : difference.toNumber();
  });
}
