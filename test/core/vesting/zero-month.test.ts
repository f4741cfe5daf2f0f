// A tranche "P% at 0 months" vests on the vesting start itself: the day-of-month policy picks the
// day of installments that fall months after the start, not the start.
import fc from "fast-check";
import { DayOfMonth, formatIso, daysInMonth } from "../../../src/core/dates";
import { vestingTable } from "../../../src/core/vesting";

const POLICIES: DayOfMonth[] = ["start", "last", "first", "start-minus-one", 1, 15, 28, 29, 30, 31];

describe("a tranche at 0 months", () => {
  it.each(POLICIES)("the immediate preset vests on the grant date with day-of-month %s", (dayOfMonth) => {
    const rows = vestingTable({ grantDate: "2020-01-15", shares: 1000, schedule: "immediate", dayOfMonth });
    expect(rows.map((row) => [row.date, row.shares.toNumber()])).toEqual([["2020-01-15", 1000]]);
  });

  it("day 30 moves the later installments, not the one at 0 months", () => {
    const rows = vestingTable({
      grantDate: "2020-01-15",
      shares: 400,
      schedule: "25% at 0 months, then 75% monthly over 3 months",
      dayOfMonth: 30,
    });
    // 100 on the start; then 100 a month on the 30th (February 2020 has 29 days).
    expect(rows.map((row) => row.date)).toEqual(["2020-01-15", "2020-02-29", "2020-03-30", "2020-04-30"]);
  });

  it("with a vesting start before the grant, the 0-month tranche catches up on the grant date", () => {
    const rows = vestingTable({
      grantDate: "2020-03-10",
      vestingStart: "2020-01-15",
      shares: 10,
      schedule: "immediate",
      dayOfMonth: "last",
    });
    expect(rows.map((row) => row.date)).toEqual(["2020-03-10"]);
  });

  it("property: whatever the policy and date, 100% at 0 months vests on the start", () => {
    const dates = fc
      .record({
        year: fc.integer({ min: 1901, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ year, month, day }) => formatIso(year, month, Math.min(day, daysInMonth(year, month))));
    fc.assert(
      fc.property(dates, fc.constantFrom(...POLICIES), (grantDate, dayOfMonth) => {
        const rows = vestingTable({ grantDate, shares: 7, schedule: "100% at 0 months", dayOfMonth });
        expect(rows.map((row) => row.date)).toEqual([grantDate]);
      }),
    );
  });
});
