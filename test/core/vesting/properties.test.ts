// Invariants of vesting over random valid schedules, grants, roundings and day-of-month policies.
import fc from "fast-check";
import Decimal from "decimal.js";
import { serialToIso } from "../../../src/core/dates";
import { GrantInput, ROUNDINGS, vestedAsOf, vestingTable } from "../../../src/core/vesting";

const FIRST_SERIAL = 61; // 1900-03-01
const LAST_SERIAL = 73415; // 2100-12-31
const date = (min = FIRST_SERIAL, max = LAST_SERIAL) =>
  fc.integer({ min, max }).map((serial) => serialToIso(serial));

/** A span of months, written in years when it divides evenly (and sometimes not even then). */
const span = (months: number) =>
  fc
    .boolean()
    .map((inYears) =>
      inYears && months % 12 === 0 && months > 0 ? `${months / 12} years` : `${months} months`,
    );

type SegmentShape =
  { kind: "at"; gap: number } | { kind: "installments"; period: string; periodMonths: number; count: number };

const segmentShape: fc.Arbitrary<SegmentShape> = fc.oneof(
  fc.record({ kind: fc.constant("at" as const), gap: fc.integer({ min: 0, max: 24 }) }),
  fc
    .record({
      kind: fc.constant("installments" as const),
      period: fc.constantFrom(
        "monthly:1",
        "quarterly:3",
        "annually:12",
        "every 2 months:2",
        "every 6 months:6",
      ),
      count: fc.integer({ min: 1, max: 24 }),
    })
    .map(({ period, count }) => {
      const [word, months] = period.split(":");
      return { kind: "installments" as const, period: word, periodMonths: Number(months), count };
    }),
);

/** Percentages in hundredths that add to exactly 100%, one per segment. */
const percents = (count: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const bounds = [0, ...cuts.sort((a, b) => a - b), 10000];
      return bounds.slice(1).map((bound, i) => new Decimal(bound - bounds[i]).div(100).toString());
    });

/** Valid schedule text: 1–4 segments in order, percentages adding to 100, an optional cliff. */
const scheduleText = fc
  .array(segmentShape, { minLength: 1, maxLength: 4 })
  .chain((shapes) =>
    fc.tuple(
      fc.constant(shapes),
      percents(shapes.length),
      fc.tuple(
        ...shapes.map((shape) => span(shape.kind === "at" ? shape.gap : shape.periodMonths * shape.count)),
      ),
      fc.constantFrom(", ", "; ", " then ", ", then "),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    ),
  )
  .chain(([shapes, percentList, spans, separator, cliffAt]) => {
    let position = 0;
    const segments = shapes.map((shape, i) => {
      if (shape.kind === "at") {
        position += shape.gap;
        return fc.constant(`${percentList[i]}% at ${position} months`);
      }
      position += shape.periodMonths * shape.count;
      return fc.constant(`${percentList[i]}% ${shape.period} over ${spans[i]}`);
    });
    const cliff = cliffAt === null ? [] : [fc.constant(`cliff ${Math.floor(cliffAt * position)} months`)];
    return fc.tuple(...segments, ...cliff).map((parts) => parts.join(separator));
  });

const rounding = fc.constantFrom(...ROUNDINGS);
const dayOfMonth = fc.oneof(
  fc.constantFrom("start", "last", "first", "start-minus-one"),
  fc.integer({ min: 1, max: 31 }),
);

const grant: fc.Arbitrary<GrantInput> = fc
  .record({
    grantSerial: fc.integer({ min: FIRST_SERIAL + 2000, max: LAST_SERIAL }),
    schedule: scheduleText,
    rounding,
    dayOfMonth,
    wholeShares: fc.integer({ min: 0, max: 10_000_000 }),
    hundredths: fc.integer({ min: 0, max: 99 }),
    terminationOffset: fc.option(fc.integer({ min: -400, max: 4000 })),
    startOffset: fc.option(fc.integer({ min: 0, max: 2000 })),
  })
  .map((g) => ({
    grantDate: serialToIso(g.grantSerial),
    shares:
      g.rounding === "fractional"
        ? new Decimal(g.wholeShares).plus(new Decimal(g.hundredths).div(100))
        : g.wholeShares,
    schedule: g.schedule,
    rounding: g.rounding,
    dayOfMonth: g.dayOfMonth,
    terminationDate: g.terminationOffset === null ? null : serialToIso(g.grantSerial + g.terminationOffset),
    vestingStart: g.startOffset === null ? null : serialToIso(g.grantSerial - g.startOffset),
  }));

const RUNS = { numRuns: 300 };

describe("vesting invariants", () => {
  it("vested never decreases as the as-of date moves on, and stays within 0 and the grant", () => {
    fc.assert(
      fc.property(grant, date(), date(), (input, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = vestedAsOf(input, early);
        const second = vestedAsOf(input, late);
        expect(first.lte(second)).toBe(true);
        expect(first.gte(0)).toBe(true);
        expect(second.lte(new Decimal(input.shares))).toBe(true);
      }),
      RUNS,
    );
  });

  it("the tranches add up to exactly the grant (up to the last row kept by a termination)", () => {
    fc.assert(
      fc.property(grant, (input) => {
        const rows = vestingTable(input);
        const sum = rows.reduce((total, row) => total.plus(row.shares), new Decimal(0));
        if (input.terminationDate === null) expect(sum.eq(new Decimal(input.shares))).toBe(true);
        expect(sum.eq(rows.length ? rows[rows.length - 1].cumulative : 0)).toBe(true);
        for (const row of rows)
          expect(row.cumulative.plus(row.unvested).eq(new Decimal(input.shares))).toBe(true);
      }),
      RUNS,
    );
  });

  it("every tranche is a non-negative whole number of shares unless rounding is fractional", () => {
    fc.assert(
      fc.property(grant, (input) => {
        for (const row of vestingTable(input)) {
          expect(row.shares.gte(0)).toBe(true);
          if (input.rounding !== "fractional") expect(row.shares.isInteger()).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("rows are in strictly increasing date order, none before the grant or after a termination", () => {
    fc.assert(
      fc.property(grant, (input) => {
        const dates = vestingTable(input).map((row) => row.date);
        dates.forEach((d, i) => {
          expect(d >= input.grantDate).toBe(true);
          if (i > 0) expect(d > dates[i - 1]).toBe(true);
          if (input.terminationDate) expect(d <= input.terminationDate).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("vested as of a date equals the sum of the table's rows dated on or before it", () => {
    fc.assert(
      fc.property(grant, date(), (input, asOf) => {
        const expected = vestingTable(input)
          .filter((row) => row.date <= asOf)
          .reduce((total, row) => total.plus(row.shares), new Decimal(0));
        expect(vestedAsOf(input, asOf).eq(expected)).toBe(true);
      }),
      RUNS,
    );
  });
});
