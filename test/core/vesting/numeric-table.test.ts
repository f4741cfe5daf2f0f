// vestingTableNumbers, the integer path behind the library's vestingTable, against the Decimal
// path (vestingTable): the same rows (dates, shares per tranche, cumulative, unvested, percent)
// or the same error, for random grants, schedules (months, days, both), allocation types,
// day-of-month policies, terminations and vesting starts, and share counts up to far past 2^53.
import fc from "fast-check";
import Decimal from "decimal.js";
// The app's Decimal precision (40 digits), which the library loads with the Schedule II reader.
import "../../../src/core/numbers";
import { serialToIso } from "../../../src/core/dates";
import { GrantInput, ROUNDINGS, vestingTable } from "../../../src/core/vesting";
import { vestingTableNumbers } from "../../../src/core/vesting/table";
import {
  FIRST_SERIAL,
  LAST_SERIAL,
  dayOfMonth,
  scheduleText,
  wholeShares,
} from "../../support/schedule-text-arbitrary";

const Exact = Decimal.clone({ precision: 100 });

const grant: fc.Arbitrary<GrantInput> = fc
  .record({
    grantSerial: fc.integer({ min: FIRST_SERIAL, max: LAST_SERIAL - 8000 }),
    schedule: fc.oneof(scheduleText, fc.constantFrom(null, "reference-grant")),
    rounding: fc.constantFrom(...ROUNDINGS),
    dayOfMonth: fc.option(dayOfMonth),
    shares: wholeShares,
    shareForm: fc.constantFrom("number", "text", "decimal"),
    hundredths: fc.integer({ min: 0, max: 99 }),
    terminationOffset: fc.option(fc.integer({ min: -400, max: 4000 })),
    startOffset: fc.option(fc.integer({ min: 0, max: 2000 })),
  })
  .map((g) => {
    let shares: Decimal.Value = g.shares;
    if (g.rounding === "fractional") shares = new Decimal(g.shares).plus(new Decimal(g.hundredths).div(100));
    else if (g.shareForm === "text") shares = String(g.shares);
    else if (g.shareForm === "decimal") shares = new Decimal(g.shares);
    return {
      grantDate: serialToIso(g.grantSerial),
      shares,
      schedule: g.schedule,
      rounding: g.rounding,
      dayOfMonth: g.dayOfMonth,
      terminationDate: g.terminationOffset === null ? null : serialToIso(g.grantSerial + g.terminationOffset),
      vestingStart: g.startOffset === null ? null : serialToIso(g.grantSerial - g.startOffset),
    };
  });

/** The table, or the error's message: both paths must refuse the same input for the same reason. */
function attempt<T>(make: () => T): T | { error: string } {
  try {
    return make();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("vestingTableNumbers: the integer path", () => {
  it("gives exactly the Decimal path's rows, or its error, for any grant", () => {
    fc.assert(
      fc.property(grant, (input) => {
        const decimal = attempt(() =>
          vestingTable(input).map((row) => ({
            date: row.date,
            shares: row.shares.toNumber(),
            cumulative: row.cumulative.toNumber(),
            unvested: row.unvested.toNumber(),
            percent: row.percent.toNumber(),
          })),
        );
        expect(attempt(() => vestingTableNumbers(input))).toEqual(decimal);
      }),
      { numRuns: 600 },
    );
  });

  it("gives each percent of whole shares as the Number nearest the exact cumulative / grant × 100", () => {
    fc.assert(
      fc.property(grant, (input) => {
        const rows = attempt(() => vestingTableNumbers(input));
        // Fractional amounts are not whole Numbers, and a grant of no shares has the schedule's percent.
        if ("error" in rows || input.rounding === "fractional" || new Decimal(input.shares).isZero()) return;
        for (const row of rows) {
          const exact = new Exact(row.cumulative).times(100).div(String(input.shares));
          // cumulative as a Number is exact below 2^53; past it the percent is compared to the nearest.
          if (row.cumulative <= Number.MAX_SAFE_INTEGER) expect(row.percent).toBe(exact.toNumber());
        }
      }),
      { numRuns: 300 },
    );
  });

  it("front-loads 18 shares over four quarters as 5-5-4-4 (4 each, the 2 left over to the first two), dated from a month end", () => {
    // DESIGN.md's example; 2024-01-31 plus 3, 6, 9, 12 months, clamped to the month's end.
    expect(
      vestingTableNumbers({
        grantDate: "2024-01-31",
        shares: 18,
        schedule: "100% quarterly over 12 months",
        rounding: "front-loaded",
      }),
    ).toEqual([
      { date: "2024-04-30", shares: 5, cumulative: 5, unvested: 13, percent: 500 / 18 },
      { date: "2024-07-31", shares: 5, cumulative: 10, unvested: 8, percent: 1000 / 18 },
      { date: "2024-10-31", shares: 4, cumulative: 14, unvested: 4, percent: 1400 / 18 },
      { date: "2025-01-31", shares: 4, cumulative: 18, unvested: 0, percent: 100 },
    ]);
  });
});
