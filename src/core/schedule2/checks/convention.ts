// Sign conventions: how a row's printed deductions enter its roll-forward, and which reading a schedule uses.
import type Decimal from "decimal.js";
import type { CheckOptions, ScheduleModel, ScheduleRowModel, SignConvention } from "../types";
import { sum } from "./amounts";
import { isWithinTolerance, resolveTolerance } from "./tolerance";

export const SIGN_CONVENTIONS: readonly SignConvention[] = [
  "deductions-subtracted",
  "all-added",
  "absolute-deductions",
];

/** What the deductions contribute to the ending balance under a convention. */
export function deductionEffect(deductions: readonly Decimal[], convention: SignConvention): Decimal {
  switch (convention) {
    case "deductions-subtracted":
      return sum(deductions).negated();
    case "all-added":
      return sum(deductions);
    case "absolute-deductions":
      return sum(deductions.map((d) => d.abs())).negated();
  }
}

/** begin + additions ± deductions, as the convention reads them. */
export function computedEnd(row: ScheduleRowModel, convention: SignConvention): Decimal {
  return row.begin.plus(sum(row.additions)).plus(deductionEffect(row.deductions, convention));
}

export function rowTies(row: ScheduleRowModel, convention: SignConvention, tolerance: Decimal): boolean {
  return isWithinTolerance(row.end.minus(computedEnd(row, convention)), tolerance);
}

/** A phrase for messages and the text report. */
export function describeConvention(convention: SignConvention): string {
  switch (convention) {
    case "deductions-subtracted":
      return "deductions printed positive and subtracted";
    case "all-added":
      return "every column added as printed (deductions printed signed)";
    case "absolute-deductions":
      return "deductions subtracted whatever their printed sign (parentheses are presentation)";
  }
}

/**
 * The reading under which the most rows tie. Ties between readings go to the one the printing suggests:
 * deductions printed mostly negative → `all-added`, otherwise `deductions-subtracted`. When every
 * deduction is printed with the same sign, the contrary reading must tie at least two more rows: one row
 * that ties only the other way is a coincidence (or a changed figure) and is reported as a warning, not
 * allowed to flip the whole schedule. A schedule with no deduction column adds every column as printed,
 * which is `all-added` by definition.
 */
export function inferSignConvention(model: ScheduleModel, options?: CheckOptions): SignConvention {
  const tolerance = resolveTolerance(options);
  const preference = preferredOrder(model.rows);
  const margin = printedOneWay(model.rows) ? 1 : 0;
  let best = preference[0];
  let bestCount = -1;
  for (const convention of preference) {
    const count = model.rows.filter((row) => rowTies(row, convention, tolerance)).length;
    if (count > bestCount) {
      best = convention;
      bestCount = count + (convention === preference[0] ? margin : 0);
    }
  }
  return best;
}

/** Every non-zero deduction printed with the same sign (then one reading is the contrary of the printing). */
function printedOneWay(rows: readonly ScheduleRowModel[]): boolean {
  const signs = new Set(
    rows
      .flatMap((row) => row.deductions)
      .filter((d) => !d.isZero())
      .map((d) => d.isNegative()),
  );
  return signs.size === 1;
}

function preferredOrder(rows: readonly ScheduleRowModel[]): SignConvention[] {
  const printed = rows.flatMap((row) => row.deductions);
  if (rows.length > 0 && printed.length === 0)
    return ["all-added", "deductions-subtracted", "absolute-deductions"];
  const negatives = printed.filter((d) => d.isNegative() && !d.isZero()).length;
  const positives = printed.filter((d) => d.isPositive() && !d.isZero()).length;
  return negatives > positives
    ? ["all-added", "absolute-deductions", "deductions-subtracted"]
    : ["deductions-subtracted", "absolute-deductions", "all-added"];
}
