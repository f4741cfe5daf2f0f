// Roll-forward: begin + additions − deductions = end, per row, under the schedule's sign convention.
import type Decimal from "decimal.js";
import type { FindingJson, ScheduleRowModel, SignConvention } from "../types";
import { formatAmount, formatDifference, printedFigure } from "./amounts";
import { cellLocation } from "./columns";
import { SIGN_CONVENTIONS, computedEnd, describeConvention, rowTies } from "./convention";
import { makeFinding, rowTitle } from "./finding";

export function checkRollForward(
  rows: readonly ScheduleRowModel[],
  convention: SignConvention,
  tolerance: Decimal,
): FindingJson[] {
  const findings: FindingJson[] = [];
  for (const row of rows) {
    if (rowTies(row, convention, tolerance)) continue;
    const otherReading = SIGN_CONVENTIONS.find(
      (other) => other !== convention && rowTies(row, other, tolerance),
    );
    const expected = computedEnd(row, convention);
    const arithmetic = `${rowTitle(row.period, row.account, row.isTotal)}: ${formatArithmetic(row, convention, expected)}`;
    findings.push(
      makeFinding({
        check: "rollforward",
        // A row that ties under another reading is a sign-convention artifact, not a proven break.
        severity: otherReading ? "warning" : "error",
        period: row.period,
        account: row.account,
        column: "End",
        expected,
        actual: row.end,
        location: cellLocation(row, "end"),
        message: otherReading
          ? `${arithmetic}; it ties if read as ${describeConvention(otherReading)}, unlike the rest of the schedule`
          : arithmetic,
      }),
    );
  }
  return findings;
}

/**
 * `begin 5,756 + additions 84 + (349) + 22 − deductions 1,989 = 7,997, reported 7,979 (difference −18)`:
 * each figure as printed, so a reviewer can find every term on the page; only the result is computed.
 */
function formatArithmetic(row: ScheduleRowModel, convention: SignConvention, expected: Decimal): string {
  const figure = (position: number, value: Decimal) => printedFigure(row.printed?.[position], value);
  const additions = terms(row.additions, 1, figure);
  const deductionStart = 1 + row.additions.length;
  const deductionTerm =
    row.deductions.length === 0
      ? ""
      : convention === "all-added"
        ? ` + deductions ${terms(row.deductions, deductionStart, figure).join(" + ")}`
        : convention === "absolute-deductions"
          ? ` − deductions ${terms(row.deductions, deductionStart, figure).join(" − ")} (signs ignored)`
          : ` − deductions ${terms(row.deductions, deductionStart, figure).join(" − ")}`;
  const difference = row.end.minus(expected);
  const endPosition = deductionStart + row.deductions.length;
  return (
    `begin ${figure(0, row.begin)} + additions ${additions.join(" + ")}${deductionTerm}` +
    ` = ${formatAmount(expected)}, reported ${figure(endPosition, row.end)} (difference ${formatDifference(difference)})`
  );
}

/** The printed terms of one role; empty columns are left out unless every column of the role is empty. */
function terms(
  values: readonly Decimal[],
  first: number,
  figure: (position: number, value: Decimal) => string,
): string[] {
  const printed = values.map((value, k) => ({ value, text: figure(first + k, value) }));
  const shown = printed.filter(({ value }) => !value.isZero());
  if (printed.length === 0) return ["0"];
  return (shown.length > 0 ? shown : printed.slice(0, 1)).map(({ text }) => text);
}
