// `tieout import`: the seed as a clean workbook whose checks are native Excel formulas.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { SEED, tempDir } from "./fixtures";
import { tieout } from "./run";

const dir = tempDir("tieout-import-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let imports = 0;

async function importSeed(): Promise<ExcelJS.Worksheet> {
  // A new file each time: import refuses to replace one without --force.
  const out = path.join(dir, `seed-${++imports}.xlsx`);
  const run = await tieout("import", SEED, "--out", out);
  expect(run).toEqual({ code: 0, stdout: `Wrote 1 schedule (12 rows) to ${out}`, stderr: "" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

describe("tieout import", () => {
  it("writes one sheet: title and units on top, then the header row, frozen", async () => {
    const sheet = await importSeed();
    expect(sheet.name).toBe("Schedule II");
    // The title as the reader found it above the table.
    expect(sheet.getCell("A1").value).toBe(
      "SCHEDULE II · LANTRONIX, INC. · CONSOLIDATED VALUATION AND QUALIFYING ACCOUNTS",
    );
    expect(String(sheet.getCell("A2").value)).toMatch(/thousands/i);
    const header = sheet.getRow(6).values as unknown[];
    expect(header.slice(1, 4)).toEqual(["Period", "Account", "Begin"]);
    expect(header).toEqual(
      expect.arrayContaining(["End", "Computed end", "Roll-forward diff", "Continuity diff", "Check"]),
    );
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
  });

  it("writes the figures as numbers in accounting format, totals bold", async () => {
    const sheet = await importSeed();
    const header = sheet.getRow(6).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    // The first data row is 2002's allowance for doubtful accounts: 405 … 1,466.
    const first = sheet.getRow(7);
    expect(first.getCell(col("Account")).value).toMatch(/Allowance for doubtful accounts/);
    expect(first.getCell(col("Begin")).value).toBe(405);
    expect(first.getCell(col("End")).value).toBe(1466);
    expect(first.getCell(col("Begin")).numFmt).toBe('#,##0_);(#,##0);"–"_)');
    // 2003's recovery of (473) is a negative number, not text.
    expect(sheet.getRow(11).getCell(col("Begin") + 1).value).toBe(-473);
    const total = sheet.getRow(10);
    expect(total.getCell(col("Account")).value).toMatch(/total/i);
    expect(total.getCell(col("End")).value).toBe(7701);
    expect(total.getCell(col("End")).font?.bold).toBe(true);
    expect(first.getCell(col("End")).font?.bold).toBeFalsy();
  });

  it("makes the checks formulas: computed end, roll-forward, footing and continuity by cell reference", async () => {
    const sheet = await importSeed();
    const header = sheet.getRow(6).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    const formula = (row: number, name: string) =>
      (sheet.getRow(row).getCell(col(name)).value as { formula?: string })?.formula;
    // Row 7: begin C, two additions D and E, deductions F, end G.
    expect(formula(7, "Computed end")).toBe("C7+D7+E7-F7");
    expect(formula(7, "Roll-forward diff")).toBe("ROUND(G7-H7,0)");
    // 2002's total (row 10) foots against rows 7–9.
    expect(formula(10, "Footing diff: End")).toBe("ROUND(G10-SUM(G7:G9),0)");
    // 2003's allowance (row 11) continues from 2002's (row 7).
    expect(formula(11, "Continuity diff")).toBe("ROUND(C11-G7,0)");
    expect(formula(7, "Continuity diff")).toBeUndefined();
    expect(formula(7, "Check")).toMatch(/^IF\(AND\(.*\),"✓","✗"\)$/);
  });

  it("exits 2 without --out, and 2 naming a file with no schedule", async () => {
    const noOut = await tieout("import", SEED);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out is required/);
    const letter = path.join(dir, "letter.txt");
    fs.writeFileSync(letter, "Nothing to see here.\n");
    const none = await tieout("import", letter, "--out", path.join(dir, "none.xlsx"));
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`tieout import: ${letter}: no Schedule II table found`);
    expect(fs.existsSync(path.join(dir, "none.xlsx"))).toBe(false);
  });

  it("tieout check reads the workbook tieout import wrote: the same 12 rows, tying", async () => {
    const out = path.join(dir, "round-trip.xlsx");
    expect((await tieout("import", SEED, "--out", out)).code).toBe(0);
    const source = JSON.parse((await tieout("check", SEED, "--json")).stdout);
    const run = await tieout("check", out, "--json");
    expect(run.code).toBe(0);
    const written = JSON.parse(run.stdout);
    const rows = (report: { schedules: { rows: { location: string }[] }[] }) =>
      report.schedules.flatMap((s) => s.rows.map(({ location: _location, ...row }) => row));
    expect(rows(written)).toHaveLength(12);
    expect(rows(written)).toEqual(rows(source));
  });

  it("tieout check on a CSV with an unclosed quote exits 2 naming the line", async () => {
    const csv = path.join(dir, "unclosed.csv");
    fs.writeFileSync(csv, 'Account,Begin\n"Allowance,100\n');
    const run = await tieout("check", csv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the quoted field that opens on line 2 is never closed/);
  });
});
