import { createOfficeGateway } from "../../src/excel/gateway";
import { markRule, withSymbol } from "../../src/excel/marks";
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
      ruleFormula: markRule(1),
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

  it("finds its marks after the workbook was saved and reopened (Excel may renumber the formats)", async () => {
    const standin = installStandin({ sheets: [seedSchedule(), seedSchedule("Copy")] });
    await gateway.markCells([
      { address: "Seed!C3", kind: "error", note: "" },
      { address: "Copy!C3", kind: "warning", note: "" },
    ]);
    standin.model.sheets.forEach((s) => s.conditionalFormats.forEach((cf, i) => (cf.id = `reopened-${i}`)));
    expect(await gateway.clearMarks()).toBe(2);
    expect(standin.model.sheets.map((s) => s.conditionalFormats)).toEqual([[], []]);
    expect(standin.model.settings.size).toBe(0);
    expect(standin.model.names.size).toBe(0);
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

// Real Excel throws when it reads a range's rules that include other kinds (data bars, icon
// sets…) or duplicated rules (office-js #2180, #6827, #6835); the stand-in does the same.
describe("clearing marks on a sheet full of other people's conditional formats", () => {
  const othersRules = [
    { range: "B2:B5", type: "DataBar" },
    { range: "C2:C5", type: "IconSet" },
    { range: "A1:F5", type: "ColorScale" },
  ];

  it("removes exactly ours and leaves every other rule, although their rules cannot be read", async () => {
    const standin = installStandin({
      sheets: [{ ...seedSchedule(), conditionalFormats: [othersRules[0], othersRules[1]] }],
    });
    const before = [...standin.sheet("Seed").conditionalFormats];
    await gateway.markCells([
      { address: "Seed!F4", kind: "error", note: "" },
      { address: "Seed!E5", kind: "warning", note: "" },
    ]);
    expect(await gateway.clearMarks()).toBe(2);
    expect(standin.sheet("Seed").conditionalFormats).toEqual(before);
  });

  it("deletes ours by its id where another rule shares the cell, and keeps that rule", async () => {
    const standin = installStandin({ sheets: [{ ...seedSchedule(), conditionalFormats: [othersRules[2]] }] });
    const before = [...standin.sheet("Seed").conditionalFormats];
    await gateway.markCells([{ address: "Seed!F4", kind: "error", note: "" }]);
    expect(await gateway.clearMarks()).toBe(1);
    expect(standin.sheet("Seed").conditionalFormats).toEqual(before);
    expect(standin.model.names.has("tieoutmarks1")).toBe(false);
  });

  it("switches ours off where it cannot be fetched by id (marks of an older Tieout), and keeps the other rule", async () => {
    const standin = installStandin({ sheets: [{ ...seedSchedule(), conditionalFormats: [othersRules[2]] }] });
    await gateway.markCells([{ address: "Seed!F4", kind: "error", note: "" }]);
    // Marks written before ids were kept: the list holds no ruleId.
    const setting = standin.model.settings.get("tieout.marks") as { marks: { ruleId?: string }[] };
    setting.marks.forEach((mark) => delete mark.ruleId);
    expect(await gateway.clearMarks()).toBe(1);
    const rules = standin.sheet("Seed").conditionalFormats;
    expect(rules.filter((r) => r.foreign)).toHaveLength(1);
    // Ours could not be deleted without reading the foreign rule: its name is now FALSE, so it shows nothing.
    const ours = rules.find((r) => !r.foreign)!;
    expect(ours.ruleFormula).toBe(markRule(1));
    expect(standin.model.names.get("tieoutmarks1")).toBe("=FALSE");
    // Marking again uses a new name: the switched-off rule stays off, and Clear does not count it twice.
    await gateway.markCells([{ address: "Seed!F4", kind: "error", note: "" }]);
    expect(standin.model.names.get("tieoutmarks2")).toBe("=TRUE");
    expect(await gateway.clearMarks()).toBe(1);
    expect(standin.model.names.get("tieoutmarks1")).toBe("=FALSE");
  });

  it("never deletes another rule that now holds the id it kept", async () => {
    const standin = installStandin({ sheets: [{ ...seedSchedule(), conditionalFormats: [othersRules[2]] }] });
    await gateway.markCells([{ address: "Seed!F4", kind: "error", note: "" }]);
    const foreign = standin.sheet("Seed").conditionalFormats.find((r) => r.foreign)!;
    const setting = standin.model.settings.get("tieout.marks") as { marks: { ruleId?: string }[] };
    setting.marks.forEach((mark) => (mark.ruleId = foreign.id));
    await gateway.clearMarks();
    expect(standin.sheet("Seed").conditionalFormats).toContain(foreign);
  });
});

describe("marks are idempotent", () => {
  it("marking twice is marking once, and Clear counts each cell once", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    const marks = [
      { address: "Seed!F4", kind: "error" as const, note: "562 + 220 + 0 − 303 = 479" },
      { address: "F4", kind: "error" as const, note: "the same cell, named without its sheet" },
    ];
    await gateway.markCells(marks);
    await gateway.markCells(marks);
    expect(standin.sheet("Seed").conditionalFormats).toHaveLength(1);
    expect(await gateway.clearMarks()).toBe(1);
    expect(standin.sheet("Seed").conditionalFormats).toEqual([]);
  });

  it("a cell named as a break and as a tie gets the break", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.markCells([
      { address: "Seed!F4", kind: "tie", note: "" },
      { address: "Seed!F4", kind: "error", note: "" },
    ]);
    expect(standin.sheet("Seed").conditionalFormats).toEqual([expect.objectContaining({ fill: "#FFC7CE" })]);
  });
});

describe("tickmarks", () => {
  it("append ✓ to a tying figure's own number format and ✗ to a break's, through the rule only", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    const before = cellSnapshot(standin.sheet("Seed"));
    await gateway.markCells([
      { address: "Seed!F2", kind: "tie", note: "" },
      { address: "Seed!F4", kind: "error", note: "" },
    ]);
    const [tie, error] = standin.sheet("Seed").conditionalFormats;
    expect(tie.numberFormat).toBe('_($* #,##0_)" ✓";_($* (#,##0)" ✓";_($* "-"_)" ✓";_(@_)');
    expect(tie).toMatchObject({ fontColor: "#006100", fill: null });
    expect(error.numberFormat).toContain('" ✗"');
    expect(cellSnapshot(standin.sheet("Seed"))).toEqual(before);
    expect(cellWritesOn(standin, "Seed")).toEqual([]);
  });

  it("withSymbol leaves a text section alone and reads quoted semicolons as text", () => {
    expect(withSymbol("General", "✓")).toBe('General" ✓"');
    expect(withSymbol('0;"a;b"0;0;@', "✓")).toBe('0" ✓";"a;b"0" ✓";0" ✓";@');
  });
});

describe("the reason on the marked cell", () => {
  it("is a note where Excel has notes (ExcelApi 1.18); Clear removes ours and never a colleague's", async () => {
    const rows = seedSchedule().rows!.map((r) => [...r]);
    rows[2][5] = { value: 5756, note: "Checked with the controller" };
    const standin = installStandin({ excelApi: 1.18, sheets: [{ name: "Seed", rows }] });
    await gateway.markCells([
      { address: "Seed!F4", kind: "error", note: "Roll-forward: 562 + 220 + 0 − 303 = 479" },
      { address: "Seed!F3", kind: "warning", note: "ties only with deductions added" },
    ]);
    const notes = standin.sheet("Seed").notes;
    expect([...notes.values()].map((n) => n.content).sort()).toEqual([
      "Checked with the controller",
      "Tieout: Roll-forward: 562 + 220 + 0 − 303 = 479",
    ]);
    await gateway.clearMarks();
    expect([...notes.values()].map((n) => n.content)).toEqual(["Checked with the controller"]);
  });

  it("is not written where notes are missing (ExcelApi 1.12): the report line holds it", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.markCells([{ address: "Seed!F4", kind: "error", note: "Roll-forward break" }]);
    expect(standin.sheet("Seed").notes.size).toBe(0);
    expect(standin.sheet("Seed").conditionalFormats).toHaveLength(1);
  });
});
