import { vestedColumnFor } from "../../src/taskpane/vesting/vested-column";
import { sheetGrid } from "./fake-gateway";

const reference = {
  asOf: "2004-02-21",
  schedule: "50% at 6 months, then 50% monthly over 24 months",
  rounding: "cumulative-round-down",
};

describe("vested-as-of column", () => {
  test("without a header row every row gets a formula, starting on the selection's first row", () => {
    // Grants in D10:E11 (0-based row 9, column 3): the column goes to F10.
    const grid = sheetGrid(
      "Grants",
      [
        [37823, 1000],
        ["2004-01-15", 2400],
      ],
      9,
      3,
    );
    const column = vestedColumnFor(grid, { ...reference, schedule: "" });
    expect(column.topLeft).toBe("Grants!F10");
    expect(column.cells).toEqual([
      "=TIEOUT.VESTED(D10,E10,DATE(2004,2,21))",
      "=TIEOUT.VESTED(D11,E11,DATE(2004,2,21))",
    ]);
    expect(column.formulaCount).toBe(2);
    expect(column.numberFormat).toBe("#,##0");
  });

  test("a non-default rounding is passed with the termination argument left out", () => {
    const grid = sheetGrid("Grants", [[37823, 1000]]);
    const column = vestedColumnFor(grid, { ...reference, rounding: "front-loaded" });
    expect(column.cells[0]).toBe(
      '=TIEOUT.VESTED(A1,B1,DATE(2004,2,21),"50% at 6 months, then 50% monthly over 24 months",,"front-loaded")',
    );
  });

  test("fractional rounding shows the fractions it leaves", () => {
    const grid = sheetGrid("Grants", [[37823, 1000]]);
    expect(vestedColumnFor(grid, { ...reference, rounding: "fractional" }).numberFormat).toBe("#,##0.####");
  });

  test("blank rows stay blank and a sheet name with spaces is quoted", () => {
    const grid = sheetGrid("My grants", [
      ["Granted", "Shares"],
      [null, null],
      [37823, "1,000"],
    ]);
    const column = vestedColumnFor(grid, { ...reference, schedule: 'say "monthly"' });
    expect(column.topLeft).toBe("'My grants'!C1");
    expect(column.cells).toEqual([
      "Vested 2004-02-21",
      null,
      '=TIEOUT.VESTED(A3,B3,DATE(2004,2,21),"say ""monthly""")',
    ]);
    expect(column.formulaCount).toBe(1);
  });

  test("a header with no grants under it is refused", () => {
    const grid = sheetGrid("Grants", [
      ["Grant date", "Shares"],
      ["", ""],
    ]);
    expect(() => vestedColumnFor(grid, reference)).toThrow(
      "The selection Grants!A1:B2 holds no grants: put grant dates and shares in it.",
    );
  });

  test("one column is refused, naming the selection", () => {
    const grid = sheetGrid("Grants", [[37823], [37900]]);
    expect(() => vestedColumnFor(grid, reference)).toThrow(
      "Select the grant list as exactly two columns, grant date then shares; the selection Grants!A1:A2 has 1 column.",
    );
  });
});
