import { createOfficeGateway } from "../../src/excel/gateway";
import { NewSheetTable } from "../../src/excel/types";
import { seedSchedule } from "./support";
import { installStandin } from "../office-standin/install";

const gateway = createOfficeGateway();

// The reference grant's first two vest dates: 2004-01-21 (serial 38008) and 2004-02-21 (38039).
const vesting: NewSheetTable = {
  sheetName: "Vesting",
  rows: [
    ["Vest date", "Shares vesting", "Cumulative"],
    [38008, 5000, "=B2"],
    [38039, 417, "=C2+B3"],
  ],
  columnFormats: ["yyyy-mm-dd", "#,##0", "#,##0"],
  boldRows: [0],
  freezeHeader: true,
  chart: { type: "line", title: "Cumulative vesting", categoryColumn: 0, seriesColumns: [2] },
};

describe("writing a table to a new sheet", () => {
  it("writes values, formulas, formats below the header, a bold frozen header, and activates the sheet", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    const written = await gateway.writeTableToNewSheet(vesting);
    expect(written).toEqual({ sheetName: "Vesting", address: "Vesting!A1:C3" });
    expect(standin.cell("Vesting!A2")).toMatchObject({ value: 38008, numberFormat: "yyyy-mm-dd" });
    expect(standin.cell("Vesting!C3")).toMatchObject({ formula: "=C2+B3", numberFormat: "#,##0" });
    expect(standin.cell("Vesting!A1")).toMatchObject({
      value: "Vest date",
      bold: true,
      numberFormat: "General",
    });
    expect(standin.cell("Vesting!A2").bold).toBe(false);
    expect(standin.sheet("Vesting").frozenRows).toBe(1);
    expect(standin.model.activeSheetId).toBe(standin.sheet("Vesting").id);
  });

  it("adds a chart of the chosen series against the category column, beside the table", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeTableToNewSheet(vesting);
    expect(standin.sheet("Vesting").charts).toEqual([
      expect.objectContaining({
        type: "Line",
        title: "Cumulative vesting",
        series: [{ name: "Cumulative", values: "Vesting!C2:C3", xValues: "Vesting!A2:A3" }],
        topLeft: "E1",
      }),
    ]);
  });

  it("picks a free sheet name instead of failing on a taken one", async () => {
    installStandin({ sheets: [seedSchedule("Vesting"), seedSchedule("vesting (2)")] });
    const written = await gateway.writeTableToNewSheet(vesting);
    expect(written.sheetName).toBe("Vesting (3)");
  });

  it("keeps text that looks like a date or number as text", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeTableToNewSheet({ sheetName: "T", rows: [["2003-07-21", "(405)"]] });
    expect(standin.cell("T!A1").value).toBe("2003-07-21");
    expect(standin.cell("T!B1").value).toBe("(405)");
  });

  it("applies the column formats to every row when there is no header, and single-cell formats on top", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeTableToNewSheet({
      sheetName: "T",
      rows: [
        [1, 2],
        [3, 4],
      ],
      headerRow: null,
      columnFormats: ["0.00", null],
      cellFormats: [{ row: 1, col: 1, format: "0%" }],
    });
    expect(standin.cell("T!A1").numberFormat).toBe("0.00");
    expect(standin.cell("T!B1").numberFormat).toBe("General");
    expect(standin.cell("T!B2").numberFormat).toBe("0%");
  });

  it("refuses a ragged or empty table, or a chart column outside it, before touching the workbook", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await expect(gateway.writeTableToNewSheet({ sheetName: "T", rows: [["a", "b"], ["c"]] })).rejects.toThrow(
      'Row 2 of the table for "T" has 1 cells; the first row has 2.',
    );
    await expect(gateway.writeTableToNewSheet({ sheetName: "T", rows: [] })).rejects.toThrow(
      "has no cells to write",
    );
    await expect(
      gateway.writeTableToNewSheet({
        ...vesting,
        chart: { type: "area", title: "x", categoryColumn: 0, seriesColumns: [3] },
      }),
    ).rejects.toThrow("A chart series column is 3, but the table has 3");
    expect(standin.model.writes).toEqual([]);
    expect(standin.syncCount).toBe(0);
  });
});
