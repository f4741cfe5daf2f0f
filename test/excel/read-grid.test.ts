import { createOfficeGateway } from "../../src/excel/gateway";
import { seedSchedule } from "./support";
import { installStandin } from "../office-standin/install";

const gateway = createOfficeGateway();

describe("reading a sheet as a grid", () => {
  it("reads the used range with values, displayed text, formats, formulas and position", async () => {
    const schedule = seedSchedule();
    schedule.rows![4][5] = {
      formula: "=SUM(F2:F4)",
      value: 7701,
      numberFormat: '_($* #,##0_);_($* (#,##0);_($* "-"_);_(@_)',
    };
    installStandin({ sheets: [schedule] });
    const grid = await gateway.readUsedRange();
    expect(grid.sheetName).toBe("Seed");
    expect(grid.address).toBe("Seed!A1:F5");
    expect([grid.rowIndex, grid.columnIndex]).toEqual([0, 0]);
    expect(grid.values[1]).toEqual(["Allowance for doubtful accounts", 405, 1680, 49, 668, 1466]);
    expect(grid.text[3][3]).toBe("$-"); // the warranty reserve's 0 "charged to other", shown as a dash
    expect(grid.numberFormats[1][1]).toContain("#,##0");
    expect(grid.formulas[4][5]).toBe("=SUM(F2:F4)");
    expect(grid.values[4][5]).toBe(7701);
  });

  it("reports where a table starts when it does not start at A1", async () => {
    installStandin({ sheets: [{ name: "S", rows: [[], ["", "", "x"], ["", "", "", 4]] }] });
    const grid = await gateway.readUsedRange();
    expect(grid.address).toBe("S!C2:D3");
    expect([grid.rowIndex, grid.columnIndex]).toEqual([1, 2]);
    expect(grid.values).toEqual([
      ["x", ""],
      ["", 4],
    ]);
  });

  it("reads an empty sheet as its one empty A1 cell", async () => {
    installStandin({ sheets: [{ name: "Empty" }] });
    const grid = await gateway.readUsedRange();
    expect(grid.address).toBe("Empty!A1");
    expect(grid.values).toEqual([[""]]);
  });

  it("reads the selection cut down to the cells in use", async () => {
    // Whole columns B:C selected; only rows 1-5 hold anything.
    installStandin({ sheets: [seedSchedule()], selection: "Seed!B1:C1048576" });
    const grid = await gateway.readSelection();
    expect(grid.address).toBe("Seed!B1:C5");
    expect(grid.values.length).toBe(5);
    expect(grid.values[4]).toEqual([3457, 5343]);
  });

  it("gives no rows for a selection outside the cells in use, with the selection's address", async () => {
    installStandin({ sheets: [seedSchedule()], selection: "Seed!H10:I12" });
    const grid = await gateway.readSelection();
    expect(grid).toMatchObject({ address: "Seed!H10:I12", rowIndex: 9, columnIndex: 7, values: [] });
  });
});
