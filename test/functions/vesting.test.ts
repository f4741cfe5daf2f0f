// VESTED and VESTINGTABLE called as Excel calls them: dates as serials (or ISO text), omitted
// optional arguments as null.
import fc from "fast-check";
import { vested, vestingTable } from "../../src/functions/functions";

// Serials by hand: 2003-01-01 = 37622; 2004-01-01 = 37987; 2005-01-01 = 38353; 2006-01-01 = 38718.
const GRANT = 37823; // 2003-07-21
const CLIFF = 38007; // 2004-01-21
const FEB_21_2004 = 38038;
const JAN_21_2005 = 38373;
const FULLY_VESTED = 38738; // 2006-01-21

describe("VESTED", () => {
  test("the reference grant of 1,000 has 520 vested on 2004-02-21", () => {
    // 500 at the cliff, then floor(1000 · (0.5 + 1/48)) = floor(520.83) = 520
    expect(vested(GRANT, 1000, FEB_21_2004)).toBe(520);
  });

  test("ISO text dates give the same answer as serials", () => {
    expect(vested("2003-07-21", 1000, "2004-02-21")).toBe(520);
  });

  test("a tranche dated on the as-of date counts, the day before it does not", () => {
    expect(vested(GRANT, 1000, CLIFF)).toBe(500);
    expect(vested(GRANT, 1000, CLIFF - 1)).toBe(0);
  });

  test("a time of day on the as-of date is ignored, as in Excel's date functions", () => {
    expect(vested(GRANT, 1000, CLIFF + 0.75)).toBe(500); // 6 pm on 2004-01-21
  });

  test("1,001 and 7 shares round down cumulatively", () => {
    expect(vested(GRANT, 1001, CLIFF)).toBe(500); // floor(500.5)
    expect(vested(GRANT, 1001, JAN_21_2005)).toBe(750); // 12 installments: floor(1001 · 0.75) = floor(750.75)
    expect(vested(GRANT, 7, CLIFF)).toBe(3); // floor(3.5)
    expect(vested(GRANT, 1001, FULLY_VESTED)).toBe(1001);
  });

  test("shares may be typed as text with thousands separators", () => {
    expect(vested(GRANT, "1,000", FEB_21_2004)).toBe(520);
  });

  test("blank optional arguments take the defaults", () => {
    expect(vested(GRANT, 1000, FEB_21_2004, null, null, null)).toBe(520);
    expect(vested(GRANT, 1000, FEB_21_2004, "", "", "")).toBe(520);
  });

  test("termination: a tranche on the termination date vests, nothing after it", () => {
    expect(vested(GRANT, 1000, JAN_21_2005, null, FEB_21_2004)).toBe(520);
    expect(vested(GRANT, 1000, JAN_21_2005, null, FEB_21_2004 - 1)).toBe(500);
  });

  test("fractional rounding gives fractions of a share", () => {
    expect(vested(GRANT, 7, CLIFF, null, null, "fractional")).toBe(3.5);
  });
});

describe("VESTINGTABLE", () => {
  test("the reference grant: a header and 25 rows, 2004-01-21 to 2006-01-21", () => {
    const table = vestingTable(GRANT, 1000);
    expect(table).toHaveLength(26);
    expect(table[0]).toEqual(["Vest date", "Shares", "Cumulative", "Unvested", "Percent vested"]);
    expect(table[1]).toEqual([CLIFF, 500, 500, 500, 0.5]);
    // 12 installments in: floor(1000 · 0.75) = 750, the 12th being 750 − floor(1000 · (0.5 + 11/48)) = 750 − 729
    expect(table[13]).toEqual([JAN_21_2005, 21, 750, 250, 0.75]);
    expect(table[25]).toEqual([FULLY_VESTED, 21, 1000, 0, 1]);
  });

  test("the shares column adds up to the grant", () => {
    const shares = vestingTable(GRANT, 1001)
      .slice(1)
      .map((row) => row[1] as number);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(1001);
  });

  test("a termination date cuts the table after its last vest", () => {
    const table = vestingTable(GRANT, 1000, null, FEB_21_2004);
    expect(table).toHaveLength(3);
    expect(table[2]).toEqual([FEB_21_2004, 20, 520, 480, 0.52]);
  });
});

describe("VESTED agrees with VESTINGTABLE", () => {
  // Grants from 1900-03-01 (serial 61) to 2100, any size, any as-of date from the grant to 4 years on.
  const grants = fc.record({
    grant: fc.integer({ min: 61, max: 73051 }),
    shares: fc.integer({ min: 0, max: 10_000_000 }),
    daysAfter: fc.integer({ min: -30, max: 1500 }),
  });

  test("VESTED on a date is the cumulative of the last table row on or before it", () => {
    fc.assert(
      fc.property(grants, ({ grant, shares, daysAfter }) => {
        const asOf = grant + daysAfter;
        const rows = vestingTable(grant, shares).slice(1) as number[][];
        const last = rows.filter((row) => row[0] <= asOf).pop();
        expect(vested(grant, shares, asOf)).toBe(last ? last[2] : 0);
      }),
      { numRuns: 200 },
    );
  });

  test("VESTED never decreases as the as-of date moves on, and never exceeds the grant", () => {
    fc.assert(
      fc.property(grants, fc.integer({ min: 1, max: 400 }), ({ grant, shares, daysAfter }, step) => {
        const earlier = vested(grant, shares, grant + daysAfter);
        const later = vested(grant, shares, grant + daysAfter + step);
        expect(later).toBeGreaterThanOrEqual(earlier);
        expect(later).toBeLessThanOrEqual(shares);
      }),
      { numRuns: 200 },
    );
  });
});
