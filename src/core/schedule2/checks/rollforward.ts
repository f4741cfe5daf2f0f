// Roll-forward: begin + additions − deductions = end, per row, under the schedule's sign convention.
import type Decimal from "decimal.js";
import type { FindingJson, ScheduleRowModel, SignConvention } from "../types";
import { formatAmount, formatDifference, sum } from "./amounts";
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

/** `begin 5,756 + additions 4,230 − deductions 1,989 = 7,997, reported 7,979 (difference −18)` */
function formatArithmetic(row: ScheduleRowModel, convention: SignConvention, expected: Decimal): string {
  const deductions = sum(row.deductions);
  const deductionTerm =
    row.deductions.length === 0
      ? ""
      : convention === "all-added"
        ? ` + deductions ${formatAmount(deductions)}`
        : convention === "absolute-deductions"
          ? ` − deductions ${formatAmount(sum(row.deductions.map((d) => d.abs())))} (sign ignored)`
          : ` − deductions ${formatAmount(deductions)}`;
  const difference = row.end.minus(expected);
  return (
    `begin ${formatAmount(row.begin)} + additions ${formatAmount(sum(row.additions))}${deductionTerm}` +
    ` = ${formatAmount(expected)}, reported ${formatAmount(row.end)} (difference ${formatDifference(difference)})`
  );
}
