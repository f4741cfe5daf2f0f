// The schedule text of DESIGN.md ("50% at 6 months, then 50% monthly over 24 months") to a
// ScheduleSpec. Every error quotes the segment it is about and names the word that is wrong.
import Decimal from "decimal.js";
import { RecentCache } from "./recent-cache";
import { InstallmentSegment, ScheduleSegment, ScheduleSpec, VestingError } from "./types";

const SEPARATOR = /[,;]|\bthen\b/i;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const WHOLE_NUMBER = /^\d+$/;
const UNIT_MONTHS: Readonly<Record<string, number>> = { month: 1, months: 1, year: 12, years: 12 };
const FREQUENCY_MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, annually: 12 };
/** Longer than any real schedule; keeps a typo such as "over 4800 months" from building a huge table. */
const MAX_MONTHS = 1200;
const EXAMPLE = "50% at 6 months, then 50% monthly over 24 months";

const parsed = new RecentCache<ScheduleSpec>(256);

/** Reads one segment's words left to right, failing with the segment quoted. */
class SegmentReader {
  private position = 0;
  private readonly words: string[];

  constructor(readonly quoted: string) {
    this.words = quoted.toLowerCase().split(" ");
  }

  fail(problem: string): never {
    throw new VestingError(`\`${this.quoted}\`: ${problem}`, "schedule");
  }

  peek(): string | undefined {
    return this.words[this.position];
  }

  next(expected: string): string {
    const word = this.words[this.position++];
    if (word === undefined) this.fail(`expected ${expected} at the end`);
    return word;
  }

  expectWord(word: string): void {
    const found = this.next(`'${word}'`);
    if (found !== word) this.fail(`expected '${word}', found '${found}'`);
  }

  /** A count of months: `N months` or `N years`. */
  months(): number {
    const count = this.next("a number of months or years");
    if (!WHOLE_NUMBER.test(count)) this.fail(`expected a whole number of months or years, found '${count}'`);
    const unit = this.next(`a unit (months or years) after '${count}'`);
    const perUnit = UNIT_MONTHS[unit];
    if (perUnit === undefined) this.fail(`unknown unit '${unit}' (use months or years)`);
    const months = Number(count) * perUnit;
    if (months > MAX_MONTHS) this.fail(`${count} ${unit} is more than ${MAX_MONTHS / 12} years`);
    return months;
  }

  end(): void {
    const extra = this.peek();
    if (extra !== undefined) this.fail(`unexpected '${extra}' after the end of the segment`);
  }
}

interface ParseState {
  segments: ScheduleSegment[];
  /** Month the last segment ended at. */
  position: number;
  cliffMonth: number | null;
  cliffText: string;
}

function readPercent(reader: SegmentReader): Decimal {
  const word = reader.next("a percentage");
  if (PERCENT.test(word)) return new Decimal(word.slice(0, -1));
  if (/^\d+(?:\.\d+)?$/.test(word)) reader.fail(`expected a percentage such as '${word}%', found '${word}'`);
  return reader.fail(`expected a percentage (as in '${EXAMPLE}') or 'cliff N months', found '${word}'`);
}

function readInstallmentPeriod(reader: SegmentReader): number {
  const word = reader.next("monthly, quarterly, annually or every N months");
  const period = FREQUENCY_MONTHS[word];
  if (period !== undefined) return period;
  if (word === "every") {
    const months = reader.months();
    if (months === 0) reader.fail("the period must be at least 1 month");
    return months;
  }
  return reader.fail(
    `expected monthly, quarterly, annually or every N months (or 'at N months'), found '${word}'`,
  );
}

function readSegment(quoted: string, state: ParseState): void {
  const reader = new SegmentReader(quoted);
  if (reader.peek() === "cliff") {
    reader.next("cliff");
    const month = reader.months();
    reader.end();
    if (state.cliffMonth !== null) reader.fail(`the schedule already has a cliff (\`${state.cliffText}\`)`);
    state.cliffMonth = month;
    state.cliffText = quoted;
    return;
  }
  const percent = readPercent(reader);
  if (reader.peek() === "at") {
    reader.next("at");
    const month = reader.months();
    reader.end();
    if (month < state.position) {
      reader.fail(
        `month ${month} is before the end of the previous segment (month ${state.position}); segments run in order`,
      );
    }
    state.segments.push({ kind: "at", text: quoted, percent, month });
    state.position = month;
    return;
  }
  const periodMonths = readInstallmentPeriod(reader);
  reader.expectWord("over");
  const overMonths = reader.months();
  reader.end();
  if (overMonths === 0 || overMonths % periodMonths !== 0) {
    reader.fail(`${overMonths} months is not a whole number of ${periodMonths}-month periods`);
  }
  if (state.position + overMonths > MAX_MONTHS) {
    reader.fail(`the schedule would run past month ${MAX_MONTHS} (${MAX_MONTHS / 12} years)`);
  }
  const segment: InstallmentSegment = {
    kind: "installments",
    text: quoted,
    percent,
    startMonth: state.position,
    periodMonths,
    count: overMonths / periodMonths,
  };
  state.segments.push(segment);
  state.position += overMonths;
}

function parseUncached(text: string): ScheduleSpec {
  if (typeof text !== "string")
    throw new VestingError(`the schedule must be text, got ${String(text)}`, "schedule");
  const state: ParseState = { segments: [], position: 0, cliffMonth: null, cliffText: "" };
  const pieces = text
    .replace(/\s+%/g, "%")
    .split(SEPARATOR)
    .map((piece) => piece.trim().replace(/\s+/g, " "))
    .filter((piece) => piece !== "");
  if (pieces.length === 0) {
    throw new VestingError(`the schedule is empty: write segments such as '${EXAMPLE}'`, "schedule");
  }
  for (const piece of pieces) readSegment(piece, state);
  const total = state.segments.reduce((sum, segment) => sum.plus(segment.percent), new Decimal(0));
  if (!total.eq(100)) throw new VestingError(`percentages add to ${total.toString()}%, not 100%`, "schedule");
  if (state.cliffMonth !== null && state.cliffMonth > state.position) {
    throw new VestingError(
      `\`${state.cliffText}\`: the cliff at month ${state.cliffMonth} is after the schedule's last vest at month ${state.position}`,
      "schedule",
    );
  }
  return Object.freeze({
    text,
    segments: Object.freeze(state.segments.map((segment) => Object.freeze(segment))),
    cliffMonth: state.cliffMonth,
    endMonth: state.position,
  });
}

/** Parses schedule text (memoized by text: VESTED parses the same few schedules thousands of times). */
export function parseSchedule(text: string): ScheduleSpec {
  const cached = parsed.get([text]);
  if (cached) return cached;
  const spec = parseUncached(text);
  parsed.set([text], spec);
  return spec;
}
