import { compareIso, daysInMonth, isIsoDate, parseIsoDate } from "../../../src/core/dates";

describe("ISO dates", () => {
  it("accepts real YYYY-MM-DD dates, ignoring surrounding spaces", () => {
    expect(parseIsoDate("2003-07-21")).toBe("2003-07-21");
    expect(parseIsoDate(" 2024-02-29 ")).toBe("2024-02-29");
    expect(isIsoDate("2000-02-29")).toBe(true); // divisible by 400: a leap year
  });

  it("accepts Excel's phantom 1900-02-29 (serial 60) but no other February 29 of a century year", () => {
    expect(isIsoDate("1900-02-29")).toBe(true);
    expect(isIsoDate("2100-02-29")).toBe(false);
  });

  it.each([
    ["2023-02-29", /"2023-02-29" is not a real date: February 2023 has 28 days/],
    ["2023-04-31", /"2023-04-31" is not a real date: April 2023 has 30 days/],
    ["2023-13-01", /"2023-13-01" is not a real date: there is no month 13/],
    ["2023-00-10", /there is no month 0/],
    ["2023-01-00", /January 2023 has 31 days/],
    ["2023-7-21", /"2023-7-21" is not a date in the form YYYY-MM-DD/],
    ["July 21, 2003", /"July 21, 2003" is not a date in the form YYYY-MM-DD/],
    ["2003-07-21T00:00", /not a date in the form YYYY-MM-DD/],
    ["", /"" is not a date in the form YYYY-MM-DD/],
  ])("refuses %j, quoting it", (text, message) => {
    expect(() => parseIsoDate(text)).toThrow(message);
    expect(isIsoDate(text)).toBe(false);
  });

  it("says what it got when given something other than text", () => {
    expect(() => parseIsoDate(37823 as unknown as string)).toThrow(
      /expected a date as YYYY-MM-DD text, got 37823/,
    );
    expect(isIsoDate(37823)).toBe(false);
  });

  it("knows month lengths, with February 1900 at 29 days as in Excel", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(29);
    expect(() => daysInMonth(2023, 13)).toThrow(/month 1–12/);
  });

  it("orders dates", () => {
    expect(compareIso("2003-07-21", "2004-01-21")).toBeLessThan(0);
    expect(compareIso("2004-01-21", "2004-01-21")).toBe(0);
    expect(compareIso("2010-01-01", "2009-12-31")).toBeGreaterThan(0);
  });
});
