// ROLLFORWARD and ROLLFORWARDDIFF called as Excel calls them (single cells arrive as 1×1 ranges).
import Decimal from "decimal.js";
import fc from "fast-check";
import { computeRollForward } from "../../src/functions/rollforward";
import { rollForward, rollForwardDiff } from "../../src/functions/functions";

// Lantronix Schedule II (seeds/), year ended June 30, 2003, as the cells read when pasted as text.
const BEGIN = [["$    1,466"], ["5,756"], ["479"]];
const CHARGED = [["$        (473)"], ["4,189"], ["878"]];
const OTHER = [["$      10"], ["41"], ["(153)"]];
const DEDUCTIONS = [["$       431"], ["1,989"], ["11"]];
const REPORTED_END = [[572], [7997], [1193]];

describe("ROLLFORWARD", () => {
  test("rolls a Schedule II forward from accounting text, one result per row", () => {
    // 1466 − 473 + 10 − 431 = 572; 5756 + 4189 + 41 − 1989 = 7997; 479 + 878 − 153 − 11 = 1193
    expect(rollForward(BEGIN, CHARGED, OTHER, DEDUCTIONS)).toEqual([[572], [7997], [1193]]);
  });

  test("a dash and a blank cell are zero", () => {
    // 2004 allowance: 572 + (164) + "-" − 231 = 177
    expect(rollForward([[572]], [["(164)"]], [["-"]], [[231]])).toEqual([[177]]);
    expect(rollForward([[572]], [[-164]], [[null]], [[""]])).toEqual([[408]]);
    expect(rollForward([[100]], [["—"]], [["--"]], [[40]])).toEqual([[60]]);
  });

  test("a single value is used against every row of the ranges", () => {
    // other = 10 on each row: 1 + 2 + 10 − 0 = 13; 3 + 4 + 10 − 5 = 12
    expect(rollForward([[1], [3]], [[2], [4]], [[10]], [[0], [5]])).toEqual([[13], [12]]);
  });

  test("a row range gives a row of results", () => {
    expect(rollForward([[1, 2, 3]], [[0]], [[0]], [[1, 1, 1]])).toEqual([[0, 1, 2]]);
  });

  test("is exact in decimal: 0.1 + 0.2 + 0 − 0.3 is 0, and cents do not drift", () => {
    expect(0.1 + 0.2 - 0.3).not.toBe(0); // what binary floating point would give
    expect(rollForward([[0.1]], [[0.2]], [[0]], [[0.3]])).toEqual([[0]]);
    // 1,000,000.07 + 0.01 + 0.02 − 0.1 = 1,000,000.00
    expect(rollForward([["1,000,000.07"]], [[0.01]], [[0.02]], [[0.1]])).toEqual([[1000000]]);
  });

  test("the library form also takes plain single values", () => {
    expect(computeRollForward(1466, "(473)", 10, 431)).toEqual([[572]]);
  });
});

describe("ROLLFORWARDDIFF", () => {
  test("is 0 on every row of a schedule that ties", () => {
    expect(rollForwardDiff(BEGIN, CHARGED, OTHER, DEDUCTIONS, REPORTED_END)).toEqual([[0], [0], [0]]);
  });

  test("is reported minus computed: a reported end too high is positive, too low negative", () => {
    // computed 572: reported 575 → +3; computed 7997: reported 7990 → −7; computed 1193 ties
    expect(rollForwardDiff(BEGIN, CHARGED, OTHER, DEDUCTIONS, [[575], [7990], [1193]])).toEqual([
      [3],
      [-7],
      [0],
    ]);
  });

  test("a tolerance of 1 absorbs rounding in thousands but not a larger break", () => {
    // computed 572: reported 573 → +1 (within 1 → 0); computed 7997: reported 7995 → −2 (kept)
    expect(rollForwardDiff(BEGIN, CHARGED, OTHER, DEDUCTIONS, [[573], [7995], [1192]], 1)).toEqual([
      [0],
      [-2],
      [0],
    ]);
  });

  test("the reported ending balance may be accounting text", () => {
    // 405 + 1680 + 49 − 668 = 1466, reported "$  1,466"
    expect(rollForwardDiff([[405]], [[1680]], [[49]], [[668]], [["$  1,466"]])).toEqual([[0]]);
  });

  test("a blank tolerance means exact", () => {
    // 0.1 + 0.2 = 0.3 exactly, reported 0.31 → 0.01 even though it is tiny
    expect(rollForwardDiff([[0.1]], [[0.2]], [[0]], [[0]], [[0.31]], null)).toEqual([[0.01]]);
  });
});

describe("ROLLFORWARD property", () => {
  const cents = fc
    .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    .map((n) => new Decimal(n.toString()).div(100));

  test("equals the exact decimal sum for any amounts with cents, given as text or numbers", () => {
    fc.assert(
      fc.property(cents, cents, cents, cents, fc.boolean(), (b, c, o, d, asText) => {
        const cell = (x: Decimal) => (asText ? x.toFixed(2) : x.toNumber());
        const [[result]] = rollForward([[cell(b)]], [[cell(c)]], [[cell(o)]], [[cell(d)]]);
        expect(result).toBe(b.plus(c).plus(o).minus(d).toNumber());
      }),
    );
  });

  test("x + y + 0 − (x + y) is exactly 0", () => {
    fc.assert(
      fc.property(cents, cents, (x, y) => {
        expect(rollForward([[x.toNumber()]], [[y.toNumber()]], [[0]], [[x.plus(y).toNumber()]])).toEqual([
          [0],
        ]);
      }),
    );
  });
});

describe("ROLLFORWARD on numbers as Excel holds them (issue 11, items 7, 10, 12)", () => {
  // Evaluated by a formula engine, so 510.71+0.2 is the binary double Excel computes.
  const { buildEngine } = jest.requireActual(
    "../support/hyperformula",
  ) as typeof import("../support/hyperformula");
  const value = (formula: string, ...cells: number[]) => {
    const engine = buildEngine([[formula, ...cells]]);
    const result = engine.getCellValue({ sheet: 0, row: 0, col: 0 });
    engine.destroy();
    return result;
  };

  test("ROLLFORWARDDIFF(510.71+0.2,0,0,0,510.91) is 0, as Check ties the same cells", () => {
    expect(510.71 + 0.2 - 510.91).not.toBe(0); // the double is 510.9100000000000250…
    expect(value("=TIEOUT.ROLLFORWARDDIFF(510.71+0.2,0,0,0,510.91)")).toBe(0);
    expect(value("=TIEOUT.ROLLFORWARDDIFF(0,1.1*3,0,0,3.3)")).toBe(0);
    // A real difference of a cent still shows.
    expect(value("=TIEOUT.ROLLFORWARDDIFF(510.71+0.2,0,0,0,510.92)")).toBe(0.01);
  });

  test("any sum of two amounts with cents ties against its printed total", () => {
    // Same sign, as a column of additions is: a difference of nearly equal doubles loses digits in
    // Excel too, and no rounding can give them back.
    const cents = fc.integer({ min: 0, max: 10 ** 12 });
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const [x, y, total] = [a / 100, b / 100, (a + b) / 100];
        expect(rollForwardDiff([[x + y]], [[0]], [[0]], [[0]], [[total]], null)).toEqual([[0]]);
      }),
      { numRuns: 2000 },
    );
  });

  test("a result past ±1.8e308 is #VALUE! with a message, not Infinity", () => {
    const result = value("=TIEOUT.ROLLFORWARD(B1,C1,0,0)", 1e308, 1e308) as { type: string; message: string };
    expect(result.type).toBe("VALUE");
    expect(result.message).toMatch(/2e\+308 is beyond what Excel can hold/);
    expect(() => computeRollForward(1e308, 1e308, 0, 0)).toThrow(/beyond what Excel can hold/);
  });

  test('text with a space between digits is refused: ROLLFORWARD("1 2",0,0,0) is #VALUE!, not 12', () => {
    const result = value('=TIEOUT.ROLLFORWARD("1 2",0,0,0)') as { type: string; message: string };
    expect(result.type).toBe("VALUE");
    expect(result.message).toMatch(/begin: '1 2' is not a number/);
    // What an accountant writes is still read.
    expect(rollForward([["1,000"]], [["(473)"]], [["$ 5"]], [["—"]])).toEqual([[532]]);
  });
});
