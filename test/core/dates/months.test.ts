import { addMonthsWithPolicy, edate, eomonth } from "../../../src/core/dates";

describe("EDATE", () => {
  it.each([
    ["2004-01-31", 1, "2004-02-29"], // clamped to the end of a leap February
    ["2023-01-31", 1, "2023-02-28"],
    ["2023-01-31", 2, "2023-03-31"], // counted from the start, not from Feb 28
    ["2023-01-31", 3, "2023-04-30"],
    ["2023-03-31", -1, "2023-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2003-07-21", 6, "2004-01-21"],
    ["2003-07-21", 30, "2006-01-21"],
    ["2023-11-15", 2, "2024-01-15"], // across a year end
    ["2024-01-15", -13, "2022-12-15"],
    ["1900-01-31", 1, "1900-02-29"], // Excel: EDATE(31,1) = 60
  ])("EDATE(%s, %i) = %s", (start, months, expected) => {
    expect(edate(start, months)).toBe(expected);
  });

  it("truncates a fractional month count toward zero, as Excel does", () => {
    expect(edate("2023-01-15", 1.9)).toBe("2023-02-15");
    expect(edate("2023-01-15", -1.9)).toBe("2022-12-15");
  });

  it("refuses a result past year 9999 and a start that is not a date", () => {
    expect(() => edate("9999-12-01", 1)).toThrow(/leaves the years 0000–9999/);
    expect(() => edate("2023-02-30", 1)).toThrow(/"2023-02-30" is not a real date/);
    expect(() => edate("2023-01-15", Number.NaN)).toThrow(/not a finite number of months/);
  });
});

describe("EOMONTH", () => {
  it.each([
    ["2023-01-15", 0, "2023-01-31"],
    ["2024-01-15", 1, "2024-02-29"],
    ["2023-01-15", 1, "2023-02-28"],
    ["2023-03-10", -1, "2023-02-28"],
    ["2023-12-31", 1, "2024-01-31"],
    ["1900-01-15", 1, "1900-02-29"], // Excel: EOMONTH(15,1) = 60
  ])("EOMONTH(%s, %i) = %s", (start, months, expected) => {
    expect(eomonth(start, months)).toBe(expected);
  });
});

describe("day-of-month policies", () => {
  // A grant on Jan 31, one and two months on.
  it.each([
    ["start", "2023-02-28", "2023-03-31"],
    ["last", "2023-02-28", "2023-03-31"],
    ["first", "2023-02-01", "2023-03-01"],
    ["start-minus-one", "2023-02-28", "2023-03-30"], // day 30, clamped in February
    [15, "2023-02-15", "2023-03-15"],
    [29, "2023-02-28", "2023-03-29"],
    [31, "2023-02-28", "2023-03-31"],
  ] as const)("policy %s from 2023-01-31: %s, %s", (policy, first, second) => {
    expect(addMonthsWithPolicy("2023-01-31", 1, policy)).toBe(first);
    expect(addMonthsWithPolicy("2023-01-31", 2, policy)).toBe(second);
  });

  it("'last' moves a mid-month start to the month's end", () => {
    expect(addMonthsWithPolicy("2023-01-15", 0, "last")).toBe("2023-01-31");
    expect(addMonthsWithPolicy("2023-01-15", 1, "last")).toBe("2023-02-28");
  });

  it("'start-minus-one' from the 1st is the last day of the month before", () => {
    expect(addMonthsWithPolicy("2023-01-01", 1, "start-minus-one")).toBe("2023-01-31");
    expect(addMonthsWithPolicy("2023-01-01", 2, "start-minus-one")).toBe("2023-02-28");
    expect(addMonthsWithPolicy("2023-01-15", 1, "start-minus-one")).toBe("2023-02-14");
  });

  it("refuses a day outside 1–31 and an unknown policy", () => {
    expect(() => addMonthsWithPolicy("2023-01-31", 1, 0)).toThrow(
      /day of month 0 is not a whole number from 1 to 31/,
    );
    expect(() => addMonthsWithPolicy("2023-01-31", 1, 32)).toThrow(/day of month 32/);
    expect(() => addMonthsWithPolicy("2023-01-31", 1, "middle" as "start")).toThrow(
      /unknown day-of-month policy 'middle'/,
    );
  });
});
