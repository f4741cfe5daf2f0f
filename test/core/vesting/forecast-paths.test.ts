// vestingForecast counts whole-share grants in integers on Numbers (the direct count by months or
// days, or the grant's integer rows); only fractional grants, and share counts too large for exact
// products, take Decimal tables. These tests hold it to the forecast made from every grant's
// Decimal table: the same shares in every period, or the same refusal.
import fc from "fast-check";
import Decimal from "decimal.js";
import "../../../src/core/numbers";
import { formatIso, isoToSerial, serialToIso } from "../../../src/core/dates";
import { GrantInput, ROUNDINGS } from "../../../src/core/vesting";
import {
  FORECAST_PERIODS,
  ForecastRow,
  decimalVestingForecast,
  vestingForecast,
} from "../../../src/core/vesting/forecast";
import {
  FIRST_SERIAL,
  LAST_SERIAL,
  dayOfMonth,
  scheduleText,
  wholeShares,
} from "../../support/schedule-text-arbitrary";

/** Any day, or often one of a month's last days (whose anniversaries fall on shorter months' ends). */
const grantSerial = fc.oneof(
  fc.integer({ min: FIRST_SERIAL, max: LAST_SERIAL - 8000 }),
  fc
    .record({
      year: fc.integer({ min: 1906, max: 2078 }),
      month: fc.integer({ min: 1, max: 12 }),
      back: fc.integer({ min: 0, max: 3 }),
    })
    .map(
      ({ year, month, back }) =>
        isoToSerial(formatIso(year + Math.floor(month / 12), (month % 12) + 1, 1)) - 1 - back,
    ),
);

const grant: fc.Arbitrary<GrantInput> = fc
  .record({
    grantSerial,
    schedule: fc.oneof(
      scheduleText,
      fc.constantFrom(null, "reference-grant", "4y-1y-cliff-monthly", "immediate"),
    ),
    rounding: fc.constantFrom(...ROUNDINGS),
    // Mostly the plain case the direct count covers, sometimes a policy or start it does not.
    dayOfMonth: fc.oneof(fc.constant(null), fc.constant(null), dayOfMonth),
    shares: wholeShares,
    hundredths: fc.integer({ min: 0, max: 99 }),
    terminationOffset: fc.option(fc.integer({ min: -400, max: 4000 })),
    startOffset: fc.option(fc.integer({ min: 0, max: 2000 }), { freq: 4 }),
  })
  .map((g) => ({
    grantDate: serialToIso(g.grantSerial),
    shares:
      g.rounding === "fractional" ? new Decimal(g.shares).plus(new Decimal(g.hundredths).div(100)) : g.shares,
    schedule: g.schedule,
    rounding: g.rounding,
    dayOfMonth: g.dayOfMonth,
    terminationDate: g.terminationOffset === null ? null : serialToIso(g.grantSerial + g.terminationOffset),
    vestingStart: g.startOffset === null ? null : serialToIso(g.grantSerial - g.startOffset),
  }));

/** A forecast window near the first grant: from up to 400 days before it to 8 years after, up to 12 years long. */
const windowNear = (grantDate: string) =>
  fc
    .record({
      // From the day after the grant: the first boundary (the day before the window) is the grant date.
      start: fc.oneof(fc.integer({ min: -400, max: 3000 }), fc.constant(1)),
      days: fc.integer({ min: 0, max: 4400 }),
      period: fc.constantFrom(...FORECAST_PERIODS),
    })
    .map(({ start, days, period }) => {
      const from = isoToSerial(grantDate) + start;
      return { from: serialToIso(from), to: serialToIso(from + days), period };
    });

const forecastCase = fc
  .array(grant, { minLength: 1, maxLength: 6 })
  .chain((grants) => fc.tuple(fc.constant(grants), windowNear(grants[0].grantDate)));

const text = (rows: ForecastRow[]) =>
  rows.map((row) => [row.start, row.end, row.shares.toString(), row.cumulative.toString()]);

/** The rows as text, or the error's message. */
function attempt(make: () => ForecastRow[]): string[][] | { error: string } {
  try {
    return text(make());
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("vestingForecast: integer paths and the Decimal path", () => {
  it("gives the Decimal tables' shares in every period, or refuses the same grant for the same reason", () => {
    fc.assert(
      fc.property(forecastCase, ([grants, { from, to, period }]) => {
        const fast = attempt(() => vestingForecast(grants, from, to, period));
        const decimal = attempt(() => decimalVestingForecast(grants, from, to, period));
        if ("error" in decimal) {
          // The forecast names the grant ("grant 2: ..."); the tables' message is the rest.
          expect("error" in fast).toBe(true);
          expect((fast as { error: string }).error).toMatch(/^grant \d+: /);
          expect((fast as { error: string }).error.replace(/^grant \d+: /, "")).toBe(decimal.error);
        } else {
          expect(fast).toEqual(decimal);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("counts a cliff, the monthly vests after it, and a termination (figures worked by hand)", () => {
    // 4,800 shares monthly over 48 months with a 12-month cliff, granted 2020-01-15: the cliff on
    // 2021-01-15 vests 12/48 = 1,200, then 100 a month on the 15th.
    const base = { grantDate: "2020-01-15", shares: 4800, schedule: "4y-1y-cliff-monthly" };
    const rows = vestingForecast([base], "2020-12-01", "2021-03-31", "month");
    expect(text(rows)).toEqual([
      ["2020-12-01", "2020-12-31", "0", "0"],
      ["2021-01-01", "2021-01-31", "1200", "1200"],
      ["2021-02-01", "2021-02-28", "100", "1300"],
      ["2021-03-01", "2021-03-31", "100", "1400"],
    ]);
    // Service ends 2021-02-14, the day before the February vest: nothing more vests.
    const ended = vestingForecast([{ ...base, terminationDate: "2021-02-14" }], "2021-01-01", "2021-03-31");
    expect(text(ended).map((row) => row[3])).toEqual(["1200", "1200", "1200"]);
    // A grant of 48 shares on the 31st vests its monthly share on the last day of February.
    const short = vestingForecast(
      [{ grantDate: "2020-01-31", shares: 48, schedule: "100% monthly over 48 months" }],
      "2020-02-01",
      "2020-03-31",
    );
    expect(text(short)).toEqual([
      ["2020-02-01", "2020-02-29", "1", "1"],
      ["2020-03-01", "2020-03-31", "1", "2"],
    ]);
  });

  it("refuses by name a grant whose schedule runs past 9999-12-31, as its table does", () => {
    const late = { grantDate: "9998-06-01", shares: 1000, schedule: null };
    expect(() =>
      vestingForecast(
        [{ grantDate: "2020-01-01", shares: 10, schedule: null }, late],
        "9999-01-01",
        "9999-12-31",
      ),
    ).toThrow("grant 2: the schedule runs past 9999-12-31 from a vesting start of 9998-06-01");
  });
});
