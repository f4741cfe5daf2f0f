// Random schedule text in Tieout's grammar for property tests that hold two vesting paths to one
// another: one to four segments ("40.5% at 12 months", "59.5% quarterly over 36 months"),
// percentages adding to exactly 100%, and sometimes a cliff. Some combinations are refused by the
// parser; a property then expects the same refusal from both paths.
import fc from "fast-check";
import Decimal from "decimal.js";

/** One segment of schedule text; some combinations are refused by the parser, and must be by both paths. */
const segment = fc.oneof(
  fc.record({
    at: fc.integer({ min: 0, max: 60 }),
    unit: fc.constantFrom("months", "days", "years"),
  }),
  fc.record({
    period: fc.constantFrom(
      "monthly",
      "quarterly",
      "annually",
      "every 2 months",
      "every 7 days",
      "every 30 days",
    ),
    count: fc.integer({ min: 1, max: 48 }),
  }),
);

/** Percentages in hundredths that add to exactly 100%. */
const percents = (count: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const bounds = [0, ...cuts.sort((a, b) => a - b), 10000];
      return bounds.slice(1).map((bound, i) => new Decimal(bound - bounds[i]).div(100).toString());
    });

const PERIOD_LENGTH: Record<string, [number, string]> = {
  monthly: [1, "months"],
  quarterly: [3, "months"],
  annually: [12, "months"],
  "every 2 months": [2, "months"],
  "every 7 days": [7, "days"],
  "every 30 days": [30, "days"],
};

export const scheduleText = fc
  .array(segment, { minLength: 1, maxLength: 4 })
  .chain((segments) =>
    fc.tuple(
      fc.constant(segments),
      percents(segments.length),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 36 }), fc.constantFrom("months", "days"))),
    ),
  )
  .map(([segments, percentList, cliff]) => {
    let position = 0;
    const parts = segments.map((s, i) => {
      if ("at" in s) {
        position = Math.max(position, s.at);
        return `${percentList[i]}% at ${position} ${s.unit}`;
      }
      const [length, unit] = PERIOD_LENGTH[s.period];
      return `${percentList[i]}% ${s.period} over ${length * s.count} ${unit}`;
    });
    if (cliff !== null) parts.push(`cliff ${cliff[0]} ${cliff[1]}`);
    return parts.join(", ");
  });

/** Grant-date serials for these properties: a vesting start up to 2000 days earlier is still on or after 1900-03-01. */
export const FIRST_SERIAL = 2061;
export const LAST_SERIAL = 73415; // 2100-12-31

export const dayOfMonth = fc.oneof(
  fc.constantFrom("start", "last", "first", "start-minus-one"),
  fc.integer({ min: 1, max: 31 }),
);

/** Share counts: small, around the limits of exact products in a Number, and past 2^53. */
export const wholeShares = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 1e12, max: Number.MAX_SAFE_INTEGER }),
  fc.bigInt({ min: 0n, max: 10n ** 22n }).map((n) => n.toString()),
);
