// `tieout check`: the seed ties (exit 0), a tampered copy has breaks (exit 1), a file without a
// schedule or a missing file exits 2 naming the file, and several files are checked at once.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { CheckReportJson } from "../../src/core/schedule2/types";
import { SEED, tempDir, writeTamperedSeed } from "./fixtures";
import { tieout } from "./run";

const dir = tempDir("tieout-check-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tampered = writeTamperedSeed(dir);
const noSchedule = path.join(dir, "letter.txt");
fs.writeFileSync(noSchedule, "Dear shareholder,\n\nRevenue grew 4% to $1,466 million.\n");

const INVENTORY = /inventory/i;

describe("tieout check", () => {
  it("says the seed ties and exits 0", async () => {
    const run = await tieout("check", SEED);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Ties: no breaks/);
    expect(run.stdout).toMatch(/everything ties/);
    expect(run.stderr).toBe("");
  });

  it("--json for one file prints the report object: 12 rows, no finding", async () => {
    const run = await tieout("check", SEED, "--json");
    const report = JSON.parse(run.stdout) as CheckReportJson;
    expect(report.file).toBe(SEED);
    expect(report.schedules).toHaveLength(1);
    const [schedule] = report.schedules;
    expect(schedule.rows).toHaveLength(12);
    expect(schedule.rows.filter((r) => r.isTotal)).toHaveLength(3);
    expect(schedule.findings).toEqual([]);
    expect(schedule.signConvention).toBe("deductions-subtracted");
  });

  it("finds exactly one roll-forward, one footing and one continuity break in the tampered seed, exit 1", async () => {
    const run = await tieout("check", tampered, "--json");
    expect(run.code).toBe(1);
    const errors = (JSON.parse(run.stdout) as CheckReportJson).schedules[0].findings.filter(
      (f) => f.severity === "error",
    );
    expect(errors.map((f) => f.check).sort()).toEqual(["continuity", "footing", "rollforward"]);
    const byCheck = Object.fromEntries(errors.map((f) => [f.check, f]));
    // 5,756 + 4,189 + 41 − 1,989 = 7,997 expected; 7,979 printed.
    expect(byCheck.rollforward).toMatchObject({
      period: "2003",
      expected: 7997,
      actual: 7979,
      difference: -18,
    });
    expect(byCheck.rollforward.account).toMatch(INVENTORY);
    // 2003 total end 9,762 against 572 + 7,979 + 1,193 = 9,744.
    expect(byCheck.footing).toMatchObject({ period: "2003", expected: 9744, actual: 9762, difference: 18 });
    // 2004 begins at 7,997; 2003 ended at 7,979.
    expect(byCheck.continuity).toMatchObject({
      period: "2004",
      expected: 7979,
      actual: 7997,
      difference: 18,
    });
    expect(byCheck.continuity.account).toMatch(INVENTORY);
  });

  it("prints the breaks in the text report", async () => {
    const run = await tieout("check", tampered);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Breaks: 3 errors/);
    expect(run.stdout).toMatch(/breaks found/);
  });

  it("accepts the breaks within --tolerance 18 and rejects a tolerance that is not a number", async () => {
    expect((await tieout("check", tampered, "--tolerance", "18")).code).toBe(0);
    expect((await tieout("check", tampered, "--tolerance", "17")).code).toBe(1);
    const bad = await tieout("check", tampered, "--tolerance", "a little");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--tolerance: 'a little' is not a number; write it as digits/);
  });

  it("exits 2 naming a file with no schedule", async () => {
    const run = await tieout("check", noSchedule);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`tieout check: ${noSchedule}: no Schedule II table found`);
  });

  it("exits 2 naming a file that does not exist", async () => {
    const missing = path.join(dir, "nowhere.txt");
    const run = await tieout("check", missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`tieout check: cannot read ${missing}: no such file`);
  });

  it("exits 2 when no file is named", async () => {
    const run = await tieout("check", "--json");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/name at least one file/);
  });

  it("checks several files at once: an array in --json, in the order given, and the worst exit code", async () => {
    const run = await tieout("check", SEED, tampered, "--json");
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout) as CheckReportJson[];
    expect(reports.map((r) => r.file)).toEqual([SEED, tampered]);
    expect(reports.map((r) => r.schedules[0].findings.length === 0)).toEqual([true, false]);
    // A file without a schedule outranks breaks: exit 2, and the other reports still print.
    const mixed = await tieout("check", tampered, noSchedule, "--json");
    expect(mixed.code).toBe(2);
    expect((JSON.parse(mixed.stdout) as CheckReportJson[]).map((r) => r.schedules.length)).toEqual([1, 0]);
  });

  it("reads an .xlsx sheet: the seed's figures as numbers tie, with findings located by cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sched II");
    sheet.addRows([
      ["Valuation and Qualifying Accounts"],
      [
        "Description",
        "Balance at beginning of period",
        "Charged to costs and expenses",
        "Charged to other accounts",
        "Deductions",
        "Balance at end of period",
      ],
      ["Year ended June 30, 2003:"],
      ["Allowance for doubtful accounts", 1466, -473, 10, 431, 572],
      ["Warranty reserve", 479, 878, -153, 11, 1139],
    ]);
    const file = path.join(dir, "schedule.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await tieout("check", file, "--json");
    const report = JSON.parse(run.stdout) as CheckReportJson;
    expect(report.schedules[0].rows).toHaveLength(2);
    // Warranty: 479 + 878 − 153 − 11 = 1,193, printed 1,139: a roll-forward break of −54 at F5.
    const breaks = report.schedules[0].findings.filter((f) => f.severity === "error");
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({ check: "rollforward", expected: 1193, actual: 1139, difference: -54 });
    expect(breaks[0].location).toBe("'Sched II'!F5");
    expect(run.code).toBe(1);
  });

  it("reads a .csv file as a grid", async () => {
    const file = path.join(dir, "schedule.csv");
    fs.writeFileSync(
      file,
      [
        "Valuation and Qualifying Accounts",
        "Description,Balance at beginning of period,Charged to costs and expenses,Charged to other accounts,Deductions,Balance at end of period",
        "Year ended June 30 2002,,,,,",
        'Allowance for doubtful accounts,405,"1,680",49,668,"1,466"',
        "Year ended June 30 2003,,,,,",
        'Allowance for doubtful accounts,"1,466",(473),10,431,572',
      ].join("\n"),
    );
    const run = await tieout("check", file, "--json");
    const report = JSON.parse(run.stdout) as CheckReportJson;
    expect(report.schedules[0].rows.map((r) => [r.period, r.begin, r.additions, r.end])).toEqual([
      ["2002", 405, [1680, 49], 1466],
      ["2003", 1466, [-473, 10], 572],
    ]);
    expect(run.code).toBe(0);
  });
});
