import { runChecks } from "../../../../src/core/schedule2/checks";
import { checkSchedule, toReportJson, toScheduleJson } from "../../../../src/core/schedule2/report";
import { genericColumns, row, schedule } from "../checks/builders";
import { seedSchedule } from "../checks/seed";

describe("toScheduleJson", () => {
  it("gives the figures as printed, in the table's units, negatives negative", () => {
    const model = schedule(
      [
        row({
          period: "2011",
          periodLabel: "Year ended November 30, 2011",
          account: "Tax Valuation Allowance",
          begin: "212.5",
          additions: ["27.8", "2.4"],
          deductions: ["-31.6"],
          end: "211.1",
          location: "line 9",
        }),
        row({
          period: "2011",
          account: "Total",
          isTotal: true,
          begin: "-0",
          additions: ["0", "0"],
          deductions: ["0"],
          end: "0",
          location: "line 10",
        }),
      ],
      genericColumns(2, 1),
      { title: "Valuation and qualifying accounts", units: "millions", signConvention: "all-added" },
    );
    const json = toScheduleJson(model, []);
    expect(json).toEqual({
      title: "Valuation and qualifying accounts",
      units: "millions",
      signConvention: "all-added",
      reading: expect.objectContaining({ convention: "all-added", transposed: false }),
      rows: [
        {
          period: "2011",
          account: "Tax Valuation Allowance",
          isTotal: false,
          begin: 212.5,
          additions: [27.8, 2.4],
          deductions: [-31.6],
          end: 211.1,
          location: "line 9",
        },
        {
          period: "2011",
          account: "Total",
          isTotal: true,
          begin: 0,
          additions: [0, 0],
          deductions: [0],
          end: 0,
          location: "line 10",
        },
      ],
      findings: [],
    });
    // A printed "(0" is not a negative figure in the JSON either.
    expect(JSON.stringify(json.rows[1].begin)).toBe("0");
    expect(Object.is(json.rows[1].begin, -0)).toBe(false);
  });

  it("carries the findings it is given", () => {
    const model = seedSchedule({ line: 27, end: 7979 });
    const findings = runChecks(model);
    expect(toScheduleJson(model, findings).findings).toEqual(findings);
  });
});

describe("checkSchedule", () => {
  it("reports the convention it checked under, not a placeholder left in the model", () => {
    // Deductions printed negative and added: 13 + 104 + (−91) = 26.
    const model = schedule(
      [
        row({
          period: "2023",
          account: "Sales return allowance",
          begin: 13,
          additions: [104],
          deductions: [-91],
          end: 26,
        }),
      ],
      genericColumns(1, 1),
      { signConvention: "deductions-subtracted" },
    );
    const json = checkSchedule(model);
    expect(json.signConvention).toBe("all-added");
    expect(json.findings).toEqual([]);
  });

  it("applies the tolerance it is given", () => {
    // 2004 warranty ends 1,771 instead of 1,193 + 1,168 − 591 = 1,770.
    const model = seedSchedule({ line: 36, end: 1771 });
    expect(checkSchedule(model).findings).toHaveLength(2);
    expect(checkSchedule(model, { tolerance: 1 }).findings).toEqual([]);
  });
});

describe("toReportJson", () => {
  it("wraps the schedules of one file in the shape of `tieout check --json`", () => {
    const schedule = checkSchedule(seedSchedule());
    const report = toReportJson("seeds/schedule-ii.txt", [schedule]);
    expect(report).toEqual({ file: "seeds/schedule-ii.txt", schedules: [schedule] });
    const parsed = JSON.parse(JSON.stringify(report));
    expect(Object.keys(parsed.schedules[0])).toEqual([
      "title",
      "units",
      "signConvention",
      "reading",
      "rows",
      "findings",
    ]);
    expect(Object.keys(parsed.schedules[0].rows[0])).toEqual([
      "period",
      "account",
      "isTotal",
      "begin",
      "additions",
      "deductions",
      "end",
      "location",
    ]);
    expect(parsed.schedules[0].rows[4]).toEqual({
      period: "2003",
      account: "Allowance for doubtful accounts",
      isTotal: false,
      begin: 1466,
      additions: [-473, 10],
      deductions: [431],
      end: 572,
      location: "line 26",
    });
  });
});
