// Continuity: an account's end in one period equals its begin in the next, matched by period, not row order.
import type Decimal from "decimal.js";
import type { FindingJson, ScheduleModel, ScheduleRowModel } from "../types";
import { formatAmount, formatDifference } from "./amounts";
import { accountKey } from "./accountKey";
import { cellLocation, columnHeader } from "./columns";
import { makeFinding, rowTitle } from "./finding";
import { consecutivePeriods, periodGaps, type PeriodGap } from "./periodSpans";
import { isWithinTolerance } from "./tolerance";

/**
 * Periods are put in order by when they end, whichever way the table lists them, and each is compared
 * with the period that closes the day before it opens: a stub or transition period sits between the
 * years around it. A gap (a period the table does not show) or a period whose label gives no date
 * cannot be placed with certainty and is left out rather than risk a false break. Across a gap of
 * less than a year (a transition period the table leaves out) a difference is a warning that names
 * the days not shown, never a break.
 */
export function checkContinuity(model: ScheduleModel, tolerance: Decimal): FindingJson[] {
  const findings: FindingJson[] = [];
  const compare = (earlierPeriod: string, laterPeriod: string, gap: PeriodGap | null) => {
    const earlier = rowsByAccount(model.rows, earlierPeriod);
    const later = rowsByAccount(model.rows, laterPeriod);
    for (const [key, laterRows] of later) {
      const earlierRows = earlier.get(key);
      // The same name printed a different number of times in two periods cannot be paired safely.
      if (!earlierRows || earlierRows.length !== laterRows.length) continue;
      laterRows.forEach((laterRow, k) => {
        const finding = continuityBreak(model, earlierRows[k], laterRow, tolerance, gap);
        if (finding) findings.push(finding);
      });
    }
  };
  for (const [earlierPeriod, laterPeriod] of consecutivePeriods(model.rows))
    compare(earlierPeriod, laterPeriod, null);
  for (const gap of periodGaps(model.rows)) compare(gap.earlier, gap.later, gap);
  return findings;
}

function continuityBreak(
  model: ScheduleModel,
  earlier: ScheduleRowModel,
  later: ScheduleRowModel,
  tolerance: Decimal,
  gap: PeriodGap | null,
): FindingJson | null {
  const difference = later.begin.minus(earlier.end);
  if (isWithinTolerance(difference, tolerance)) return null;
  const notShown = gap
    ? `; the table does not show ${gap.from} to ${gap.to} between them, so this is not counted as a break`
    : "";
  return makeFinding({
    check: "continuity",
    severity: gap ? "warning" : "error",
    period: later.period,
    account: later.account,
    column: columnHeader(model, "begin"),
    expected: earlier.end,
    actual: later.begin,
    location: cellLocation(later, "begin"),
    message:
      `${rowTitle(later.period, later.account, later.isTotal)}: begins at ${formatAmount(later.begin)},` +
      ` but ${earlier.period} ended at ${formatAmount(earlier.end)} (difference ${formatDifference(difference)})${notShown}`,
  });
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
