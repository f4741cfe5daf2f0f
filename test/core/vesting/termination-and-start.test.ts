// Termination (nothing vests after it; a tranche dated on it still vests), a vesting start that
// precedes the grant date, and cliffs.
import { vestedAsOf, vestingSummary, vestingTable } from "../../../src/core/vesting";

const REFERENCE = { grantDate: "2003-07-21", shares: 1000 };

describe("termination, reference grant of 1,000 shares", () => {
  // Cumulative vested: 500 on 2004-01-21, 520 on 2004-02-21, 541 on 2004-03-21, 562 on 2004-04-21.
  it("on a vest date: that tranche still vests", () => {
    const grant = { ...REFERENCE, terminationDate: "2004-03-21" };
    const rows = vestingTable(grant);
    expect(rows.map((row) => row.date)).toEqual(["2004-01-21", "2004-02-21", "2004-03-21"]);
    // unvested still counts down from the whole grant
    expect(rows.map((row) => row.unvested.toString())).toEqual(["500", "480", "459"]);
    expect(vestedAsOf(grant, "2004-03-21").toString()).toBe("541");
    expect(vestedAsOf(grant, "2010-01-01").toString()).toBe("541");
  });

  it("the day before a vest date: that tranche does not vest", () => {
    const grant = { ...REFERENCE, terminationDate: "2004-03-20" };
    expect(vestingTable(grant)).toHaveLength(2);
    expect(vestedAsOf(grant, "2004-12-31").toString()).toBe("520");
  });

  it("the day after a vest date: the same as on it", () => {
    const grant = { ...REFERENCE, terminationDate: "2004-03-22" };
    expect(vestingTable(grant)).toHaveLength(3);
    expect(vestedAsOf(grant, "2004-12-31").toString()).toBe("541");
  });

  it("before the first vest date, or before the grant itself: nothing vests", () => {
    for (const terminationDate of ["2004-01-20", "2003-07-21", "2003-01-01"]) {
      const grant = { ...REFERENCE, terminationDate };
      expect(vestingTable(grant)).toEqual([]);
      expect(vestedAsOf(grant, "2010-01-01").toString()).toBe("0");
    }
  });

  it("after full vesting: changes nothing", () => {
    const grant = { ...REFERENCE, terminationDate: "2006-01-21" };
    expect(vestingTable(grant)).toHaveLength(25);
    expect(vestingSummary(grant, "2007-01-01").terminated).toBe(false);
  });

  it("shows in the summary: no next vest, never fully vested, terminated", () => {
    const summary = vestingSummary({ ...REFERENCE, terminationDate: "2004-03-21" }, "2004-03-25");
    expect(summary.vested.toString()).toBe("541");
    expect(summary.unvested.toString()).toBe("459");
    expect(summary.percent.toString()).toBe("54.1");
    expect(summary.nextVestDate).toBeNull();
    expect(summary.fullyVestedDate).toBeNull();
    expect(summary.terminated).toBe(true);
  });

  it("before the termination, the summary still shows the next vest up to it", () => {
    const summary = vestingSummary({ ...REFERENCE, terminationDate: "2004-03-21" }, "2004-02-25");
    expect(summary.nextVestDate).toBe("2004-03-21");
    expect(summary.nextVestShares?.toString()).toBe("21");
  });
});

describe("vesting start before the grant date", () => {
  it("vests the tranches dated before the grant on the grant date, in one row", () => {
    // 4,800 shares, 100 a month from a 2023-06-15 start: months 1–6 (2023-07-15 … 2023-12-15) fall
    // before the 2024-01-15 grant and month 7 falls on it: 700 on the grant date, then 100 a month.
    const rows = vestingTable({
      grantDate: "2024-01-15",
      vestingStart: "2023-06-15",
      shares: 4800,
      schedule: "100% monthly over 48 months",
    });
    expect(rows[0].date).toBe("2024-01-15");
    expect(rows[0].shares.toString()).toBe("700");
    expect(rows[1].date).toBe("2024-02-15");
    expect(rows[1].shares.toString()).toBe("100");
    expect(rows).toHaveLength(42); // 48 installments, 7 of them merged into one
    expect(rows[41].date).toBe("2027-06-15"); // month 48 from the start
  });

  it("with a cliff: the cliff date counts from the vesting start", () => {
    // 4y/1y cliff from 2023-01-15: the cliff (month 12) is 2024-01-15, exactly the grant date.
    const grant = {
      grantDate: "2024-01-15",
      vestingStart: "2023-01-15",
      shares: 4800,
      schedule: "4y-1y-cliff-monthly",
    };
    const rows = vestingTable(grant);
    expect(rows[0]).toMatchObject({ date: "2024-01-15" });
    expect(rows[0].shares.toString()).toBe("1200");
    expect(vestedAsOf(grant, "2024-01-14").toString()).toBe("0");
    expect(vestedAsOf(grant, "2024-02-15").toString()).toBe("1300");
  });

  it("nothing vests when the employee leaves before the grant", () => {
    const grant = {
      grantDate: "2024-01-15",
      vestingStart: "2023-06-15",
      shares: 4800,
      schedule: "3y-monthly",
      terminationDate: "2024-01-14",
    };
    expect(vestingTable(grant)).toEqual([]);
  });
});

describe("cliffs", () => {
  it("4 years monthly with a 1-year cliff: a quarter at the cliff, then 1/48 a month", () => {
    // 1,000 shares: floor(1000·12/48) = 250 on 2021-01-15; floor(1000·13/48) = floor(270.8) = 270 a month later.
    const rows = vestingTable({ grantDate: "2020-01-15", shares: 1000, schedule: "4y-1y-cliff-monthly" });
    expect(rows).toHaveLength(37); // the cliff row plus months 13–48
    expect(rows[0].date).toBe("2021-01-15");
    expect(rows[0].shares.toString()).toBe("250");
    expect(rows[1].date).toBe("2021-02-15");
    expect(rows[1].shares.toString()).toBe("20");
    expect(rows[36].date).toBe("2024-01-15");
    expect(rows[36].cumulative.toString()).toBe("1000");
  });

  it("quarterly with a 1-year cliff: four quarters at the cliff", () => {
    // 4,800 shares in 16 quarters of 300: quarters 1–4 vest together at month 12.
    const rows = vestingTable({ grantDate: "2020-01-15", shares: 4800, schedule: "4y-1y-cliff-quarterly" });
    expect(rows).toHaveLength(13);
    expect(rows[0]).toMatchObject({ date: "2021-01-15" });
    expect(rows[0].shares.toString()).toBe("1200");
    expect(rows[1]).toMatchObject({ date: "2021-04-15" });
    expect(rows[1].shares.toString()).toBe("300");
  });

  it("a cliff after an installment date but between installments moves only the earlier ones", () => {
    // Quarterly installments at months 3, 6, 9, 12; a 7-month cliff gathers months 3 and 6 at month 7.
    const rows = vestingTable({
      grantDate: "2020-01-15",
      shares: 400,
      schedule: "100% quarterly over 1 year, cliff 7 months",
    });
    expect(rows.map((row) => [row.date, row.shares.toString()])).toEqual([
      ["2020-08-15", "200"],
      ["2020-10-15", "100"],
      ["2021-01-15", "100"],
    ]);
  });
});
