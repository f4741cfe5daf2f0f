// The schedule text of DESIGN.md ("50% at 6 months, then 50% monthly over 24 months") to a
// ScheduleSpec. Every error quotes the segment it is about and names the word that is wrong.
import Decimal from "decimal.js";
import { RecentCache } from "./recent-cache";
import {
  InstallmentSegment,
  Leg,
  Offset,
  PeriodUnit,
  ScheduleSegment,
  ScheduleSpec,
  VestingError,
} from "./types";

const SEPARATOR = /[,;]|\bthen\b/i;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const WHOLE_NUMBER = /^\d+$/;
/** Each unit word as a length in months or days. */
const UNITS: Readonly<Record<string, Leg>> = {
  month: { unit: "months", length: 1 },
  months: { unit: "months", length: 1 },
  year: { unit: "months", length: 12 },
  years: { unit: "months", length: 12 },
  day: { unit: "days", length: 1 },
  days: { unit: "days", length: 1 },
  week: { unit: "days", length: 7 },
  weeks: { unit: "days", length: 7 },
};
const FREQUENCY_MONTHS: Readonly<Record<string, number>> = { monthly: 1, quarterly: 3, annually: 12 };
/** Longer than any real schedule; keeps a typo such as "over 4800 months" from building a huge table. */
const MAX_MONTHS = 1200;
const MAX_DAYS = 36525;
const MAX: Readonly<Record<PeriodUnit, number>> = { months: MAX_MONTHS, days: MAX_DAYS };
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

  /** A length of time: `N months`, `N years`, `N days` or `N weeks`, in months or days. */
  length(): Leg {
    const count = this.next("a number of months, years or days");
    if (!WHOLE_NUMBER.test(count))
      this.fail(`expected a whole number of months, years or days, found '${count}'`);
    const unit = this.next(`a unit (months, years or days) after '${count}'`);
    const perUnit = UNITS[unit];
    if (perUnit === undefined) this.fail(`unknown unit '${unit}' (use months, years or days)`);
    const length = Number(count) * perUnit.length;
    if (length > MAX[perUnit.unit]) this.fail(`${count} ${unit} is more than ${MAX_MONTHS / 12} years`);
    return { unit: perUnit.unit, length };
  }

  end(): void {
    const extra = this.peek();
    if (extra !== undefined) this.fail(`unexpected '${extra}' after the end of the segment`);
  }
}

interface ParseState {
  segments: ScheduleSegment[];
  /** Where the last segment ended. */
  position: Leg[];
  cliff: Leg | null;
  cliffText: string;
}

/** `offset` followed by `leg`, neighbouring legs of one unit joined. */
function extend(offset: Offset, leg: Leg): Leg[] {
  const last = offset[offset.length - 1];
  if (last === undefined) return [leg];
  if (last.unit === leg.unit)
    return [...offset.slice(0, -1), { unit: leg.unit, length: last.length + leg.length }];
  return [...offset, leg];
}

const total = (offset: Offset, unit: PeriodUnit): number =>
  offset.reduce((sum, leg) => (leg.unit === unit ? sum + leg.length : sum), 0);

/** `N months` or `N days` as words, for messages. */
const describeLeg = ({ unit, length }: Leg): string => `${unit === "months" ? "month" : "day"} ${length}`;

function readPercent(reader: SegmentReader): Decimal {
  const word = reader.next("a percentage");
  if (PERCENT.test(word)) return new Decimal(word.slice(0, -1));
  if (/^\d+(?:\.\d+)?$/.test(word)) reader.fail(`expected a percentage such as '${word}%', found '${word}'`);
  return reader.fail(`expected a percentage (as in '${EXAMPLE}') or 'cliff N months', found '${word}'`);
}

function readInstallmentPeriod(reader: SegmentReader): Leg {
  const word = reader.next("monthly, quarterly, annually or every N months");
  const period = FREQUENCY_MONTHS[word];
  if (period !== undefined) return { unit: "months", length: period };
  if (word === "every") {
    const leg = reader.length();
    if (leg.length === 0)
      reader.fail(`the period must be at least 1 ${leg.unit === "months" ? "month" : "day"}`);
    return leg;
  }
  return reader.fail(
    `expected monthly, quarterly, annually or every N months (or 'at N months'), found '${word}'`,
  );
}

function readSegment(quoted: string, state: ParseState): void {
  const reader = new SegmentReader(quoted);
  if (reader.peek() === "cliff") {
    reader.next("cliff");
    const cliff = reader.length();
    reader.end();
    if (state.cliff !== null) reader.fail(`the schedule already has a cliff (\`${state.cliffText}\`)`);
    state.cliff = cliff;
    state.cliffText = quoted;
    return;
  }
  const percent = readPercent(reader);
  if (reader.peek() === "at") {
    reader.next("at");
    const at = reader.length();
    reader.end();
    // "at" counts from the vesting start; after a stretch in the other unit the order of the two is not known.
    const other = state.position.find((leg) => leg.unit !== at.unit);
    if (other !== undefined) {
      reader.fail(
        `a tranche at a number of ${at.unit} cannot follow a schedule that has run ${other.length} ${other.unit}: write it as installments ('every N ${at.unit} over ...') or in ${other.unit}`,
      );
    }
    const position = total(state.position, at.unit);
    if (at.length < position) {
      reader.fail(
        `${describeLeg(at)} is before the end of the previous segment (${describeLeg({ unit: at.unit, length: position })}); segments run in order`,
      );
    }
    state.segments.push({ kind: "at", text: quoted, percent, month: at.length, unit: at.unit });
    state.position = at.length === 0 ? [] : [at];
    return;
  }
  const period = readInstallmentPeriod(reader);
  reader.expectWord("over");
  const over = reader.length();
  reader.end();
  const unitWord = period.unit === "months" ? "month" : "day";
  if (over.unit !== period.unit)
    reader.fail(`the period is in ${period.unit}, so write the length in ${period.unit} too`);
  if (over.length === 0 || over.length % period.length !== 0) {
    reader.fail(
      `${over.length} ${period.unit} is not a whole number of ${period.length}-${unitWord} periods`,
    );
  }
  const end = extend(state.position, over);
  if (total(end, period.unit) > MAX[period.unit]) {
    reader.fail(
      `the schedule would run past ${describeLeg({ unit: period.unit, length: MAX[period.unit] })} (${MAX_MONTHS / 12} years)`,
    );
  }
  const segment: InstallmentSegment = {
    kind: "installments",
    text: quoted,
    percent,
    startMonth: total(state.position, "months"),
    start: Object.freeze(state.position.map((leg) => Object.freeze(leg))),
    periodMonths: period.length,
    unit: period.unit,
    count: over.length / period.length,
  };
  state.segments.push(segment);
  state.position = end;
}

function parseUncached(text: string): ScheduleSpec {
  if (typeof text !== "string")
    throw new VestingError(`the schedule must be text, got ${String(text)}`, "schedule");
  const state: ParseState = { segments: [], position: [], cliff: null, cliffText: "" };
  const pieces = text
    .replace(/\s+%/g, "%")
    .split(SEPARATOR)
    .map((piece) => piece.trim().replace(/\s+/g, " "))
    .filter((piece) => piece !== "");
  if (pieces.length === 0) {
    throw new VestingError(`the schedule is empty: write segments such as '${EXAMPLE}'`, "schedule");
  }
  for (const piece of pieces) readSegment(piece, state);
  const sum = state.segments.reduce((all, segment) => all.plus(segment.percent), new Decimal(0));
  if (!sum.eq(100)) throw new VestingError(`percentages add to ${sum.toString()}%, not 100%`, "schedule");
  const { cliff, position } = state;
  // A cliff in the schedule's own unit is checked here; across units only dates can tell (see table.ts).
  const sameUnit = position.every((leg) => cliff === null || leg.unit === cliff.unit);
  if (cliff !== null && sameUnit && cliff.length > total(position, cliff.unit)) {
    throw new VestingError(
      `\`${state.cliffText}\`: the cliff at ${describeLeg(cliff)} is after the schedule's last vest at ${describeLeg({ unit: cliff.unit, length: total(position, cliff.unit) })}`,
      "schedule",
    );
  }
  return Object.freeze({
    text,
    segments: Object.freeze(state.segments.map((segment) => Object.freeze(segment))),
    cliffMonth: cliff === null ? null : cliff.length,
    cliffUnit: cliff === null ? "months" : cliff.unit,
    endMonth: total(position, "months"),
    end: Object.freeze(position.map((leg) => Object.freeze(leg))),
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
