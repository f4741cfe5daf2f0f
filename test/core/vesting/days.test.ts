// Periods in days (OCF's period_type DAYS): "25% at 365 days, then 75% monthly over 36 months".
import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../../src/core/dates";
import { VestingError, parseSchedule, vestingTable } from "../../../src/core/vesting";

const rows = (grantDate: string, shares: number, schedule: string) =>
  vestingTable({ grantDate, shares, schedule }).map((row) => [row.date, row.shares.toNumber()]);

describe("periods in days", () => {
  it("365 days is not a year in a leap year; months after it fall on the start's day", () => {
    // 2024 has 366 days: 2024-01-15 + 365 days = 2025-01-14. Then monthly on the 15th.
    const table = rows("2024-01-15", 4800, "25% at 365 days, then 75% monthly over 36 months");
    expect(table.length).toBe(37);
    expect(table[0]).toEqual(["2025-01-14", 1200]);
    expect(table[1]).toEqual(["2025-02-15", 100]);
    expect(table[36]).toEqual(["2028-01-15", 100]);
  });

  it("in a year without February 29th, 365 days is the anniversary", () => {
    expect(rows("2021-01-15", 4800, "25% at 365 days, then 75% monthly over 36 months")[0]).toEqual([
      "2022-01-15",
      1200,
    ]);
  });

  it("every 30 days counts days, across month ends", () => {
    // 2024-01-31 + 30 = 2024-03-01 (February 2024 has 29 days), + 60 = 03-31, + 90 = 04-30.
    expect(rows("2024-01-31", 300, "100% every 30 days over 90 days")).toEqual([
      ["2024-03-01", 100],
      ["2024-03-31", 100],
      ["2024-04-30", 100],
    ]);
  });

  it("weeks are 7 days", () => {
    expect(rows("2024-01-01", 4, "100% every 2 weeks over 8 weeks").map(([date]) => date)).toEqual([
      "2024-01-15",
      "2024-01-29",
      "2024-02-12",
      "2024-02-26",
    ]);
  });

  it("a cliff in days gathers the monthly installments before it", () => {
    // cliff 2024-01-15 + 365 = 2025-01-14: months 1–11 vest then; month 12 is 2025-01-15.
    const table = rows("2024-01-15", 2400, "100% monthly over 24 months, cliff 365 days");
    expect(table.slice(0, 2)).toEqual([
      ["2025-01-14", 1100],
      ["2025-01-15", 100],
    ]);
    expect(table.length).toBe(14);
  });

  it("days after months add to the date the months reached", () => {
    // 2024-01-31 + 1 month = 2024-02-29, + 10 days = 2024-03-10
    expect(rows("2024-01-31", 2, "50% at 1 month, then 50% every 10 days over 10 days")).toEqual([
      ["2024-02-29", 1],
      ["2024-03-10", 1],
    ]);
  });

  it("refuses a tranche 'at' months after a stretch in days, and the reverse, with the reason", () => {
    expect(() => parseSchedule("25% at 365 days, 75% at 4 years")).toThrow(VestingError);
    expect(() => parseSchedule("25% at 365 days, 75% at 4 years")).toThrow(
      "`75% at 4 years`: a tranche at a number of months cannot follow a schedule that has run 365 days",
    );
    expect(() => parseSchedule("100% every 30 days over 2 months")).toThrow(
      "`100% every 30 days over 2 months`: the period is in days, so write the length in days too",
    );
    expect(() => parseSchedule("100% every 7 days over 30 days")).toThrow(
      "30 days is not a whole number of 7-day periods",
    );
  });

  it("property: installment k of 'every N days' falls exactly k·N days after the start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoToSerial("1900-03-01"), max: isoToSerial("2200-01-01") }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        (start, period, count) => {
          const grantDate = serialToIso(start);
          const dates = vestingTable({
            grantDate,
            shares: 1000,
            schedule: `100% every ${period} days over ${period * count} days`,
          }).map((row) => isoToSerial(row.date));
          expect(dates).toEqual(Array.from({ length: count }, (_, k) => start + (k + 1) * period));
        },
      ),
    );
  });
});
