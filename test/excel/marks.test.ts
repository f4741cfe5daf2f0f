import { createOfficeGateway } from "../../src/excel/gateway";
import { MARK_RULE } from "../../src/excel/marks";
import { cellSnapshot, cellWritesOn, seedSchedule } from "./support";
import { installStandin } from "../office-standin/install";

const gateway = createOfficeGateway();

describe("marking cells and clearing the marks", () => {
  it("a check flow (read, mark, clear) never writes to the schedule's values or formats", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
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
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.markCells([
      { address: "Seed!F4", kind: "error", note: "" },
      { address: "B2", kind: "warning", note: "" },
    ]);
    const [error, warning] = standin.sheet("Seed").conditionalFormats;
    expect(error).toMatchObject({
      block: { row: 3, column: 5, rowCount: 1, columnCount: 1 },
      ruleFormula: MARK_RULE,
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
    const standin = installStandin({ sheets: [seedSchedule()] });
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
  });

  it("clears nothing, and says so, when there are no marks", async () => {
    installStandin({ sheets: [seedSchedule()] });
    expect(await gateway.clearMarks()).toBe(0);
  });

  it("recognises its marks by their rule alone: on every sheet, with nothing kept in the workbook's settings", async () => {
    const standin = installStandin({ sheets: [seedSchedule(), seedSchedule("Copy")] });
    await gateway.markCells([
      { address: "Seed!C3", kind: "error", note: "" },
      { address: "Copy!C3", kind: "warning", note: "" },
    ]);
    expect(standin.model.settings.size).toBe(0);
    // As if the workbook had been saved and reopened: Excel may number the formats anew.
    standin.model.sheets.forEach((s) => s.conditionalFormats.forEach((cf, i) => (cf.id = `reopened-${i}`)));
    expect(await gateway.clearMarks()).toBe(2);
    expect(standin.model.sheets.map((s) => s.conditionalFormats)).toEqual([[], []]);
  });

  it("adds no mark at all when one of them names a missing sheet or is not one cell", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
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
