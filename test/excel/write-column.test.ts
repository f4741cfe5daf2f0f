import { createOfficeGateway } from "../../src/excel/gateway";
import { installStandin } from "../office-standin/install";

const gateway = createOfficeGateway();

const grants = () => ({
  sheets: [
    {
      name: "Grants",
      rows: [
        ["Grant date", "Shares", "", ""],
        [37823, 1000, "", ""],
        [37823, 2000, "", "note"],
        [37823, 3000, "", ""],
      ],
    },
  ],
});

const vestedColumn = [
  "Vested",
  "=TIEOUT.VESTED(A2,B2,TODAY())",
  "=TIEOUT.VESTED(A3,B3,TODAY())",
  "=TIEOUT.VESTED(A4,B4,TODAY())",
];

describe("writing a column beside the user's data", () => {
  it("writes a header and formulas into empty cells, the format below the header", async () => {
    const standin = installStandin(grants());
    const written = await gateway.writeColumn("Grants!C1", vestedColumn, { numberFormat: "#,##0" });
    expect(written).toEqual({ sheetName: "Grants", address: "Grants!C1:C4" });
    expect(standin.cell("Grants!C1")).toMatchObject({ value: "Vested", numberFormat: "General" });
    expect(standin.cell("Grants!C3")).toMatchObject({
      formula: "=TIEOUT.VESTED(A3,B3,TODAY())",
      numberFormat: "#,##0",
    });
  });

  it("refuses to overwrite a non-empty cell without confirmation, and writes nothing", async () => {
    const standin = installStandin(grants());
    const answer = await gateway.writeColumn("Grants!D1", vestedColumn);
    expect(answer).toEqual({ needsConfirmation: true, nonEmptyCount: 1, address: "Grants!D3" });
    expect(standin.cell("Grants!D3").value).toBe("note");
    expect(standin.model.writes).toEqual([]);
  });

  it("counts a formula showing an empty string as not empty", async () => {
    const spec = grants();
    spec.sheets[0].rows[1][2] = { formula: '=""', value: "" } as never;
    installStandin(spec);
    expect(await gateway.writeColumn("Grants!C1", vestedColumn)).toMatchObject({
      needsConfirmation: true,
      nonEmptyCount: 1,
      address: "Grants!C2",
    });
  });

  it("overwrites once the user has confirmed", async () => {
    const standin = installStandin(grants());
    await gateway.writeColumn("Grants!D1", vestedColumn, { overwrite: true });
    expect(standin.cell("Grants!D3").formula).toBe("=TIEOUT.VESTED(A3,B3,TODAY())");
  });

  it("writes on the active sheet for a plain address, and rejects a range as the top cell", async () => {
    installStandin(grants());
    expect(await gateway.writeColumn("C1", ["x"])).toEqual({ sheetName: "Grants", address: "Grants!C1" });
    await expect(gateway.writeColumn("C1:C4", ["x"])).rejects.toThrow('"C1:C4" is a range');
  });
});

describe("selecting a cell", () => {
  it("activates the cell's sheet and selects the cell", async () => {
    const standin = installStandin({ sheets: [{ name: "Other" }, ...grants().sheets], activeSheet: "Other" });
    await gateway.selectCell("Grants!B3");
    expect(standin.model.activeSheetId).toBe(standin.sheet("Grants").id);
    expect(standin.model.selection.block).toEqual({ row: 2, column: 1, rowCount: 1, columnCount: 1 });
  });

  it("says which sheet is missing, and rejects a malformed address before asking Excel", async () => {
    const standin = installStandin(grants());
    await expect(gateway.selectCell("Gone!B3")).rejects.toThrow('There is no sheet named "Gone"');
    await expect(gateway.selectCell("Grants!3B")).rejects.toThrow('"3B" is not a cell address');
    expect(standin.model.writes).toEqual([]);
  });
});
