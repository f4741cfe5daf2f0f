import { createOfficeGateway } from "../../src/excel/gateway";
import { MARKS_SETTING } from "../../src/excel/marks";
import { cellSnapshot, cellWritesOn, seedSchedule, useStandin } from "./support";

const gateway = createOfficeGateway();

describe("marking cells and clearing the marks", () => {
  it("a check flow (read, mark, clear) never writes to the schedule's values or formats", async () => {
    const standin = useStandin({ sheets: [seedSchedule()] });
    const before = cellSnapshot(standin.sheet("Seed"));
    await gateway.readUsedRange();
    await gateway.markCells([
      { address: "Seed!F4", kind: "error", note: "562 + 220 + 0 − 303 = 479" },
      { address: "Seed!E5", kind: "warning", note: "ties only with deductions added" },
    ]);
    expect(cellSnapshot(standin.sheet("Seed"))).toEqual(before);
    const cleared = await gateway.clearMarks();
    expect(cleared).toBe(2);
    expect(cellSnapshot(standin.sheet("Seed"))).toEqual(before);
    expect(cellWritesOn(standin, "Seed")).toEqual([]);
  });

  it("shows an error in red and bold, a warning in amber and italic, through conditional formats", async () => {
    const standin = useStandin({ sheets: [seedSchedule()] });
    await gateway.markCells([
      { address: "Seed!F4", kind: "error", note: "" },
      { address: "B2", kind: "warning", note: "" },
    ]);
    const [error, warning] = standin.sheet("Seed").conditionalFormats;
    expect(error).toMatchObject({
      block: { row: 3, column: 5, rowCount: 1, columnCount: 1 },
      ruleFormula: "=TRUE",
      fill: "#FFC7CE",
      bold: true,
    });
    expect(warning).toMatchObject({
      block: { row: 1, column: 1, rowCount: 1, columnCount: 1 },
      fill: "#FFEB9C",
      italic: true,
    });
  });

  it("clearing removes exactly Tieout's marks and keeps the user's own conditional formats", async () => {
    const standin = useStandin({ sheets: [seedSchedule()] });
    await Excel.run(async (context) => {
      const own = context.workbook.worksheets
        .getItem("Seed")
        .getRange("B2:F5")
        .conditionalFormats.add("Custom");
      own.custom.rule.formula = "=B2<0";
      await context.sync();
    });
    const users = [...standin.sheet("Seed").conditionalFormats];
    await gateway.markCells([{ address: "Seed!C3", kind: "error", note: "" }]);
    await gateway.markCells([{ address: "Seed!D3", kind: "error", note: "" }]);
    expect(standin.sheet("Seed").conditionalFormats).toHaveLength(3);
    expect(await gateway.clearMarks()).toBe(2);
    expect(standin.sheet("Seed").conditionalFormats).toEqual(users);
    expect(standin.model.settings.has(MARKS_SETTING)).toBe(false);
  });

  it("clears nothing, and says so, when there are no marks", async () => {
    useStandin({ sheets: [seedSchedule()] });
    expect(await gateway.clearMarks()).toBe(0);
  });

  it("forgets marks on a sheet that was deleted and does not count marks the user already removed", async () => {
    const standin = useStandin({ sheets: [seedSchedule(), seedSchedule("Copy")] });
    await gateway.markCells([
      { address: "Seed!C3", kind: "error", note: "" },
      { address: "Copy!C3", kind: "error", note: "" },
      { address: "Seed!D3", kind: "error", note: "" },
    ]);
    standin.model.sheets = standin.model.sheets.filter((s) => s.name !== "Copy");
    standin.sheet("Seed").conditionalFormats.pop(); // the user deleted the D3 mark by hand
    expect(await gateway.clearMarks()).toBe(1);
    expect(standin.sheet("Seed").conditionalFormats).toEqual([]);
  });

  it("adds no mark at all when one of them names a missing sheet or is not one cell", async () => {
    const standin = useStandin({ sheets: [seedSchedule()] });
    await expect(
      gateway.markCells([
        { address: "Seed!C3", kind: "error", note: "" },
        { address: "Gone!C3", kind: "error", note: "" },
      ]),
    ).rejects.toThrow('Marking cells: There is no sheet named "Gone"');
    await expect(gateway.markCells([{ address: "Seed!C3:D4", kind: "error", note: "" }])).rejects.toThrow(
      'A mark goes on one cell; "Seed!C3:D4" is a range.',
    );
    expect(standin.sheet("Seed").conditionalFormats).toEqual([]);
  });
});
