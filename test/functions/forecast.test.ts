// VESTINGFORECAST: shares vesting per period across a grant list, checked by hand, against the
// sum of each grant's VESTINGTABLE rows (property), and evaluated as a formula in HyperFormula.
import Decimal from "decimal.js";
import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../src/core/dates";
import { ROUNDINGS, vestingTable as coreTable } from "../../src/core/vesting";
import { ExcelFunctionError } from "../../src/functions/errors";
import { vestingForecast, vestingTable } from "../../src/functions/functions";
import { DetailedCellError, ErrorType } from "hyperformula";
import { buildEngine } from "../support/hyperformula";

const s = (iso: string) => isoToSerial(iso);
const iso = (serial: unknown) => serialToIso(serial as number);

/** The forecast's rows with ISO dates. */
function forecast(...args: Parameters<typeof vestingForecast>): unknown[][] {
  const [header, ...rows] = vestingForecast(...args);
  expect(header).toEqual(["Period start", "Period end", "Shares vesting", "Cumulative vested"]);
  return rows.map(([start, end, shares, cumulative]) => [iso(start), iso(end), shares, cumulative]);
}

const GRANTS = [[s("2003-07-21")], [s("2004-01-01")]];
const SHARES = [[1000], [480]];
const SCHEDULES = [["reference-grant"], ["100% monthly over 48 months, cliff 12 months"]];

describe("VESTINGFORECAST by hand", () => {
  it("months: the reference grant's first three vests; the other is before its cliff", () => {
    // 500 on 2004-01-21; then floor(1000·(0.5 + 1/48)) = 520, floor(1000·(0.5 + 2/48)) = 541.
    expect(forecast(GRANTS, SHARES, s("2004-01-01"), s("2004-03-31"), "month", SCHEDULES)).toEqual([
      ["2004-01-01", "2004-01-31", 500, 500],
      ["2004-02-01", "2004-02-29", 20, 520],
      ["2004-03-01", "2004-03-31", 21, 541],
    ]);
  });

  it("a quarter; a first period from mid-month; vesting before the window is in the cumulative", () => {
    expect(forecast(GRANTS, SHARES, s("2004-01-01"), s("2004-03-31"), "quarter", SCHEDULES)).toEqual([
      ["2004-01-01", "2004-03-31", 541, 541],
    ]);
    expect(forecast(GRANTS, SHARES, s("2004-01-22"), s("2004-02-21"), null, SCHEDULES)).toEqual([
      ["2004-01-22", "2004-01-31", 0, 500],
      ["2004-02-01", "2004-02-21", 20, 520],
    ]);
  });

  it("years over the cliff of the second grant: 480/48 = 10 a month, 12 months at the cliff", () => {
    const rows = forecast(GRANTS, SHARES, s("2004-01-01"), s("2005-12-31"), "year", SCHEDULES);
    // The reference grant is 6 + m months in on the 21st: floor(1000 · (m + 18)/48) vested.
    // 2004-12-21 is m = 17: floor(729.17) = 729. 2005-12-21 is m = 29: floor(979.17) = 979, so 250
    // in 2005. The other grant: 480 · 12/48 = 120 at its cliff 2005-01-01, then 11 × 10.
    expect(rows).toEqual([
      ["2004-01-01", "2004-12-31", 729, 729],
      ["2005-01-01", "2005-12-31", 250 + 120 + 110, 1209],
    ]);
  });

  it("skips blank rows, and names the row of a bad grant", () => {
    expect(
      forecast([[s("2003-07-21")], [null], [""]], [[1000], [null], [""]], s("2004-01-01"), s("2004-01-31")),
    ).toEqual([["2004-01-01", "2004-01-31", 500, 500]]);
    expect(() =>
      vestingForecast([[s("2003-07-21")], ["soon"]], [[10], [10]], s("2004-01-01"), s("2004-01-31")),
    ).toThrow(ExcelFunctionError);
    expect(() =>
      vestingForecast([[s("2003-07-21")], ["soon"]], [[10], [10]], s("2004-01-01"), s("2004-01-31")),
    ).toThrow(/VESTINGFORECAST row 2: grantDate: 'soon' is not a date/);
    expect(() =>
      vestingForecast([[1], [2]], [[10]], s("2004-01-01"), s("2004-01-31"), null, [["a"], ["b"], ["c"]]),
    ).toThrow("VESTINGFORECAST: schedule has 3 cells and grantDates 2; use one value or a range as long");
    expect(() => vestingForecast(GRANTS, SHARES, s("2004-01-01"), s("2004-01-31"), "weekly")).toThrow(
      "unknown period 'weekly': use month, quarter or year",
    );
    expect(() => vestingForecast(GRANTS, SHARES, s("2004-02-01"), s("2004-01-31"))).toThrow(
      "toDate 2004-01-31 is before fromDate 2004-02-01",
    );
  });
});

const grantList = fc.array(
  fc.record({
    grant: fc.integer({ min: s("2000-01-01"), max: s("2030-12-31") }),
    shares: fc.integer({ min: 0, max: 1_000_000 }),
    schedule: fc.constantFrom(
      "reference-grant",
      "100% monthly over 48 months, cliff 12 months",
      "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years",
      "25% at 365 days, then 75% monthly over 36 months",
      "immediate",
    ),
    rounding: fc.constantFrom(...ROUNDINGS),
  }),
  { minLength: 1, maxLength: 25 },
);

describe("VESTINGFORECAST: a blank schedule cell in a range of schedules", () => {
  const dates = [[s("2003-07-21")], [s("2003-07-21")], [s("2003-07-21")]];
  const shares = [[1000], [1000], [1000]];
  const from = s("2004-01-01");
  const to = s("2004-01-31");

  it.each([
    ["null (Excel on the web)", null],
    ["0 (desktop Excel)", 0],
    ["empty text", ""],
    ["spaces", "  "],
  ])("is #VALUE! naming its row when the cell is %s", (_, cell) => {
    const schedules = [["reference-grant"], ["reference-grant"], [cell]];
    const call = () => vestingForecast(dates, shares, from, to, "month", schedules);
    expect(call).toThrow(ExcelFunctionError);
    expect(call).toThrow(/^VESTINGFORECAST row 3: schedule is blank; fill in schedule text or a preset name/);
  });

  it("an omitted schedule, or one blank value for every grant, is the default (reference grant: 500 each)", () => {
    const expected = [["2004-01-01", "2004-01-31", 1500, 1500]];
    expect(forecast(dates, shares, from, to, "month")).toEqual(expected);
    expect(forecast(dates, shares, from, to, "month", [[null]])).toEqual(expected);
    expect(forecast(dates, shares, from, to, "month", null as unknown as unknown[][])).toEqual(expected);
  });
});

describe("VESTINGFORECAST: a blank rounding cell in a range of roundings", () => {
  const dates = [[s("2003-07-21")], [s("2003-07-21")]];
  const shares = [[1000], [1000]];
  const from = s("2004-01-01");
  const to = s("2004-01-31");
  const schedules = [["reference-grant"], ["reference-grant"]];

  it.each([
    ["null (Excel on the web)", null],
    ["0 (desktop Excel)", 0],
    ["empty text", ""],
  ])("is #VALUE! naming its row when the cell is %s", (_, cell) => {
    const roundings = [["cumulative-round-down"], [cell]];
    const call = () => vestingForecast(dates, shares, from, to, "month", schedules, roundings);
    expect(call).toThrow(ExcelFunctionError);
    expect(call).toThrow(/^VESTINGFORECAST row 2: rounding is blank; fill in a rounding method/);
  });

  it("one rounding for every grant, or none, is read as before (reference grant: 500 each in January 2004)", () => {
    const expected = [["2004-01-01", "2004-01-31", 1000, 1000]];
    expect(forecast(dates, shares, from, to, "month", schedules)).toEqual(expected);
    expect(forecast(dates, shares, from, to, "month", schedules, [["cumulative-round-down"]])).toEqual(
      expected,
    );
  });
});

describe("property: VESTINGFORECAST is the sum of the grants' VESTINGTABLE rows, period by period", () => {
  it("for random grant lists, windows and periods", () => {
    fc.assert(
      fc.property(
        grantList,
        fc.integer({ min: s("1999-06-01"), max: s("2034-12-31") }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom("month", "quarter", "year"),
        (grants, from, length, period) => {
          const column = (pick: (g: (typeof grants)[number]) => unknown) => grants.map((g) => [pick(g)]);
          const [, ...rows] = vestingForecast(
            column((g) => g.grant),
            column((g) => g.shares),
            from,
            from + length,
            period,
            column((g) => g.schedule),
            column((g) => g.rounding),
          );
          // Each grant's table: VESTINGTABLE's spill (exact Numbers for whole shares), or the
          // core's Decimals for fractional grants, whose Numbers would not add exactly.
          const tables = grants.map((g) =>
            g.rounding === "fractional"
              ? coreTable({
                  grantDate: iso(g.grant),
                  shares: g.shares,
                  schedule: g.schedule,
                  rounding: g.rounding,
                }).map((row) => [s(row.date), row.shares] as const)
              : vestingTable(g.grant, g.shares, g.schedule, null, g.rounding)
                  .slice(1)
                  .map((row) => [row[0] as number, new Decimal(row[1] as number)] as const),
          );
          const sumWhere = (keep: (serial: number) => boolean) =>
            tables
              .flat()
              .reduce((sum, [serial, shares]) => (keep(serial) ? sum.plus(shares) : sum), new Decimal(0));
          expect(rows[0][0]).toBe(from);
          expect(rows[rows.length - 1][1]).toBe(from + length);
          for (const [start, end, shares, cumulative] of rows as number[][]) {
            expect(shares).toBe(sumWhere((serial) => serial >= start && serial <= end).toNumber());
            expect(cumulative).toBe(sumWhere((serial) => serial <= end).toNumber());
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("=TIEOUT.VESTINGFORECAST in a formula engine", () => {
  it("spills a header and one row per period from ranges of cells (a serial and ISO text)", () => {
    const engine = buildEngine([
      [s("2003-07-21"), 1000, "=TIEOUT.VESTINGFORECAST(A1:A2,B1:B2,DATE(2004,1,1),DATE(2004,3,31))"],
      ["2004-01-01", 480],
    ]);
    try {
      const values = engine.getRangeValues({
        start: { sheet: 0, row: 0, col: 2 },
        end: { sheet: 0, row: 3, col: 5 },
      });
      // Both grants on the reference schedule: the second's first vest is 2004-07-01.
      expect(values).toEqual([
        ["Period start", "Period end", "Shares vesting", "Cumulative vested"],
        [s("2004-01-01"), s("2004-01-31"), 500, 500],
        [s("2004-02-01"), s("2004-02-29"), 20, 520],
        [s("2004-03-01"), s("2004-03-31"), 21, 541],
      ]);
    } finally {
      engine.destroy();
    }
  });

  it("a blank cell in the schedule range is #VALUE! naming the row", () => {
    const engine = buildEngine([
      [
        s("2003-07-21"),
        1000,
        "reference-grant",
        "=TIEOUT.VESTINGFORECAST(A1:A2,B1:B2,DATE(2004,1,1),DATE(2004,3,31),,C1:C2)",
      ],
      ["2004-01-01", 480],
    ]);
    try {
      const value = engine.getCellValue({ sheet: 0, row: 0, col: 3 });
      expect(value).toBeInstanceOf(DetailedCellError);
      expect((value as DetailedCellError).type).toBe(ErrorType.VALUE);
      expect((value as DetailedCellError).message).toMatch(/^VESTINGFORECAST row 2: schedule is blank/);
    } finally {
      engine.destroy();
    }
  });
});
