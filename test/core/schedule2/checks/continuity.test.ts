import { runChecks } from "../../../../src/core/schedule2/checks";
import { genericColumns, row, schedule } from "./builders";

/** A row that ties on its own (no activity): begin = end unless given. */
function balance(period: string, account: string, begin: number, end: number, periodLabel = period) {
  // begin + (end − begin) − 0 = end
  return row({
    period,
    periodLabel,
    account,
    begin,
    additions: [end - begin],
    deductions: [0],
    end,
    location: `${period} ${account}`,
  });
}

const continuity = (rows: ReturnType<typeof balance>[], tolerance?: number) =>
  runChecks(schedule(rows, genericColumns(1, 1)), { tolerance }).filter((f) => f.check === "continuity");

describe("continuity", () => {
  it("compares by year when the table lists the latest year first", () => {
    const found = continuity([
      balance("2003", "A", 105, 110),
      balance("2002", "A", 90, 100),
      balance("2001", "A", 80, 90),
    ]);
    // 2003 begins at 105 but 2002 ended at 100; 2002 begins at 90 as 2001 ended.
    expect(found).toEqual([
      {
        check: "continuity",
        severity: "error",
        period: "2003",
        account: "A",
        column: "Beginning balance",
        expected: 100,
        actual: 105,
        difference: 5,
        location: "2003 A",
        message: "2003 · A: begins at 105, but 2002 ended at 100 (difference +5)",
      },
    ]);
  });

  it("matches account names whatever their case, spacing, dashes or footnote marks", () => {
    const rows = [
      balance("2023", "Allowance For Credit Losses –Current (1)", 431, 254),
      balance("2022", "Allowance for credit losses -  current:", 418, 431),
    ];
    expect(continuity(rows)).toEqual([]);
    rows[1] = balance("2022", "allowance for credit losses - CURRENT*", 418, 430);
    expect(continuity(rows).map((f) => [f.expected, f.actual])).toEqual([[430, 431]]);
  });

  it("skips an account printed in only one year", () => {
    expect(
      continuity([balance("1999", "Allowances", 10, 20), balance("1997", "Valuation allowance", 86, 0)]),
    ).toEqual([]);
  });

  it("compares totals with totals, in the same order when several are printed", () => {
    const total = (period: string, account: string, begin: number, end: number) => ({
      ...balance(period, account, begin, end),
      isTotal: true,
    });
    const found = continuity([
      balance("2022", "A", 0, 10),
      total("2022", "", 0, 10),
      balance("2022", "B", 0, 5),
      total("2022", "", 0, 5),
      balance("2023", "A", 10, 11),
      total("2023", "", 10, 11),
      balance("2023", "B", 5, 6),
      total("2023", "", 6, 6),
    ]);
    // The second unlabelled 2023 total begins at 6, the second 2022 total ended at 5.
    expect(found.map((f) => [f.period, f.account, f.expected, f.actual])).toEqual([["2023", "", 5, 6]]);
  });

  it("does not compare years with a gap between them", () => {
    expect(continuity([balance("1997", "A", 0, 10), balance("1999", "A", 50, 60)])).toEqual([]);
  });

  it("does not compare periods it cannot place: no year, or a year shared by a stub and a full year", () => {
    expect(continuity([balance("Six months ended", "A", 0, 10), balance("Year ended", "A", 50, 60)])).toEqual(
      [],
    );
    expect(
      continuity([
        balance("2001", "A", 0, 10, "Year ended July 31, 2001"),
        balance("2001", "A", 10, 12, "Five months ended December 31, 2001"),
        balance("2002", "A", 40, 50, "Year ended December 31, 2002"),
      ]),
    ).toEqual([]);
  });

  it("places a stub period between the years around it, in whatever order the table prints them", () => {
    // June 2001 year → six months to December 31, 2001 → calendar 2002: 600 → 600, 650 → 650, all continuous.
    const periods = [
      balance("2002", "A", 650, 700, "Year ended December 31, 2002"),
      balance("Six months ended December 31, 2001", "A", 600, 650, "Six months ended December 31, 2001"),
      balance("2001", "A", 500, 600, "Year ended June 30, 2001"),
    ];
    expect(continuity(periods)).toEqual([]);
    // The stub printed as beginning at 610: a break against June 2001's 600, and none between June 2001 and 2002.
    periods[1] = balance(
      "Six months ended December 31, 2001",
      "A",
      610,
      650,
      "Six months ended December 31, 2001",
    );
    expect(continuity(periods).map((f) => [f.period, f.expected, f.actual, f.difference])).toEqual([
      ["Six months ended December 31, 2001", 600, 610, 10],
    ]);
  });

  it("pairs 52/53-week fiscal years that end a few days apart from year to year", () => {
    // Kraft Heinz: December 25, 2021 → December 31, 2022 (53 weeks) → December 30, 2023.
    const found = continuity([
      balance("2023", "A", 12, 15, "Year ended December 30, 2023"),
      balance("2022", "A", 10, 11, "Year ended December 31, 2022"),
      balance("2021", "A", 9, 10, "Year ended December 25, 2021"),
    ]);
    // 2023 begins at 12, 2022 ended at 11.
    expect(found.map((f) => [f.period, f.expected, f.actual])).toEqual([["2023", 11, 12]]);
  });

  it("does not compare a transition period with a year it does not adjoin", () => {
    // "Period from June 1 to December 31, 2001" opens after May 31, 2001; the year before ended June 30, 2000.
    expect(
      continuity([
        balance("2000", "A", 0, 10, "Year ended June 30, 2000"),
        balance("2001", "A", 50, 60, "Period from June 1, 2001 to December 31, 2001"),
      ]),
    ).toEqual([]);
  });

  it("warns, never breaks, across a transition quarter the table leaves out", () => {
    // Fiscal year to September 30, 2017, then calendar 2018: October 1 to December 31, 2017 is not shown.
    const found = continuity([
      balance("2018", "A", 120, 130, "Year ended December 31, 2018"),
      balance("2017", "A", 90, 100, "Year ended September 30, 2017"),
    ]);
    expect(found.map((f) => [f.severity, f.period, f.expected, f.actual, f.difference])).toEqual([
      ["warning", "2018", 100, 120, 20],
    ]);
    expect(found[0].message).toContain("does not show 2017-10-01 to 2017-12-31");
    // Balances that agree across the gap say nothing.
    expect(
      continuity([
        balance("2018", "A", 100, 130, "Year ended December 31, 2018"),
        balance("2017", "A", 90, 100, "Year ended September 30, 2017"),
      ]),
    ).toEqual([]);
  });

  it("lets a difference within the tolerance pass", () => {
    const rows = [balance("2022", "A", 0, 100), balance("2023", "A", 101, 110)];
    expect(continuity(rows)).toHaveLength(1);
    expect(continuity(rows, 1)).toEqual([]);
  });
});
