// The edge conversions for 1904 workbooks: which cells are dates, and which formulas get 1904.
import { datesFrom1900, datesTo1900, isDateFormat, withDateSystem } from "../../src/excel/date-system";

describe("isDateFormat", () => {
  test.each(["yyyy-mm-dd", "m/d/yyyy", "d-mmm-yy", "[$-409]mmmm d, yyyy", "mmm yyyy", "dd/mm/yyyy hh:mm"])(
    "%s shows a date",
    (format) => expect(isDateFormat(format)).toBe(true),
  );
  test.each(["General", "#,##0", "0.00%", "h:mm", "[h]:mm:ss", '"days" 0', "@", "_($* #,##0_)"])(
    "%s does not",
    (format) => expect(isDateFormat(format)).toBe(false),
  );
});

describe("date cells between systems", () => {
  it("moves only numbers under a date format, by 1462 days, and only in a 1904 workbook", () => {
    const values: unknown[][] = [[36361, 36361, 0.5, "2003-07-21"]];
    const formats = [["m/d/yyyy", "#,##0", "h:mm", "m/d/yyyy"]];
    datesTo1900(values, formats, 1904);
    expect(values).toEqual([[37823, 36361, 0.5, "2003-07-21"]]);
    expect(datesFrom1900(values, formats, 1904)).toEqual([[36361, 36361, 0.5, "2003-07-21"]]);
    expect(datesFrom1900(values, formats, 1900)).toBe(values);
  });
});

describe("withDateSystem", () => {
  it("gives VESTED and VESTINGTABLE 1904 as their last argument, after the omitted ones", () => {
    expect(withDateSystem("=TIEOUT.VESTED(A2,B2,DATE(2004,2,21))", 1904)).toBe(
      "=TIEOUT.VESTED(A2,B2,DATE(2004,2,21),,,,1904)",
    );
    expect(withDateSystem('=TIEOUT.VESTINGTABLE(A1,1000,"a, b")', 1904)).toBe(
      '=TIEOUT.VESTINGTABLE(A1,1000,"a, b",,,1904)',
    );
  });
  it("leaves other formulas, 1900 workbooks and formulas that already say their system alone", () => {
    expect(withDateSystem("=SUM(A1:A3)", 1904)).toBe("=SUM(A1:A3)");
    expect(withDateSystem("=TIEOUT.VESTED(A2,B2,C2)", 1900)).toBe("=TIEOUT.VESTED(A2,B2,C2)");
    expect(withDateSystem("=TIEOUT.VESTED(A2,B2,C2,,,,1904)", 1904)).toBe("=TIEOUT.VESTED(A2,B2,C2,,,,1904)");
  });
});
