import { BLOCK_ROWS, buildVestedColumn, isDateFormat } from "../../src/taskpane/vesting/vested-column";
import type { SheetGrid } from "../../src/excel/types";
import { sheetGrid } from "./fake-gateway";

const reference = {
  asOf: "2004-02-21",
  schedule: "50% at 6 months, then 50% monthly over 24 months",
  rounding: "cumulative-round-down",
};

/** Grant dates as Excel shows them: serials formatted as dates in the first column. */
function withDates(grid: SheetGrid, format = "yyyy-mm-dd"): SheetGrid {
  return {
    ...grid,
    numberFormats: grid.values.map((row) =>
      row.map((v, c) => (c === 0 && typeof v === "number" ? format : "General")),
    ),
  };
}

describe("vested-as-of column", () => {
  test("without a header row every row gets a formula, starting on the selection's first row", async () => {
    // Grants in D10:E11 (0-based row 9, column 3): the column goes to F10.
    const grid = withDates(
      sheetGrid(
        "Grants",
        [
          [37823, 1000],
          ["2004-01-15", 2400],
        ],
        9,
        3,
      ),
    );
    const column = await buildVestedColumn(grid, { ...reference, schedule: "" });
    expect(column.topLeft).toBe("Grants!F10");
    expect(column.cells).toEqual([
      "=TIEOUT.VESTED(D10,E10,DATE(2004,2,21))",
      "=TIEOUT.VESTED(D11,E11,DATE(2004,2,21))",
    ]);
    expect(column.formulaCount).toBe(2);
    expect(column.numberFormat).toBe("#,##0");
  });

  test("a non-default rounding is passed with the termination argument left out", async () => {
    const grid = withDates(sheetGrid("Grants", [[37823, 1000]]), "m/d/yyyy");
    const column = await buildVestedColumn(grid, { ...reference, rounding: "front-loaded" });
    expect(column.cells[0]).toBe(
      '=TIEOUT.VESTED(A1,B1,DATE(2004,2,21),"50% at 6 months, then 50% monthly over 24 months",,"front-loaded")',
    );
  });

  test("fractional rounding shows the fractions it leaves", async () => {
    const grid = withDates(sheetGrid("Grants", [[37823, 1000]]));
    expect((await buildVestedColumn(grid, { ...reference, rounding: "fractional" })).numberFormat).toBe(
      "#,##0.####",
    );
  });

  test("blank rows stay blank and a sheet name with spaces is quoted", async () => {
    const grid = withDates(
      sheetGrid("My grants", [
        ["Granted", "Shares"],
        [null, null],
        [37823, "1,000"],
      ]),
    );
    const column = await buildVestedColumn(grid, { ...reference, schedule: 'say "monthly"' });
    expect(column.topLeft).toBe("'My grants'!C1");
    expect(column.cells).toEqual([
      "Vested 2004-02-21",
      null,
      '=TIEOUT.VESTED(A3,B3,DATE(2004,2,21),"say ""monthly""")',
    ]);
    expect(column.formulaCount).toBe(1);
  });

  test("a header with no grants under it is refused", async () => {
    const grid = sheetGrid("Grants", [
      ["Grant date", "Shares"],
      ["", ""],
    ]);
    await expect(buildVestedColumn(grid, reference)).rejects.toThrow(
      "The selection Grants!A1:B2 holds no grants: put grant dates and shares in it.",
    );
  });

  test("one column is refused, naming the selection", async () => {
    const grid = sheetGrid("Grants", [[37823], [37900]]);
    await expect(buildVestedColumn(grid, reference)).rejects.toThrow(
      "Select the grant list as exactly two columns, grant date then shares; the selection Grants!A1:A2 has 1 column.",
    );
  });

  test("two columns of a Schedule II (figures, not dates) are refused before anything is written", async () => {
    // Seed!B5:C6: beginning balances 405 and 2,490 beside charges 1,680 and 3,443, in General format.
    const grid = sheetGrid(
      "Seed",
      [
        [405, 1680],
        [2490, 3443],
      ],
      4,
      1,
    );
    await expect(buildVestedColumn(grid, reference)).rejects.toThrow(
      "Seed!B5:C5 is not a grant: 405 is not a date. The column is added beside a list of grants only",
    );
  });

  test("share counts that are not whole numbers are refused, naming the row", async () => {
    const grid = withDates(
      sheetGrid("Grants", [
        ["Grant date", "Shares"],
        [37823, 1000],
        [38001, 12.5],
      ]),
    );
    await expect(buildVestedColumn(grid, reference)).rejects.toThrow(
      "Grants!A3:B3 is not a grant: 12.5 is not a whole number of shares.",
    );
  });

  test("a long list reports progress between blocks, and a step that throws stops it", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [37823 + i, 100]);
    const grid = withDates(sheetGrid("Big", rows));
    const seen: (number | undefined)[] = [];
    const column = await buildVestedColumn(grid, reference, async (p) => void seen.push(p.done));
    expect(seen).toEqual([BLOCK_ROWS, 2 * BLOCK_ROWS]);
    expect(column.formulaCount).toBe(2500);
    await expect(
      buildVestedColumn(grid, reference, async () => {
        throw new Error("cancelled");
      }),
    ).rejects.toThrow("cancelled");
  });

  test("date formats are told from number formats", () => {
    for (const f of ["yyyy-mm-dd", "m/d/yyyy", "[$-409]mmmm d, yyyy", "dd.mm.yy"])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "#,##0", "0.00%", '#,##0 "days"']) expect(isDateFormat(f)).toBe(false);
  });
});
