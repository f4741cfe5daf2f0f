// Grants on the 31st and on February 29: installment k falls k periods after the start, counted
// from the start each time (never chained), on the day the day-of-month policy picks.
import { DayOfMonth, vestingTable } from "../../../src/core/vesting";

function datesOf(
  grantDate: string,
  schedule: string,
  dayOfMonth: DayOfMonth | string | null = null,
): string[] {
  return vestingTable({ grantDate, shares: 1200, schedule, dayOfMonth }).map((row) => row.date);
}

describe("a grant on January 31, monthly", () => {
  const monthly = "100% monthly over 12 months";

  it("vests on the 31st or the month's last day (start policy, the default)", () => {
    expect(datesOf("2023-01-31", monthly)).toEqual([
      "2023-02-28",
      "2023-03-31",
      "2023-04-30",
      "2023-05-31",
      "2023-06-30",
      "2023-07-31",
      "2023-08-31",
      "2023-09-30",
      "2023-10-31",
      "2023-11-30",
      "2023-12-31",
      "2024-01-31",
    ]);
  });

  it.each([
    ["last", ["2023-02-28", "2023-03-31", "2023-04-30"]],
    ["first", ["2023-02-01", "2023-03-01", "2023-04-01"]],
    ["start-minus-one", ["2023-02-28", "2023-03-30", "2023-04-30"]],
    [15, ["2023-02-15", "2023-03-15", "2023-04-15"]],
    ["29", ["2023-02-28", "2023-03-29", "2023-04-29"]],
  ] as const)("policy %s: %j…", (policy, firstThree) => {
    expect(datesOf("2023-01-31", monthly, policy).slice(0, 3)).toEqual(firstThree);
  });

  it("1,200 shares vest 100 a month whatever the dates", () => {
    const rows = vestingTable({ grantDate: "2023-01-31", shares: 1200, schedule: monthly });
    expect(rows.map((row) => row.shares.toString())).toEqual(Array(12).fill("100"));
  });
});

describe("a grant on August 31, quarterly", () => {
  const quarterly = "100% quarterly over 12 months";

  it("vests Nov 30, Feb 29 (a leap year), May 31, Aug 31", () => {
    expect(datesOf("2023-08-31", quarterly)).toEqual([
      "2023-11-30",
      "2024-02-29",
      "2024-05-31",
      "2024-08-31",
    ]);
  });

  it.each([
    ["last", ["2023-11-30", "2024-02-29", "2024-05-31", "2024-08-31"]],
    ["first", ["2023-11-01", "2024-02-01", "2024-05-01", "2024-08-01"]],
    ["start-minus-one", ["2023-11-30", "2024-02-29", "2024-05-30", "2024-08-30"]],
    [10, ["2023-11-10", "2024-02-10", "2024-05-10", "2024-08-10"]],
  ] as const)("policy %s", (policy, dates) => {
    expect(datesOf("2023-08-31", quarterly, policy)).toEqual(dates);
  });
});

describe("a grant on February 29, annual", () => {
  const annual = "100% annually over 4 years";

  it("vests on Feb 28 in common years and Feb 29 again in 2028", () => {
    expect(datesOf("2024-02-29", annual)).toEqual(["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
    expect(datesOf("2024-02-29", "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years")).toEqual([
      "2025-02-28",
      "2026-02-28",
      "2027-02-28",
      "2028-02-29",
    ]);
  });

  it.each([
    ["last", ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]],
    ["first", ["2025-02-01", "2026-02-01", "2027-02-01", "2028-02-01"]],
    ["start-minus-one", ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-28"]],
    [31, ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]],
  ] as const)("policy %s", (policy, dates) => {
    expect(datesOf("2024-02-29", annual, policy)).toEqual(dates);
  });
});

describe("a policy that dates month 0 before the grant", () => {
  it("vests it on the grant date instead", () => {
    // "first" puts month 0 of a 2023-01-15 start on 2023-01-01, before the grant.
    const rows = vestingTable({
      grantDate: "2023-01-15",
      shares: 10,
      schedule: "immediate",
      dayOfMonth: "first",
    });
    expect(rows.map((row) => [row.date, row.shares.toString()])).toEqual([["2023-01-15", "10"]]);
  });
});
