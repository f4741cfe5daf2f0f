import { checkSchedule, formatTextReport, toReportJson } from "../../../../src/core/schedule2/report";
import { genericColumns, row, schedule } from "../checks/builders";
import { seedSchedule } from "../checks/seed";

describe("formatTextReport", () => {
  it("says a schedule that ties ties, with its title, units, convention and rows", () => {
    const text = formatTextReport(toReportJson("seed.txt", [checkSchedule(seedSchedule())]));
    expect(text).toBe(
      [
        "seed.txt",
        "  Consolidated valuation and qualifying accounts",
        "  Units: thousands · Convention: deductions printed positive and subtracted · 12 rows (3 totals)",
        "  Ties: no breaks",
        "",
        "Summary: 1 file, 1 schedule, 0 errors, 0 warnings: everything ties.",
        "",
      ].join("\n"),
    );
  });

  it("groups breaks by check with counts, each with its location", () => {
    const text = formatTextReport(
      toReportJson("seed.txt", [checkSchedule(seedSchedule({ line: 27, end: 7979 }))]),
    );
    const lines = text.split("\n");
    expect(lines).toContain("  Breaks: 3 errors");
    const rollForward = lines.indexOf("    Roll-forward: 1 error");
    const footing = lines.indexOf("    Footing: 1 error");
    const continuity = lines.indexOf("    Continuity: 1 error");
    expect(rollForward).toBeGreaterThan(0);
    expect(footing).toBe(rollForward + 2);
    expect(continuity).toBe(footing + 2);
    expect(lines[rollForward + 1]).toBe(
      "      ERROR    line 27  2003 · Reserve for excess and obsolete inventory: begin 5,756 + additions 4,189 + 41" +
        " − deductions 1,989 = 7,997, reported 7,979 (difference −18)",
    );
    expect(lines[footing + 1]).toMatch(/^ {6}ERROR {4}line 30 {2}2003 · Total, Balance end of period: /);
    expect(lines[continuity + 1]).toMatch(/^ {6}ERROR {4}line 35 {2}2004 · Reserve for excess/);
    expect(lines[lines.length - 2]).toBe("Summary: 1 file, 1 schedule, 3 errors, 0 warnings: breaks found.");
  });

  it("lists warnings under a schedule that otherwise ties", () => {
    // C ties only if its deduction 1 is added (96 + 5 + 1 = 102), A and B tie subtracted.
    const model = schedule(
      [
        row({
          period: "2023",
          account: "A",
          begin: 100,
          additions: [20],
          deductions: [30],
          end: 90,
          location: "B4",
        }),
        row({
          period: "2023",
          account: "B",
          begin: 50,
          additions: [5],
          deductions: [10],
          end: 45,
          location: "B5",
        }),
        row({
          period: "2023",
          account: "C",
          begin: 96,
          additions: [5],
          deductions: [1],
          end: 102,
          location: "B6",
        }),
      ],
      genericColumns(1, 1),
      { title: "", units: "" },
    );
    expect(checkSchedule(model).units).toBe("");
    const text = formatTextReport(toReportJson("book.xlsx", [checkSchedule(model)]));
    // No units caption: the JSON keeps "" and the reader is told plainly that the table does not say.
    expect(text).toContain("  (untitled schedule)\n  Units: not stated · ");
    expect(text).toContain(
      "  Ties: no breaks (1 warning)\n    Roll-forward: 1 warning\n      WARNING  B6  2023 · C: ",
    );
    expect(text).toContain("Summary: 1 file, 1 schedule, 0 errors, 1 warning: everything ties.");
  });

  it("covers several files, one with no schedule, in one summary", () => {
    const text = formatTextReport([
      toReportJson("a.txt", [checkSchedule(seedSchedule())]),
      toReportJson("notes.htm", []),
    ]);
    expect(text).toContain("notes.htm\n  No Schedule II found.\n");
    expect(text.trimEnd().split("\n").pop()).toBe(
      "Summary: 2 files, 1 schedule, 0 errors, 0 warnings: everything ties; no schedule found in 1 file.",
    );
    expect(formatTextReport(toReportJson("empty.txt", [])).trimEnd().split("\n").pop()).toBe(
      "Summary: 1 file, 0 schedules, 0 errors, 0 warnings: no schedule found.",
    );
  });
});
