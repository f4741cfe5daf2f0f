// The rounding (allocation type) and day-of-month options of a grant, read from text or numbers.
import { DayOfMonth } from "../dates";
import { Rounding, VestingError } from "./types";

export const ROUNDINGS: readonly Rounding[] = [
  "cumulative-round-down",
  "cumulative-rounding",
  "front-loaded",
  "back-loaded",
  "front-loaded-single",
  "back-loaded-single",
  "fractional",
];

/** OCF's longer names for the single-tranche types; the others are ours with `_` for `-`. */
const OCF_ALIASES: Readonly<Record<string, Rounding>> = {
  "front-loaded-to-single-tranche": "front-loaded-single",
  "back-loaded-to-single-tranche": "back-loaded-single",
};

const DAY_POLICIES: readonly DayOfMonth[] = ["start", "last", "first", "start-minus-one"];

/** Lower case, with `_`, `-` and spaces all read as one `-`. */
function normalizeName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-");
}

/** Our kebab names or OCF's (CUMULATIVE_ROUND_DOWN ...), any case; null means cumulative-round-down. */
export function parseRounding(text: string | null | undefined): Rounding {
  if (text === null || text === undefined) return "cumulative-round-down";
  const name = typeof text === "string" ? normalizeName(text) : "";
  const rounding = (ROUNDINGS as readonly string[]).includes(name) ? (name as Rounding) : OCF_ALIASES[name];
  if (rounding === undefined) {
    throw new VestingError(
      `unknown rounding '${String(text)}': use ${ROUNDINGS.join(", ")} (OCF names such as CUMULATIVE_ROUND_DOWN or FRONT_LOADED_TO_SINGLE_TRANCHE work too)`,
      "rounding",
    );
  }
  return rounding;
}

/** `start` (the default, for null), `last`, `first`, `start-minus-one`, or a day 1–31 as a number or text. */
export function parseDayOfMonth(text: string | number | null | undefined): DayOfMonth {
  if (text === null || text === undefined) return "start";
  const day = typeof text === "number" ? text : /^\s*\d+\s*$/.test(text) ? Number(text) : null;
  if (day !== null) {
    if (!Number.isInteger(day) || day < 1 || day > 31) {
      throw new VestingError(`day of month ${day} is not a whole number from 1 to 31`, "dayOfMonth", "num");
    }
    return day;
  }
  const name = typeof text === "string" ? normalizeName(text) : "";
  const policy = DAY_POLICIES.find((candidate) => candidate === name);
  if (policy === undefined) {
    throw new VestingError(
      `unknown day of month '${String(text)}': use start, last, first, start-minus-one or a day 1–31`,
      "dayOfMonth",
    );
  }
  return policy;
}
