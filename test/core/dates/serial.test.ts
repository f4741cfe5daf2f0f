import fc from "fast-check";
import { DateError, isoToSerial, serialOfParts, serialToIso } from "../../../src/core/dates";

describe("Excel serials, 1900 system", () => {
  // Serial 1 is 1900-01-01; Excel keeps Lotus's phantom 1900-02-29 as serial 60, so from March 1900
  // on every serial is one more than the true day count from 1899-12-31.
  it.each([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [32, "1900-02-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [366, "1900-12-31"], // 365 days + the phantom
    [37823, "2003-07-21"], // DATE(2003,7,21), the reference grant
    [38007, "2004-01-21"], // 37823 + 184 days (Jul 21 → Jan 21: 10+31+30+31+30+31+21)
    [45292, "2024-01-01"], // DATE(2024,1,1)
    [2958465, "9999-12-31"], // Excel's last date
  ])("serial %i is %s and back", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("drops a time of day: 37823.75 (6 pm) is still 2003-07-21", () => {
    expect(serialToIso(37823.75)).toBe("2003-07-21");
    expect(serialToIso(60.5)).toBe("1900-02-29");
  });

  it("refuses serial 0 (Excel's 1900-01-00), negatives and serials past 9999-12-31", () => {
    expect(() => serialToIso(0)).toThrow(/1900-01-00/);
    expect(() => serialToIso(-5)).toThrow(DateError);
    expect(() => serialToIso(2958466)).toThrow(
      /outside Excel's 1900 date system: 1 \(1900-01-01\) to 2958465 \(9999-12-31\)/,
    );
    expect(() => serialToIso(Number.NaN)).toThrow(/not a finite serial/);
    expect(() => serialToIso(Number.POSITIVE_INFINITY)).toThrow(/not a finite serial/);
  });

  it("marks an out-of-range serial as a range problem and non-numbers as format problems", () => {
    expect(() => serialToIso(0)).toThrow(expect.objectContaining({ reason: "range" }));
    expect(() => serialToIso(Number.NaN)).toThrow(expect.objectContaining({ reason: "format" }));
  });

  it("refuses dates before 1900-01-01 and text that is not a date", () => {
    expect(() => isoToSerial("1899-12-31")).toThrow(/1899-12-31 is before 1900-01-01/);
    expect(() => isoToSerial("2023-02-29")).toThrow(
      /"2023-02-29" is not a real date: February 2023 has 28 days/,
    );
    expect(() => isoToSerial("21/07/2003")).toThrow(/"21\/07\/2003" is not a date in the form YYYY-MM-DD/);
  });

  it("agrees with the plain day count (JavaScript's UTC calendar) for every date from 1900-03-01", () => {
    const dayMs = 86_400_000;
    const excelDayZero = Date.UTC(1899, 11, 30); // serial 61 = 1900-03-01 is 61 days after 1899-12-30
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const expected = new Date(excelDayZero + serial * dayMs).toISOString().slice(0, 10);
        expect(serialToIso(serial)).toBe(expected);
        expect(isoToSerial(expected)).toBe(serial);
      }),
    );
  });

  it("round-trips every serial and keeps dates in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958464 }), (serial) => {
        expect(isoToSerial(serialToIso(serial))).toBe(serial);
        expect(serialToIso(serial) < serialToIso(serial + 1)).toBe(true);
      }),
    );
  });
});

describe("Excel serials, 1904 system", () => {
  it.each([
    [0, "1904-01-01"],
    [1, "1904-01-02"],
    [36361, "2003-07-21"], // 37823 − 1462, the days between the systems' origins
    [2957003, "9999-12-31"],
  ])("serial %i is %s and back", (serial, iso) => {
    expect(serialToIso(serial, 1904)).toBe(iso);
    expect(isoToSerial(iso, 1904)).toBe(serial);
  });

  it("refuses dates before 1904-01-01 and negative serials", () => {
    expect(() => isoToSerial("1903-12-31", 1904)).toThrow(
      /before 1904-01-01, the first date of Excel's 1904 date system/,
    );
    expect(() => serialToIso(-1, 1904)).toThrow(/outside Excel's 1904 date system: 0 \(1904-01-01\)/);
  });

  it("is the 1900 system shifted by 1462 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2957003 }), (serial) => {
        expect(serialToIso(serial, 1904)).toBe(serialToIso(serial + 1462, 1900));
      }),
    );
  });

  it("names an unknown date system", () => {
    expect(() => serialToIso(1, 1905 as 1904)).toThrow(/unknown date system 1905/);
  });
});

describe("serialOfParts", () => {
  it("counts the phantom 1900-02-29 like isoToSerial, and runs on below serial 1 before 1900", () => {
    expect(serialOfParts({ year: 1900, month: 2, day: 29 })).toBe(60);
    expect(serialOfParts({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(serialOfParts({ year: 2003, month: 7, day: 21 })).toBe(37823);
    // 1899-12-31 is Excel's "1900-01-00", one before serial 1; a vest date that early still sorts first.
    expect(serialOfParts({ year: 1899, month: 12, day: 31 })).toBe(0);
    expect(serialOfParts({ year: 1899, month: 12, day: 30 })).toBe(-1);
  });
});
