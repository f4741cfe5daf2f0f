// Bad inputs, and the error each gets: the argument it names and whether Excel shows #VALUE! or #NUM!.
import {
  GrantInput,
  VestingError,
  parseDayOfMonth,
  parseRounding,
  vestedAsOf,
} from "../../../src/core/vesting";

const GOOD: GrantInput = { grantDate: "2003-07-21", shares: 1000 };

function errorOf(run: () => unknown): VestingError {
  try {
    run();
  } catch (error) {
    return error as VestingError;
  }
  throw new Error("expected an error");
}

describe("bad inputs", () => {
  it.each([
    [
      { grantDate: "2003-02-30" },
      "2003-07-21",
      "grantDate",
      "value",
      'grantDate: "2003-02-30" is not a real date: February 2003 has 28 days',
    ],
    [
      { grantDate: "07/21/2003" },
      "2003-07-21",
      "grantDate",
      "value",
      'grantDate: "07/21/2003" is not a date in the form YYYY-MM-DD',
    ],
    [
      { grantDate: "1899-12-31" },
      "2003-07-21",
      "grantDate",
      "num",
      "grantDate: 1899-12-31 is before 1900-01-01, Excel's first date",
    ],
    [{}, "2004-13-01", "asOf", "value", 'asOf: "2004-13-01" is not a real date: there is no month 13'],
    [{}, "1850-01-01", "asOf", "num", "asOf: 1850-01-01 is before 1900-01-01"],
    [{ shares: -1 }, "2004-01-21", "shares", "num", "shares: -1 is negative"],
    [
      { shares: 10.5 },
      "2004-01-21",
      "shares",
      "num",
      'shares: 10.5 is not a whole number (only rounding "fractional" allows fractions of a share)',
    ],
    [{ shares: "lots" }, "2004-01-21", "shares", "value", "shares: 'lots' is not a number"],
    [
      { shares: Number.POSITIVE_INFINITY },
      "2004-01-21",
      "shares",
      "num",
      "shares: Infinity is not a finite number",
    ],
    [
      { schedule: "50% at 6 mnths, 50% at 1 year" },
      "2004-01-21",
      "schedule",
      "value",
      "`50% at 6 mnths`: unknown unit 'mnths'",
    ],
    [
      { rounding: "nearest" },
      "2004-01-21",
      "rounding",
      "value",
      "unknown rounding 'nearest': use cumulative-round-down, cumulative-rounding, front-loaded, back-loaded, front-loaded-single, back-loaded-single, fractional",
    ],
    [
      { dayOfMonth: 32 },
      "2004-01-21",
      "dayOfMonth",
      "num",
      "day of month 32 is not a whole number from 1 to 31",
    ],
    [{ dayOfMonth: "midmonth" }, "2004-01-21", "dayOfMonth", "value", "unknown day of month 'midmonth'"],
    [
      { terminationDate: "2004-02-31" },
      "2004-01-21",
      "terminationDate",
      "value",
      'terminationDate: "2004-02-31" is not a real date',
    ],
    [
      { vestingStart: "soon" },
      "2004-01-21",
      "vestingStart",
      "value",
      'vestingStart: "soon" is not a date in the form YYYY-MM-DD',
    ],
    [
      { grantDate: "9999-01-01" },
      "9999-12-31",
      "schedule",
      "num",
      "the schedule runs past 9999-12-31 from a vesting start of 9999-01-01",
    ],
  ] as const)("%j as of %s: %s (%s)", (change, asOf, argument, kind, message) => {
    const error = errorOf(() => vestedAsOf({ ...GOOD, ...change } as GrantInput, asOf));
    expect(error).toBeInstanceOf(VestingError);
    expect(error.argument).toBe(argument);
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(message);
  });

  it("still refuses a bad as-of date when the grant's table is already known", () => {
    expect(vestedAsOf(GOOD, "2004-01-21").toString()).toBe("500");
    expect(errorOf(() => vestedAsOf(GOOD, "2004-01-32")).argument).toBe("asOf");
  });

  it("allows zero shares: every tranche is 0", () => {
    expect(vestedAsOf({ ...GOOD, shares: 0 }, "2010-01-01").toString()).toBe("0");
  });
});

describe("rounding names", () => {
  it.each([
    [null, "cumulative-round-down"],
    [undefined, "cumulative-round-down"],
    ["cumulative-round-down", "cumulative-round-down"],
    ["CUMULATIVE_ROUND_DOWN", "cumulative-round-down"],
    ["Cumulative Rounding", "cumulative-rounding"],
    ["FRONT_LOADED", "front-loaded"],
    ["back_loaded", "back-loaded"],
    ["front-loaded-single", "front-loaded-single"],
    ["FRONT_LOADED_TO_SINGLE_TRANCHE", "front-loaded-single"],
    ["back loaded to single tranche", "back-loaded-single"],
    ["FRACTIONAL", "fractional"],
  ])("%j is %s", (text, rounding) => {
    expect(parseRounding(text)).toBe(rounding);
  });

  it("refuses an unknown name or empty text, listing the valid ones", () => {
    for (const text of ["round", ""]) {
      const error = errorOf(() => parseRounding(text));
      expect(error.argument).toBe("rounding");
      expect(error.message).toContain("front-loaded-single");
      expect(error.message).toContain("CUMULATIVE_ROUND_DOWN");
    }
  });
});

describe("day-of-month policies", () => {
  it.each([
    [null, "start"],
    ["start", "start"],
    ["LAST", "last"],
    ["First", "first"],
    ["start_minus_one", "start-minus-one"],
    ["Start minus one", "start-minus-one"],
    [15, 15],
    [" 31 ", 31],
    ["1", 1],
  ])("%j is %j", (text, policy) => {
    expect(parseDayOfMonth(text)).toBe(policy);
  });

  it.each([
    [0, "num"],
    [31.5, "num"],
    ["40", "num"],
    ["end", "value"],
  ] as const)("refuses %j (%s)", (text, kind) => {
    const error = errorOf(() => parseDayOfMonth(text));
    expect(error.argument).toBe("dayOfMonth");
    expect(error.kind).toBe(kind);
  });
});
