// VESTED on a cap table: every row its own grant date and share count, computed directly from
// the months (days) elapsed without a table. Checked against the core's table path on random
// grants over Excel's whole calendar, schedules in months or days, cliffs, terminations and
// every allocation type.
import fc from "fast-check";
import { serialToIso } from "../../src/core/dates";
import { ROUNDINGS, vestedAsOf } from "../../src/core/vesting";
import { monthsElapsed } from "../../src/core/vesting/direct";
import { vested } from "../../src/functions/functions";

const SCHEDULES = [
  null,
  "100% monthly over 48 months, cliff 12 months",
  "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years",
  "100% annually over 4 years",
  "immediate",
  "10% at 24 months, then 15% monthly over 12 months, then 20% monthly over 12 months, then 25% monthly over 12 months, then 30% monthly over 12 months",
  "33.3333% at 1 year, 33.3333% at 2 years, 33.3334% at 3 years",
  "100% every 30 days over 360 days, cliff 90 days",
  "25% at 365 days, then 75% monthly over 36 months", // mixed units: the table path
];

const grantCall = fc.record({
  grant: fc.integer({ min: 61, max: 2958465 - 4000 }),
  shares: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 2_000_000_000 })),
  schedule: fc.constantFrom(...SCHEDULES),
  rounding: fc.constantFrom(null, ...ROUNDINGS),
  asOfDays: fc.integer({ min: -40, max: 3000 }),
  terminationDays: fc.option(fc.integer({ min: -40, max: 3000 })),
});

describe("VESTED computed directly", () => {
  test("agrees with the table path on random distinct grants", () => {
    fc.assert(
      fc.property(grantCall, (c) => {
        const termination = c.terminationDays === null ? null : c.grant + c.terminationDays;
        const expected = vestedAsOf(
          {
            grantDate: serialToIso(c.grant),
            shares: c.shares,
            schedule: c.schedule,
            rounding: c.rounding,
            terminationDate: termination === null ? null : serialToIso(Math.max(1, termination)),
          },
          serialToIso(Math.max(1, c.grant + c.asOfDays)),
        ).toNumber();
        expect(vested(c.grant, c.shares, c.grant + c.asOfDays, c.schedule, termination, c.rounding)).toBe(
          expected,
        );
      }),
      { numRuns: 3000 },
    );
  });

  test("months elapsed count anniversaries clamped to month ends", () => {
    // 2024-01-31 (45322): 2024-02-29 is its first month anniversary, 2024-02-28 is not.
    expect(monthsElapsed(45322, 45350)).toBe(0); // 2024-02-28
    expect(monthsElapsed(45322, 45351)).toBe(1); // 2024-02-29
    expect(monthsElapsed(45322, 45381)).toBe(1); // 2024-03-30
    expect(monthsElapsed(45322, 45382)).toBe(2); // 2024-03-31
    expect(monthsElapsed(45322, 45322)).toBe(0);
  });

  test("a grant too large for exact Numbers still gets the exact answer (the table path)", () => {
    // 9,007,199,254,740,991 shares, a third vests: floor(2^53 − 1) / 3 = 3,002,399,751,580,330.33…
    const shares = Number.MAX_SAFE_INTEGER;
    const grant = 45322;
    const result = vested(grant, shares, grant + 400, "100% annually over 3 years");
    expect(result).toBe(3002399751580330);
  });
});
