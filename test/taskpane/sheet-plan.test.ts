import { toNewSheetTable } from "../../src/taskpane/shared/sheet-plan";

describe("a core sheet plan handed to the gateway", () => {
  test("ragged rows become one rectangle padded with empty cells, and the header row carries over", () => {
    const table = toNewSheetTable({
      name: "Vesting",
      rows: [["Grant date", 37823], [], ["Vest date", "Shares", "Cumulative"]],
      headerRow: 2,
      boldRows: [2],
    });
    expect(table.sheetName).toBe("Vesting");
    expect(table.rows).toEqual([
      ["Grant date", 37823, null],
      [null, null, null],
      ["Vest date", "Shares", "Cumulative"],
    ]);
    expect(table.headerRow).toBe(2);
    expect(table.freezeHeader).toBe(true);
  });

  test("a plan without a header row says so, so its formats apply to every row", () => {
    const table = toNewSheetTable({ name: "Plain", rows: [[1, 2]], columnFormats: ["0", "0"] });
    expect(table.headerRow).toBeNull();
    expect(table.freezeHeader).toBe(false);
  });
});
