// The reference grant (seeds/promise-to-grant-stock-option.txt): granted 2003-07-21, 50% vests six
// months after the grant, the other 50% monthly over the next 24 months; fully vested 2006-01-21.
import Decimal from "decimal.js";
import {
  Tranche,
  vestedAsOf,
  vestedAsOfNumber,
  vestingSummary,
  vestingTable,
} from "../../../src/core/vesting";

const GRANT = "2003-07-21";

/** The 25 vest dates: 2004-01-21 (month 6), then the 21st of each month through 2006-01-21 (month 30). */
const VEST_DATES = [
  "2004-01-21",
  "2004-02-21",
  "2004-03-21",
  "2004-04-21",
  "2004-05-21",
  "2004-06-21",
  "2004-07-21",
  "2004-08-21",
  "2004-09-21",
  "2004-10-21",
  "2004-11-21",
  "2004-12-21",
  "2005-01-21",
  "2005-02-21",
  "2005-03-21",
  "2005-04-21",
  "2005-05-21",
  "2005-06-21",
  "2005-07-21",
  "2005-08-21",
  "2005-09-21",
  "2005-10-21",
  "2005-11-21",
  "2005-12-21",
  "2006-01-21",
];

function column(rows: Tranche[], field: "shares" | "cumulative" | "unvested" | "percent"): string[] {
  return rows.map((row) => row[field].toString());
}

describe("reference grant, cumulative round-down (the default)", () => {
  // After the k-th monthly installment the fraction vested is 1/2 + k/48 = (24 + k)/48, so the
  // cumulative vested is floor(T·(24 + k)/48).
  it("1,000 shares: 500 on 2004-01-21, then floor(1000·(24+k)/48)", () => {
    // k=1: 25000/48 = 520.83 → 520; k=2: 541.67 → 541; k=3: 562.5 → 562; k=4: 583.3 → 583;
    // k=5: 604.2 → 604; k=6: 625; k=7: 645.8 → 645; ... k=12: 750; the second year repeats +250.
    const rows = vestingTable({ grantDate: GRANT, shares: 1000 });
    expect(rows.map((row) => row.date)).toEqual(VEST_DATES);
    expect(column(rows, "cumulative")).toEqual(
      "500 520 541 562 583 604 625 645 666 687 708 729 750 770 791 812 833 854 875 895 916 937 958 979 1000".split(
        " ",
      ),
    );
    expect(column(rows, "shares")).toEqual(
      "500 20 21 21 21 21 21 20 21 21 21 21 21 20 21 21 21 21 21 20 21 21 21 21 21".split(" "),
    );
    expect(column(rows, "unvested").slice(0, 3)).toEqual(["500", "480", "459"]);
    expect(column(rows, "percent").slice(0, 3)).toEqual(["50", "52", "54.1"]);
    expect(rows[24].unvested.toString()).toBe("0");
    expect(rows[24].percent.toString()).toBe("100");
  });

  it("1,001 shares: 500 (of 500.5) on 2004-01-21, then floor(1001·(24+k)/48)", () => {
    // k=1: 25025/48 = 521.35 → 521; k=3: 27027/48 = 563.06 → 563; k=4: 28028/48 = 583.92 → 583 (+20);
    // k=11: 35035/48 = 729.90 → 729 (+20); k=18: 42042/48 = 875.875 → 875 (+20); k=24: 1001.
    const rows = vestingTable({ grantDate: GRANT, shares: 1001 });
    expect(rows.map((row) => row.date)).toEqual(VEST_DATES);
    expect(column(rows, "cumulative")).toEqual(
      "500 521 542 563 583 604 625 646 667 688 709 729 750 771 792 813 834 855 875 896 917 938 959 980 1001".split(
        " ",
      ),
    );
    expect(column(rows, "shares")).toEqual(
      "500 21 21 21 20 21 21 21 21 21 21 20 21 21 21 21 21 21 20 21 21 21 21 21 21".split(" "),
    );
  });

  it("7 shares: 3 on 2004-01-21, then one more whenever 7·(24+k)/48 passes a whole number", () => {
    // 7·24/48 = 3.5 → 3; 7·28/48 = 4.08 (k=4, 2004-05-21); 7·35/48 = 5.10 (k=11, 2004-12-21);
    // 7·42/48 = 6.125 (k=18, 2005-07-21); k=24: 7. Months without a new whole share still appear, with 0.
    const rows = vestingTable({ grantDate: GRANT, shares: 7 });
    expect(rows.map((row) => row.date)).toEqual(VEST_DATES);
    expect(column(rows, "shares")).toEqual("3 0 0 0 1 0 0 0 0 0 0 1 0 0 0 0 0 0 1 0 0 0 0 0 1".split(" "));
    expect(column(rows, "cumulative")).toEqual(
      "3 3 3 3 4 4 4 4 4 4 4 5 5 5 5 5 5 5 6 6 6 6 6 6 7".split(" "),
    );
  });

  it("VESTED(2003-07-21, 1000, 2004-02-21) is 520, counting a tranche dated on the as-of date", () => {
    const grant = { grantDate: GRANT, shares: 1000 };
    expect(vestedAsOf(grant, "2004-02-21").toString()).toBe("520");
    expect(vestedAsOf(grant, "2004-02-20").toString()).toBe("500");
    expect(vestedAsOf(grant, "2004-01-20").toString()).toBe("0");
    expect(vestedAsOf(grant, "2003-07-21").toString()).toBe("0");
    expect(vestedAsOf(grant, "2006-01-20").toString()).toBe("979");
    expect(vestedAsOf(grant, "2030-01-01").toString()).toBe("1000");
  });

  it("gives the same figures as plain numbers, for VESTED", () => {
    const grant = { grantDate: GRANT, shares: 1000 };
    expect(vestedAsOfNumber(grant, "2004-02-21")).toBe(520);
    expect(vestedAsOfNumber(grant, "2004-01-20")).toBe(0);
    expect(vestedAsOfNumber({ ...grant, rounding: "fractional" }, "2004-02-21")).toBe(520.833333333333); // 1000·25/48 to 12 places
    expect(() => vestedAsOfNumber(grant, "2004-02-30")).toThrow('asOf: "2004-02-30" is not a real date');
  });

  it("accepts shares as text, a number or a Decimal, and the preset's id, label or text alike", () => {
    const asOf = "2004-03-21";
    for (const shares of [1000, "1000", new Decimal(1000)]) {
      for (const schedule of [
        null,
        "reference-grant",
        "Reference Grant: 50% at 6 months, then monthly over 24 months",
        "50% at 6 months, then 50% monthly over 24 months",
        "50% at 6 months; 50% monthly over 2 years",
      ]) {
        expect(vestedAsOf({ grantDate: GRANT, shares, schedule }, asOf).toString()).toBe("541");
      }
    }
  });

  it("summarises 1,000 shares on 2004-02-25", () => {
    const summary = vestingSummary({ grantDate: GRANT, shares: 1000 }, "2004-02-25");
    expect(summary).toEqual({
      asOf: "2004-02-25",
      vested: new Decimal(520),
      unvested: new Decimal(480),
      percent: new Decimal(52),
      nextVestDate: "2004-03-21",
      nextVestShares: new Decimal(21),
      fullyVestedDate: "2006-01-21",
      terminated: false,
    });
  });

  it("summarises before the first vest and after the last", () => {
    const before = vestingSummary({ grantDate: GRANT, shares: 1000 }, "2003-12-31");
    expect(before.vested.toString()).toBe("0");
    expect(before.unvested.toString()).toBe("1000");
    expect(before.percent.toString()).toBe("0");
    expect(before.nextVestDate).toBe("2004-01-21");
    expect(before.nextVestShares?.toString()).toBe("500");
    const after = vestingSummary({ grantDate: GRANT, shares: 1000 }, "2007-01-01");
    expect(after.vested.toString()).toBe("1000");
    expect(after.nextVestDate).toBeNull();
    expect(after.nextVestShares).toBeNull();
    expect(after.fullyVestedDate).toBe("2006-01-21");
  });

  it("gives the fully-vested date when rounding reaches the grant before the last vest date", () => {
    // Cumulative rounding of 7 shares: round(7·(24+k)/48) reaches 7 once 7·(24+k)/48 ≥ 6.5,
    // i.e. k ≥ 20.57, so at k = 21 (2005-10-21); the rows after it vest 0.
    const summary = vestingSummary(
      { grantDate: GRANT, shares: 7, rounding: "cumulative-rounding" },
      "2004-01-21",
    );
    expect(summary.fullyVestedDate).toBe("2005-10-21");
  });
});
