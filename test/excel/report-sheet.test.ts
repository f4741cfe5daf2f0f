import { createOfficeGateway } from "../../src/excel/gateway";
import { ReportLine } from "../../src/excel/types";
import { seedSchedule } from "./support";
import { installStandin } from "../office-standin/install";
import { version } from "../../package.json";

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

/** The report's rows as plain values (formulas where a cell has one), for reading like a reviewer. */
function rowsOf(standin: ReturnType<typeof installStandin>, name: string): unknown[][] {
  const sheet = standin.sheet(name);
  const rows: unknown[][] = [];
  for (let r = 0; r < 40; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 11; c++) {
      const cell = standin.cell(`'${name}'!${String.fromCharCode(65 + c)}${r + 1}`);
      row.push(cell.formula ?? cell.value);
    }
    while (row.length && row[row.length - 1] === "") row.pop();
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  void sheet;
  return rows;
}

const CONTEXT = {
  checked: "Seed!A1:F5",
  checkedAt: "2026-12-02 08:55 UTC",
  tolerance: 0,
  signConvention: "Deductions are printed as positive figures and subtracted.",
  rowsRead: 4,
  ties: 11,
};

describe("the Tie-out report sheet", () => {
  it("reads as a reviewer reads it: header block, summary at the top, one line per finding in words", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    const warning: ReportLine = {
      ...rollforwardBreak,
      severity: "warning",
      check: "footing",
      location: "E5",
      expected: null,
      actual: null,
      difference: null,
      message: "ties only with deductions added",
    };
    const name = await gateway.writeReportSheet("Tie-out of Seed", [rollforwardBreak, warning], CONTEXT);
    expect(name).toBe("Tie-out");
    expect(rowsOf(standin, "Tie-out")).toEqual([
      ["Tie-out of Seed"],
      ["Checked", "Seed!A1:F5"],
      ["Date and time", "2026-12-02 08:55 UTC"],
      ["Tolerance", "0 (exact)"],
      ["Sign convention as read", "Deductions are printed as positive figures and subtracted."],
      ["Tieout version", version],
      [],
      ["Summary"],
      ["Schedule rows read", 4],
      ["Ties", 11],
      ["Breaks", 1],
      ["Warnings", 1],
      [],
      [
        "",
        "Check",
        "Severity",
        "Period",
        "Account",
        "Column",
        "Expected",
        "Printed",
        "Difference",
        "Cell",
        "Finding",
      ],
      [
        "✗",
        "Roll-forward: beginning + additions − deductions = ending balance",
        "Break",
        "Year ended June 30, 2002",
        "Warranty reserve",
        "Balance at end",
        479,
        480,
        1,
        `=HYPERLINK("#'Seed'!F4","Seed!F4")`,
        "562 + 220 + 0 − 303 = 479, reported 480",
      ],
      [
        "⚠",
        "Footing: the total equals the sum of the rows above it",
        "Warning",
        "Year ended June 30, 2002",
        "Warranty reserve",
        "Balance at end",
        "",
        "",
        "",
        // A plain address is on the checked sheet.
        `=HYPERLINK("#'Seed'!E5","Seed!E5")`,
        "ties only with deductions added",
      ],
    ]);
    expect(standin.cell("Tie-out!A1").bold).toBe(true);
    expect(standin.cell("Tie-out!A8").bold).toBe(true);
    expect(standin.cell("Tie-out!B14").bold).toBe(true);
    expect(standin.sheet("Tie-out").frozenRows).toBe(14);
    // Colour as well as a symbol: through the symbol's number format.
    expect(standin.cell("Tie-out!A15").numberFormat).toBe("[Red]@");
    expect(standin.model.activeSheetId).toBe(standin.sheet("Tie-out").id);
  });

  it("writes text from a filing as text, never as a formula", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeReportSheet("T", [
      { ...rollforwardBreak, account: '=HYPERLINK("http://x","click")', location: "line 12" },
    ]);
    const rows = rowsOf(standin, "Tie-out");
    const line = rows[rows.length - 1];
    expect(line[4]).toBe('=HYPERLINK("http://x","click")');
    expect(standin.sheet("Tie-out").cells.size).toBeGreaterThan(0);
    expect([...standin.sheet("Tie-out").cells.values()].filter((c) => c.formula !== null)).toEqual([]);
    expect(line[9]).toBe("line 12");
  });

  it("says every check ties, with a tick, when there are no findings", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeReportSheet("T", [], { ...CONTEXT, tickmarks: true });
    const rows = rowsOf(standin, "Tie-out");
    expect(rows).toContainEqual([
      "✓",
      "All checks",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "Nothing to report: every check ties.",
    ]);
    expect(rows).toContainEqual(["Breaks", 0]);
    // The legend of the tickmarks, when they were put on the sheet.
    expect(rows.slice(-3)).toEqual([
      ["Tickmarks on the checked sheet"],
      ["✓", "Ties: footed, rolled forward, or agrees with the prior period's balance"],
      ["✗", "Break: see the finding on this sheet that links to the cell"],
    ]);
  });

  it("never deletes an older report: the second is written as Tie-out (2)", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await gateway.writeReportSheet("First", [rollforwardBreak]);
    expect(await gateway.writeReportSheet("Second", [])).toBe("Tie-out (2)");
    expect(standin.model.sheets.map((s) => s.name)).toEqual(["Seed", "Tie-out", "Tie-out (2)"]);
    expect(standin.cell("Tie-out!A1").value).toBe("First");
    expect(standin.cell("'Tie-out (2)'!A1").value).toBe("Second");
  });

  it("never deletes a user's own sheet named tie-out, in any case", async () => {
    const standin = installStandin({
      sheets: [seedSchedule(), { name: "TIE-OUT", rows: [["my own working papers"]] }],
    });
    expect(await gateway.writeReportSheet("Report", [rollforwardBreak])).toBe("Tie-out (2)");
    expect(standin.cell("TIE-OUT!A1").value).toBe("my own working papers");
    expect(standin.model.writes.filter((w) => w.sheet === "TIE-OUT")).toEqual([]);
  });
});
