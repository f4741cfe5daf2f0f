// Continuity: an account's end in one period equals its begin in the next, matched by period, not row order.
import type Decimal from "decimal.js";
import type { FindingJson, ScheduleModel, ScheduleRowModel } from "../types";
import { formatAmount, formatDifference } from "./amounts";
import { accountKey } from "./accountKey";
import { cellLocation, columnHeader } from "./columns";
import { makeFinding, rowTitle } from "./finding";
import { isWithinTolerance } from "./tolerance";

/**
 * Periods are put in order by their fiscal year, whichever way the table lists them, and only consecutive
 * years are compared. A period without a
 * year, or a year key shared by two differently labelled periods (a stub beside a full year), cannot be
 * placed with certainty and is left out rather than risk a false break.
 */
export function checkContinuity(model: ScheduleModel, tolerance: Decimal): FindingJson[] {
  const periods = orderedPeriods(model.rows);
  const findings: FindingJson[] = [];
  for (let i = 1; i < periods.length; i++) {
    // A gap in the years means the table does not show the period in between: nothing to compare.
    if (Number(periods[i]) - Number(periods[i - 1]) !== 1) continue;
    const earlier = rowsByAccount(model.rows, periods[i - 1]);
    const later = rowsByAccount(model.rows, periods[i]);
    for (const [key, laterRows] of later) {
      const earlierRows = earlier.get(key);
      // The same name printed a different number of times in two years cannot be paired safely.
      if (!earlierRows || earlierRows.length !== laterRows.length) continue;
      laterRows.forEach((laterRow, k) => {
        const finding = continuityBreak(model, earlierRows[k], laterRow, tolerance);
        if (finding) findings.push(finding);
      });
    }
  }
  return findings;
}

function continuityBreak(
  model: ScheduleModel,
  earlier: ScheduleRowModel,
  later: ScheduleRowModel,
  tolerance: Decimal,
): FindingJson | null {
  const difference = later.begin.minus(earlier.end);
  if (isWithinTolerance(difference, tolerance)) return null;
  return makeFinding({
    check: "continuity",
    severity: "error",
    period: later.period,
    account: later.account,
    column: columnHeader(model, "begin"),
    expected: earlier.end,
    actual: later.begin,
    location: cellLocation(later, "begin"),
    message:
      `${rowTitle(later.period, later.account, later.isTotal)}: begins at ${formatAmount(later.begin)},` +
      ` but ${earlier.period} ended at ${formatAmount(earlier.end)} (difference ${formatDifference(difference)})`,
  });
}

function orderedPeriods(rows: readonly ScheduleRowModel[]): string[] {
  const labels = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = labels.get(row.period) ?? new Set<string>();
    set.add(row.periodLabel.trim());
    labels.set(row.period, set);
  }
  return [...labels.entries()]
    .filter(([period, periodLabels]) => /^\d{4}$/.test(period) && periodLabels.size === 1)
    .map(([period]) => period)
    .sort((a, b) => Number(a) - Number(b));
}

/** Rows of one period by account key, in printed order; totals are keyed apart from accounts. */
function rowsByAccount(rows: readonly ScheduleRowModel[], period: string): Map<string, ScheduleRowModel[]> {
  const byAccount = new Map<string, ScheduleRowModel[]>();
  for (const row of rows) {
    if (row.period !== period) continue;
    const key = (row.isTotal ? "total:" : "account:") + accountKey(row.account);
    const group = byAccount.get(key);
    if (group) group.push(row);
    else byAccount.set(key, [row]);
  }
  return byAccount;
}
