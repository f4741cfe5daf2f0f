// When each period of a schedule ends and how long it runs, read from its label, so continuity can
// pair a period with the one just before it: "Year ended June 30, 2001" → "Six months ended
// December 31, 2001" → "Year ended December 31, 2002", whichever order the table prints them in.
import type { ScheduleRowModel } from "../types";

const DAY_MS = 86400000;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
/** 52/53-week fiscal years and month-length rounding: ends this close count as the same day. */
const SAME_DAY_SLACK = 10;

const MONTH_DAY_YEAR =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s*((?:19|20)\d\d)\b/gi;
const MONTH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/gi;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;

interface Span {
  period: string;
  /** Day number (days since 1970-01-01) of the period's last day. */
  end: number;
  /** Day number of the day before the period's first day: the previous period's end. */
  openedAfter: number;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month, day) / DAY_MS);
}

function fullYear(text: string): number {
  const value = Number(text);
  return text.length === 2 ? (value < 50 ? 2000 + value : 1900 + value) : value;
}

/** Every date printed in the label, in order, as day numbers. */
function datesIn(label: string): number[] {
  const found: { at: number; day: number }[] = [];
  for (const m of label.matchAll(MONTH_DAY_YEAR)) {
    found.push({
      at: m.index ?? 0,
      day: dayNumber(Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()), Number(m[2])),
    });
  }
  if (found.length === 0) {
    // "June 2001": the month's last day.
    for (const m of label.matchAll(MONTH_YEAR)) {
      found.push({
        at: m.index ?? 0,
        day: dayNumber(Number(m[2]), MONTHS.indexOf(m[1].toLowerCase()) + 1, 0),
      });
    }
  }
  for (const m of label.matchAll(SLASH_DATE)) {
    found.push({ at: m.index ?? 0, day: dayNumber(fullYear(m[3]), Number(m[1]) - 1, Number(m[2])) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.day);
}

/** Length in days of a period the label calls "six months", "13 weeks", …; a year otherwise. */
function lengthInDays(label: string): number {
  const count =
    /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(months?|weeks?)\b/i.exec(
      label,
    );
  if (!count) return 365;
  const n = /\d/.test(count[1]) ? Number(count[1]) : NUMBER_WORDS.indexOf(count[1].toLowerCase()) + 1;
  return /^week/i.test(count[2]) ? n * 7 : Math.round(n * 30.44);
}

/** The period's span, or null when its label gives no year to place it by. */
function spanOf(period: string, label: string): Span | null {
  const dates = datesIn(label);
  if (dates.length >= 2 && /\b(?:from|to|through)\b|[-–]/i.test(label)) {
    // "Period from June 1, 2001 to December 31, 2001"
    return { period, end: dates[dates.length - 1], openedAfter: dates[0] - 1 };
  }
  let end = dates[dates.length - 1];
  if (end === undefined) {
    // A bare year or "Fiscal 2023": the periods are whole years, so any common day will do.
    if (!/^\d{4}$/.test(period)) return null;
    end = dayNumber(Number(period), 11, 31);
  }
  return { period, end, openedAfter: end - lengthInDays(label) };
}

function spansOf(rows: readonly ScheduleRowModel[]): Span[] {
  const labels = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = labels.get(row.period) ?? new Set<string>();
    set.add(row.periodLabel.trim());
    labels.set(row.period, set);
  }
  return [...labels.entries()]
    .filter(([, periodLabels]) => periodLabels.size === 1)
    .map(([period, periodLabels]) => spanOf(period, [...periodLabels][0] || period))
    .filter((span): span is Span => span !== null)
    .sort((a, b) => a.end - b.end);
}

/**
 * Pairs [earlier, later] of period keys where the later period opens the day after the earlier one
 * closes (within a few days, for 52/53-week years). A key printed with two different labels cannot be
 * placed with certainty and is left out, and so is a gap: nothing is compared across a missing period.
 */
export function consecutivePeriods(rows: readonly ScheduleRowModel[]): [string, string][] {
  const spans = spansOf(rows);
  const pairs: [string, string][] = [];
  for (let i = 1; i < spans.length; i++) {
    const [earlier, later] = [spans[i - 1], spans[i]];
    if (Math.abs(later.openedAfter - earlier.end) <= SAME_DAY_SLACK)
      pairs.push([earlier.period, later.period]);
  }
  return pairs;
}

/** A stretch of days between two periods of the table that the table does not show. */
export interface PeriodGap {
  earlier: string;
  later: string;
  /** The first and last day not shown, as ISO dates. */
  from: string;
  to: string;
}

/**
 * Neighbouring periods with days between them that the table does not show, fewer than either
 * period runs (a transition period after a change of fiscal year, left out of the schedule). Their
 * balances cannot be compared as a break, but an auditor wants to see them side by side. A whole
 * missing year is not listed: balances a year apart are not expected to agree.
 */
export function periodGaps(rows: readonly ScheduleRowModel[]): PeriodGap[] {
  const spans = spansOf(rows);
  const gaps: PeriodGap[] = [];
  for (let i = 1; i < spans.length; i++) {
    const [earlier, later] = [spans[i - 1], spans[i]];
    const missing = later.openedAfter - earlier.end;
    const shorter = Math.min(later.end - later.openedAfter, earlier.end - earlier.openedAfter);
    if (missing > SAME_DAY_SLACK && missing < shorter - SAME_DAY_SLACK)
      gaps.push({
        earlier: earlier.period,
        later: later.period,
        from: isoDay(earlier.end + 1),
        to: isoDay(later.openedAfter),
      });
  }
  return gaps;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
