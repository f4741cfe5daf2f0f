// The library entry (src/index.ts): what `require("tieout")` gives a Node user.
import * as fs from "fs";
import * as tieout from "../../src/index";
import { SEED } from "./fixtures";

describe("vested", () => {
  it("gives 520 for the reference grant on 2004-02-21, from ISO text or Excel serials", () => {
    expect(tieout.vested("2003-07-21", 1000, "2004-02-21")).toBe(520);
    // 2003-07-21 is serial 37823; 2004-02-21 is 37987 (2004-01-01) + 31 + 20 = 38038.
    expect(tieout.vested(37823, 1000, 38038)).toBe(520);
  });

  it("stops at termination and takes a schedule and rounding", () => {
    expect(tieout.vested("2003-07-21", 1000, "2005-01-01", null, "2004-02-20")).toBe(500);
    // 10 shares annually over 4 years, front-loaded: 3, 3, 2, 2 → 6 after two years.
    expect(
      tieout.vested("2020-01-15", 10, "2022-01-15", "100% annually over 48 months", null, "front-loaded"),
    ).toBe(6);
  });

  it.each([
    ["a grant date that is not a date", () => tieout.vested("July 21", 1000, "2004-02-21"), /grantDate/],
    ["negative shares", () => tieout.vested("2003-07-21", -1, "2004-02-21"), /shares/],
    ["an as-of date before 1900", () => tieout.vested("2003-07-21", 1000, 0), /asOf/],
    [
      "an unknown schedule",
      () => tieout.vested("2003-07-21", 1000, "2004-02-21", "50% at 6 mnths, 50% at 1 year"),
      /schedule/,
    ],
    [
      "an unknown rounding",
      () => tieout.vested("2003-07-21", 1000, "2004-02-21", null, null, "sideways"),
      /rounding/,
    ],
  ])("throws an Error naming the argument for %s", (_name, call, argument) => {
    expect(call).toThrow(Error);
    expect(call).toThrow(argument);
  });
});

describe("vestingTable and vestingSummary", () => {
  it("gives the 25 rows of the reference grant as plain values", () => {
    const rows = tieout.vestingTable("2003-07-21", 1000);
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual({ date: "2004-01-21", shares: 500, cumulative: 500, unvested: 500, percent: 50 });
    // 2004-02-21: floor(1000 × (0.5 + 1/48)) = 520, 20 more than January.
    expect(rows[1]).toEqual({ date: "2004-02-21", shares: 20, cumulative: 520, unvested: 480, percent: 52 });
    expect(rows[24]).toMatchObject({ date: "2006-01-21", cumulative: 1000, unvested: 0, percent: 100 });
  });

  it("summarises a grant on a date", () => {
    expect(tieout.vestingSummary("2003-07-21", 1000, "2004-02-21")).toEqual({
      asOf: "2004-02-21",
      vested: 520,
      unvested: 480,
      percent: 52,
      nextVestDate: "2004-03-21",
      nextVestShares: 21, // floor(1000 × (0.5 + 2/48)) = 541, minus 520
      fullyVestedDate: "2006-01-21",
      terminated: false,
    });
  });

  it("lists the presets, the reference grant among them", () => {
    expect(tieout.PRESETS.map((p) => p.text)).toContain("50% at 6 months, then 50% monthly over 24 months");
  });
});

describe("rollforward", () => {
  it("adds and subtracts exactly, reading accounting text and blanks", () => {
    // 1,466 + (473) + 10 − 431 = 572
    expect(tieout.rollforward("$ 1,466", "(473)", 10, "431")).toBe(572);
    // 0.1 + 0.2 + blank − 0.3 = 0 exactly, not 5.55e-17
    expect(tieout.rollforward(0.1, 0.2, null, 0.3)).toBe(0);
    expect(tieout.rollforward(479, 878, "—", 11)).toBe(1346);
  });

  it("names the argument that is not a number", () => {
    expect(() => tieout.rollforward(1, 2, 3, "lots")).toThrow(/deductions: 'lots' is not a number/);
  });
});

describe("checkSchedule and readSchedules", () => {
  const text = fs.readFileSync(SEED, "utf8");

  it("ties the seed: 12 rows, 3 totals, no finding", () => {
    const report = tieout.checkSchedule(text, { file: "seed.txt" });
    expect(report.file).toBe("seed.txt");
    expect(report.schedules[0].rows).toHaveLength(12);
    expect(report.schedules[0].findings).toEqual([]);
  });

  it("rejects a negative tolerance, naming it", () => {
    expect(() => tieout.checkSchedule(text, { tolerance: -1 })).toThrow(
      /tolerance: -1 is not a number of 0 or more/,
    );
  });

  it("reads the schedule model with exact decimals", () => {
    const [model] = tieout.readSchedules(text);
    // 2003's recovery printed (473).
    expect(model.rows[4].additions[0].toString()).toBe("-473");
  });
});
