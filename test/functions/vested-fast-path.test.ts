// VESTED answers a repeat call from tables found by its raw arguments, and reads a serial as-of
// date without going through text. These properties check that shortcut against the core's
// general path (ISO dates, Decimal results), over interleaved calls that share and evict tables.
import fc from "fast-check";
import { serialToIso } from "../../src/core/dates";
import { PRESETS, ROUNDINGS, vestedAsOf } from "../../src/core/vesting";
import { vested } from "../../src/functions/functions";

// A few grant dates (2003-07-21, 2004-01-31, 2020-02-29, 2024-12-31) so that calls share dated
// schedules and tables, and month-end clamping is exercised.
const GRANT_SERIALS = [37823, 38017, 43890, 45657];

const call = fc.record({
  grant: fc.constantFrom(...GRANT_SERIALS),
  shares: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 1_000_000_000 })),
  schedule: fc.constantFrom(null, ...PRESETS.map((preset) => preset.text)),
  terminationDays: fc.option(fc.integer({ min: -30, max: 2000 })),
  rounding: fc.constantFrom(null, ...ROUNDINGS),
  asOfDays: fc.integer({ min: -30, max: 2000 }),
  timeOfDay: fc.constantFrom(0, 0.25, 0.999),
});
type Call = typeof call extends fc.Arbitrary<infer T> ? T : never;

/** Calls from small sets, so that consecutive calls often differ in one argument only. */
const nearbyCall: fc.Arbitrary<Call> = fc.record({
  grant: fc.constantFrom(...GRANT_SERIALS.slice(0, 2)),
  shares: fc.constantFrom(7, 18, 1001),
  schedule: fc.constantFrom(null, PRESETS[1].text),
  terminationDays: fc.constantFrom(null, 200, 400),
  rounding: fc.constantFrom(null, "back-loaded-single", "fractional"),
  asOfDays: fc.integer({ min: 150, max: 800 }),
  timeOfDay: fc.constant(0),
});

/** VESTED as Excel calls it: serials, null for omitted arguments. */
const viaFunction = (c: Call): number =>
  vested(
    c.grant,
    c.shares,
    c.grant + c.asOfDays + c.timeOfDay,
    c.schedule,
    c.terminationDays === null ? null : c.grant + c.terminationDays,
    c.rounding,
  );

/** The core's general path: ISO dates in, a Decimal out. */
const viaCore = (c: Call): number =>
  vestedAsOf(
    {
      grantDate: serialToIso(c.grant),
      shares: c.shares,
      schedule: c.schedule,
      terminationDate: c.terminationDays === null ? null : serialToIso(c.grant + c.terminationDays),
      rounding: c.rounding,
    },
    serialToIso(c.grant + c.asOfDays),
  ).toNumber();

describe("VESTED's cached, serial-number path", () => {
  test("gives the core's answer on every call of an interleaved sequence, first call or repeat", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(call, nearbyCall), { minLength: 1, maxLength: 40 }), (calls) => {
        for (const c of calls) {
          const expected = viaCore(c);
          expect(viaFunction(c)).toBe(expected); // maybe new, maybe cached by an earlier call
          expect(viaFunction(c)).toBe(expected); // certainly the last-call shortcut
        }
      }),
      { numRuns: 200 },
    );
  });

  test("gives the same answer for a serial as-of date as for the same date as ISO text", () => {
    fc.assert(
      fc.property(call, (c) => {
        const asText = vested(
          serialToIso(c.grant),
          c.shares,
          serialToIso(c.grant + c.asOfDays),
          c.schedule,
          c.terminationDays === null ? null : serialToIso(c.grant + c.terminationDays),
          c.rounding,
        );
        expect(viaFunction(c)).toBe(asText);
      }),
      { numRuns: 200 },
    );
  });

  test("keeps its tables apart across more grants than it holds", () => {
    // 1,200 grants (more than the cache's 512 per generation) of 48 · k shares under the
    // 4-year monthly schedule with a 1-year cliff, asked about 2 years after a grant on
    // 2003-07-21 (serial 37823; 2005-07-21 is 38554): 24 of 48 months vested, so exactly half.
    const schedule = "100% monthly over 48 months, cliff 12 months";
    for (let round = 0; round < 2; round++) {
      for (let k = 1; k <= 1200; k++) expect(vested(37823, 48 * k, 38554, schedule)).toBe(24 * k);
    }
  });

  test("still reports a bad as-of date for a grant it has cached", () => {
    expect(vested(37823, 1000, 38038)).toBe(520); // cached now
    expect(() => vested(37823, 1000, 0)).toThrow("asOf is empty or 0"); // a desktop blank
    expect(() => vested(37823, 1000, -1)).toThrow("asOf: serial -1 is outside Excel's 1900 date system");
    expect(() => vested(37823, 1000, NaN)).toThrow("asOf: NaN is not a finite number");
    expect(() => vested(37823, 1000, "2004-02-30")).toThrow("asOf: '2004-02-30' is not a date");
    expect(() => vested(37823, 1000, 2958466)).toThrow("asOf: serial 2958466 is outside");
    expect(vested(37823, 1000, "2004-02-21")).toBe(520);
  });
});
