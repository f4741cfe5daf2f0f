import { createOfficeGateway } from "../../src/excel/gateway";
import { ReportLine } from "../../src/excel/types";
import { seedSchedule } from "./support";
import { installStandin } from "../office-standin/install";

const gateway = createOfficeGateway();

const rollforwardBreak: ReportLine = {
  check: "rollforward",
  severity: "error",
  period: "Year ended June 30, 2002",
  account: "Warranty reserve",
  column: "Balance at end",
  expected: 479,
  actual: 480,
  difference: 1,
  location: "Seed!F4",
  message: "562 + 220 + 0 − 303 = 479, reported 480",
};

describe("the Tie-out report sheet", () => {
  it("writes a title, a bold frozen header, and one row per finding with a symbol, a colour and a link", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    const name = await gateway.writeReportSheet("Tie-out of Seed", [
      rollforwardBreak,
      {
        ...rollforwardBreak,
        severity: "warning",
        check: "footing",
        location: "E5",
        expected: null,
        actual: null,
        difference: null,
      },
    ]);
    expect(name).toBe("Tie-out");
    const cell = (a: string) => standin.cell(`Tie-out!${a}`);
    expect(cell("A1")).toMatchObject({ value: "Tie-out of Seed", bold: true });
    expect(cell("B2")).toMatchObject({ value: "Check", bold: true });
    expect(standin.sheet("Tie-out").frozenRows).toBe(2);
    expect(cell("A3")).toMatchObject({ value: "✗", fontColor: "#9C0006" });
    expect([cell("G3").value, cell("H3").value, cell("I3").value]).toEqual([479, 480, 1]);
    expect(cell("J3").formula).toBe(`=HYPERLINK("#'Seed'!F4","Seed!F4")`);
    expect(cell("A4")).toMatchObject({ value: "⚠", fontColor: "#9C5700" });
    // A plain address is on the sheet that was active (the checked one).
    expect(cell("J4").formula).toBe(`=HYPERLINK("#'Seed'!E5","Seed!E5")`);
    expect(cell("G4").value).toBe("");
    expect(standin.model.activeSheetId).toBe(standin.sheet("Tie-out").id);
  });

  it("writes text from a filing as text, never as a formula", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeReportSheet("T", [
      { ...rollforwardBreak, account: '=HYPERLINK("http://x","click")', location: "line 12" },
    ]);
    expect(standin.cell("Tie-out!E3")).toMatchObject({
      value: '=HYPERLINK("http://x","click")',
      formula: null,
    });
    expect(standin.cell("Tie-out!J3")).toMatchObject({ value: "line 12", formula: null });
  });

  it("says every check ties, with a tick, when there are no findings", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeReportSheet("T", []);
    expect(standin.cell("Tie-out!A3")).toMatchObject({ value: "✓", fontColor: "#006100" });
    expect(standin.cell("Tie-out!K3").value).toBe("Nothing to report: every check ties.");
  });

  it("replaces an older report, even when it is the active sheet", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeReportSheet("First", [rollforwardBreak]);
    await gateway.writeReportSheet("Second", []);
    expect(standin.model.sheets.map((s) => s.name)).toEqual(["Seed", "Tie-out"]);
    expect(standin.cell("Tie-out!A1").value).toBe("Second");
  });
});
