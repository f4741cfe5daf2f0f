// The Open Cap Table Format's allocation types, on OCF's own example (18 shares in 4 equal
// tranches) and on schedules with more than one segment.
import { Rounding, vestingTable } from "../../../src/core/vesting";

function sharesOf(shares: number | string, schedule: string, rounding: Rounding | string): string {
  return vestingTable({ grantDate: "2020-01-15", shares, schedule, rounding })
    .map((row) => row.shares.toString())
    .join("-");
}

describe("18 shares in 4 equal tranches (OCF's example)", () => {
  const quarterly = "100% every 3 months over 12 months";
  it.each([
    // cumulative 18·k/4 = 4.5, 9, 13.5, 18 rounded half up: 5, 9, 14, 18 → 5-4-5-4
    ["cumulative-rounding", "5-4-5-4"],
    // floored: 4, 9, 13, 18 → 4-5-4-5
    ["cumulative-round-down", "4-5-4-5"],
    // 18 = 4·4 + 2: the remainder 2 goes one each to the first two / last two
    ["front-loaded", "5-5-4-4"],
    ["back-loaded", "4-4-5-5"],
    // the whole remainder 2 on the first / last tranche
    ["front-loaded-single", "6-4-4-4"],
    ["back-loaded-single", "4-4-4-6"],
    ["fractional", "4.5-4.5-4.5-4.5"],
  ])("%s gives %s", (rounding, expected) => {
    expect(sharesOf(18, quarterly, rounding)).toBe(expected);
  });

  it("reads the same whether written as one segment or four 25% tranches", () => {
    const graded = "25% at 3 months, 25% at 6 months, 25% at 9 months, 25% at 12 months";
    // Cumulative types only look at the cumulative fraction, so the split is the same.
    expect(sharesOf(18, graded, "cumulative-rounding")).toBe("5-4-5-4");
    expect(sharesOf(18, graded, "cumulative-round-down")).toBe("4-5-4-5");
  });

  it("accepts OCF's names for the allocation types", () => {
    expect(sharesOf(18, quarterly, "CUMULATIVE_ROUNDING")).toBe("5-4-5-4");
    expect(sharesOf(18, quarterly, "FRONT_LOADED_TO_SINGLE_TRANCHE")).toBe("6-4-4-4");
    expect(sharesOf(18, quarterly, "BACK_LOADED_TO_SINGLE_TRANCHE")).toBe("4-4-4-6");
  });
});

describe("front- and back-loading work segment by segment", () => {
  // 10 shares, "50% at 1 month, then 50% every 1 month over 3 months":
  // the first segment's whole shares: floor(10·50%) = 5; the second: floor(10·100%) − 5 = 5,
  // split over 3 installments as 1 each with a remainder of 2.
  const schedule = "50% at 1 month, then 50% monthly over 3 months";
  it.each([
    ["front-loaded", "5-2-2-1"],
    ["back-loaded", "5-1-2-2"],
    ["front-loaded-single", "5-3-1-1"],
    ["back-loaded-single", "5-1-1-3"],
    // cumulative: 5, 10·(50+50/3)/100 = 6.67, 8.33, 10 → down 5, 6, 8, 10; half-up 5, 7, 8, 10
    ["cumulative-round-down", "5-1-2-2"],
    ["cumulative-rounding", "5-2-1-2"],
  ])("%s gives %s", (rounding, expected) => {
    expect(sharesOf(10, schedule, rounding)).toBe(expected);
  });

  it("carries an odd share from a first segment into the next under front-loading", () => {
    // 7 shares: first segment floor(3.5) = 3; second 7 − 3 = 4 over 3 installments: 2-1-1.
    expect(sharesOf(7, schedule, "front-loaded")).toBe("3-2-1-1");
  });
});

describe("fractional allocation", () => {
  it("splits without rounding and still adds up to the grant", () => {
    // 100 shares in thirds: 33.333333333333, 66.666666666667 (12 places), then 100.
    const rows = vestingTable({
      grantDate: "2020-01-15",
      shares: 100,
      schedule: "100% monthly over 3 months",
      rounding: "fractional",
    });
    expect(rows.map((row) => row.cumulative.toString())).toEqual([
      "33.333333333333",
      "66.666666666667",
      "100",
    ]);
    expect(rows.map((row) => row.shares.toString())).toEqual([
      "33.333333333333",
      "33.333333333334",
      "33.333333333333",
    ]);
  });

  it("keeps every decimal of a grant finer than 12 places", () => {
    const rows = vestingTable({
      grantDate: "2020-01-15",
      shares: "0.1234567890123456",
      schedule: "immediate",
      rounding: "fractional",
    });
    expect(rows.map((row) => row.shares.toString())).toEqual(["0.1234567890123456"]);
  });

  it("takes a fractional grant", () => {
    // 10.5 shares, half at 6 months: 5.25 and 5.25.
    const rows = vestingTable({
      grantDate: "2020-01-15",
      shares: "10.5",
      schedule: "50% at 6 months, 50% at 12 months",
      rounding: "fractional",
    });
    expect(rows.map((row) => row.shares.toString())).toEqual(["5.25", "5.25"]);
  });
});

describe("percentages with decimals do not drift", () => {
  it("33.3333% + 33.3333% + 33.3334% of 3,000,000 shares", () => {
    // 3,000,000 · 33.3333% = 999,999; · 66.6666% = 1,999,998; · 100% = 3,000,000.
    const rows = vestingTable({
      grantDate: "2020-01-15",
      shares: 3_000_000,
      schedule: "33.3333% at 1 year, 33.3333% at 2 years, 33.3334% at 3 years",
    });
    expect(rows.map((row) => row.shares.toString())).toEqual(["999999", "999999", "1000002"]);
  });

  it("48 monthly installments of 1/48 land exactly on whole shares", () => {
    // 4,800 · k/48 = 100·k exactly: a binary or rounded 1/48 would floor 99.999… to 99.
    const rows = vestingTable({
      grantDate: "2020-01-15",
      shares: 4800,
      schedule: "100% monthly over 48 months",
    });
    expect(new Set(rows.map((row) => row.shares.toString()))).toEqual(new Set(["100"]));
  });
});
