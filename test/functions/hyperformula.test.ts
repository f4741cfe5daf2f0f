// The custom functions evaluated as formulas in a real engine (HyperFormula) set to Excel's 1900
// date system: the engine evaluates DATE(), references and ranges, and shows our errors as cells.
import { DetailedCellError, ErrorType } from "hyperformula";
import { buildEngine } from "../support/hyperformula";

type Row = (string | number | boolean | null)[];

/** Evaluates a sheet and returns the values of a rectangle (0-based, inclusive). */
function evaluate(sheet: Row[], top = 0, left = 0, bottom = top, right = left): unknown[][] {
  const engine = buildEngine(sheet);
  try {
    return engine.getRangeValues({
      start: { sheet: 0, row: top, col: left },
      end: { sheet: 0, row: bottom, col: right },
    });
  } finally {
    engine.destroy();
  }
}

const cell = (formula: string): unknown => evaluate([[formula]])[0][0];

// Serials by hand: 2003-01-01 is 37622 (2000-01-01 = 36526, + 366 + 365 + 365).
const GRANT_SERIAL = 37823; // 2003-07-21: + 181 days to Jul 1, + 20
const FIRST_VEST_SERIAL = 38007; // 2004-01-21: 2004-01-01 = 37622 + 365 = 37987, + 20
const LAST_VEST_SERIAL = 38738; // 2006-01-21: 2006-01-01 = 37987 + 366 + 365 = 38718, + 20

describe("the engine is set to Excel's date system", () => {
  test("DATE(2003,7,21) is serial 37823, as in Excel", () => {
    expect(cell("=DATE(2003,7,21)")).toBe(GRANT_SERIAL);
  });
});

describe("TIEOUT.VESTED", () => {
  test("=TIEOUT.VESTED(DATE(2003,7,21),1000,DATE(2004,2,21)) is 520", () => {
    // 500 at 2004-01-21, then floor(1000 · (0.5 + 1/48)) = floor(520.83) = 520 at 2004-02-21
    expect(cell("=TIEOUT.VESTED(DATE(2003,7,21),1000,DATE(2004,2,21))")).toBe(520);
  });

  test("reads its arguments from cells, including an ISO date typed as text", () => {
    const sheet: Row[] = [["2003-07-21", 1001, "=DATE(2005,1,21)", "=TIEOUT.VESTED(A1,B1,C1)"]];
    // 2005-01-21 is 12 monthly installments in: floor(1001 · (0.5 + 12/48)) = floor(750.75) = 750
    expect(evaluate(sheet, 0, 3)[0][0]).toBe(750);
  });

  test("a tranche dated on the as-of date counts; the day before it does not", () => {
    expect(cell("=TIEOUT.VESTED(DATE(2003,7,21),1000,DATE(2004,1,21))")).toBe(500);
    expect(cell("=TIEOUT.VESTED(DATE(2003,7,21),1000,DATE(2004,1,20))")).toBe(0);
  });

  test("a skipped schedule argument takes the default, and termination stops vesting", () => {
    // terminated 2004-02-20: only the 500 of 2004-01-21 vested, whatever the as-of date
    expect(cell("=TIEOUT.VESTED(DATE(2003,7,21),1000,DATE(2005,6,30),,DATE(2004,2,20))")).toBe(500);
  });

  test("takes a schedule as text", () => {
    // 25% a year: as of the second anniversary, 2 × 250 = 500 of 1000
    const formula =
      '=TIEOUT.VESTED(DATE(2020,3,1),1000,DATE(2022,3,1),"25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years")';
    expect(cell(formula)).toBe(500);
  });
});

describe("TIEOUT.VESTINGTABLE spills", () => {
  let table: unknown[][];
  beforeAll(() => {
    table = evaluate([["=TIEOUT.VESTINGTABLE(DATE(2003,7,21),1000)"]], 0, 0, 26, 4);
  });

  test("a header and 25 vest dates for the reference grant, nothing below", () => {
    expect(table[0]).toEqual(["Vest date", "Shares", "Cumulative", "Unvested", "Percent vested"]);
    expect(table.slice(1, 26).every((row) => typeof row[0] === "number")).toBe(true);
    expect(table[26]).toEqual([null, null, null, null, null]);
  });

  test("the first row is the 50% cliff on 2004-01-21", () => {
    expect(table[1]).toEqual([FIRST_VEST_SERIAL, 500, 500, 500, 0.5]);
  });

  test("the second row is 2004-02-21 (serial 38038): 20 more, 520 vested, 52%", () => {
    expect(table[2]).toEqual([38038, 20, 520, 480, 0.52]);
  });

  test("the last row is 2006-01-21 with everything vested", () => {
    // after 23 installments floor(1000 · (0.5 + 23/48)) = floor(979.17) = 979, so the last is 21
    expect(table[25]).toEqual([LAST_VEST_SERIAL, 21, 1000, 0, 1]);
  });
});

describe("TIEOUT.ROLLFORWARD over ranges", () => {
  // Lantronix Schedule II, year ended June 30, 2003 (seeds/): begin, charged, other, deductions.
  const sheet: Row[] = [
    [
      1466,
      -473,
      10,
      431,
      "=TIEOUT.ROLLFORWARD(A1:A3,B1:B3,C1:C3,D1:D3)",
      572,
      "=TIEOUT.ROLLFORWARDDIFF(A1:A3,B1:B3,C1:C3,D1:D3,F1:F3)",
    ],
    [5756, 4189, 41, 1989, null, 7990, null],
    [479, 878, "(153)", 11, null, 1193, null],
  ];
  let values: unknown[][];
  beforeAll(() => {
    values = evaluate(sheet, 0, 0, 2, 6);
  });

  test("spills one ending balance per row", () => {
    // 1466 − 473 + 10 − 431 = 572; 5756 + 4189 + 41 − 1989 = 7997; 479 + 878 − 153 − 11 = 1193
    expect(values.map((row) => row[4])).toEqual([572, 7997, 1193]);
  });

  test("ROLLFORWARDDIFF spills reported − computed: 0, 7990 − 7997 = −7, 0", () => {
    expect(values.map((row) => row[6])).toEqual([0, -7, 0]);
  });

  test("a blank cell in a range is zero", () => {
    const rows: Row[] = [[100, null, 5, 20, "=TIEOUT.ROLLFORWARD(A1:A1,B1:B1,C1:C1,D1:D1)"]];
    expect(evaluate(rows, 0, 4)[0][0]).toBe(85); // 100 + 0 + 5 − 20
  });
});

describe("errors surface as error cells", () => {
  function errorOf(formula: string): DetailedCellError {
    const value = cell(formula);
    expect(value).toBeInstanceOf(DetailedCellError);
    return value as DetailedCellError;
  }

  test("text where a date belongs is #VALUE! naming grantDate", () => {
    const error = errorOf('=TIEOUT.VESTED("abc",1000,DATE(2004,2,21))');
    expect(error.type).toBe(ErrorType.VALUE);
    expect(error.message).toBe("grantDate: 'abc' is not a date; use a date or YYYY-MM-DD");
  });

  test("negative shares are #NUM! naming shares", () => {
    const error = errorOf("=TIEOUT.VESTED(DATE(2003,7,21),-5,DATE(2004,2,21))");
    expect(error.type).toBe(ErrorType.NUM);
    expect(error.message).toMatch(/^shares: /);
  });

  test("an as-of date of 0 (an empty cell in desktop Excel) is #VALUE! saying so", () => {
    const error = errorOf("=TIEOUT.VESTED(DATE(2003,7,21),1000,0)");
    expect(error.type).toBe(ErrorType.VALUE);
    expect(error.message).toMatch(/^asOf is empty or 0/);
  });

  test("an unknown schedule in VESTINGTABLE is one #VALUE! cell", () => {
    const error = errorOf('=TIEOUT.VESTINGTABLE(DATE(2003,7,21),1000,"50% at 6 mnths")');
    expect(error.type).toBe(ErrorType.VALUE);
    expect(error.message).toMatch(/^schedule: .*mnths/);
  });

  test("ranges of different shapes are #VALUE! with both shapes", () => {
    const rows: Row[] = [[1, 1, 0, 0, "=TIEOUT.ROLLFORWARD(A1:A3,B1:B2,C1,D1)"], [2, 2], [3]];
    const value = evaluate(rows, 0, 4)[0][0] as DetailedCellError;
    expect(value.type).toBe(ErrorType.VALUE);
    expect(value.message).toBe("ROLLFORWARD: ranges must be the same shape: begin is 3×1, charged is 2×1");
  });

  test("an error in an argument passes through unchanged", () => {
    expect(errorOf("=TIEOUT.VESTED(1/0,1000,DATE(2004,2,21))").type).toBe(ErrorType.DIV_BY_ZERO);
    expect(errorOf("=TIEOUT.ROLLFORWARD(1,1/0,0,0)").type).toBe(ErrorType.DIV_BY_ZERO);
  });
});
