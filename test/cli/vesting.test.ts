// `tieout vested` and `tieout table` on the reference grant: 1,000 shares granted 2003-07-21,
// 50% six months after the grant, then 50% monthly over 24 months.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { tieout } from "./run";

const REFERENCE = ["--grant", "2003-07-21", "--shares", "1000"];

describe("tieout vested", () => {
  it("prints just the number vested: 520 on 2004-02-21", async () => {
    // 500 on 2004-01-21; by 2004-02-21 floor(1000 × (0.5 + 1/48)) = floor(520.83) = 520.
    const run = await tieout("vested", ...REFERENCE, "--as-of", "2004-02-21");
    expect(run).toEqual({ code: 0, stdout: "520", stderr: "" });
  });

  it("counts nothing before the first vest date and everything after the last", async () => {
    expect((await tieout("vested", ...REFERENCE, "--as-of", "2004-01-20")).stdout).toBe("0");
    expect((await tieout("vested", ...REFERENCE, "--as-of", "2004-01-21")).stdout).toBe("500");
    expect((await tieout("vested", ...REFERENCE, "--as-of", "2006-01-21")).stdout).toBe("1000");
  });

  it("--json gives vested, unvested, percent, the next vest and the fully-vested date", async () => {
    const run = await tieout("vested", ...REFERENCE, "--as-of", "2004-02-21", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      grantDate: "2003-07-21",
      shares: 1000,
      asOf: "2004-02-21",
      vested: 520,
      unvested: 480,
      percent: 52, // 520 / 1,000
      nextVestDate: "2004-03-21",
      nextVestShares: 21, // floor(1000 × (0.5 + 2/48)) = 541, minus 520
      fullyVestedDate: "2006-01-21",
      terminated: false,
    });
  });

  it("stops vesting at termination: leaving on 2004-02-20 keeps the 500 of January", async () => {
    const run = await tieout("vested", ...REFERENCE, "--as-of", "2005-01-01", "--termination", "2004-02-20");
    expect(run.stdout).toBe("500");
  });

  it("takes another schedule and rounding: 10 shares annually over 4 years, front-loaded", async () => {
    // 10 shares in 4 equal installments of 2.5: 2 each, and the remainder of 2 goes one share
    // each to the first two installments: 3, 3, 2, 2 → 6 vested after two years.
    const run = await tieout(
      "vested",
      "--grant",
      "2020-01-15",
      "--shares",
      "10",
      "--as-of",
      "2022-01-15",
      "--schedule",
      "100% annually over 48 months",
      "--rounding",
      "front-loaded",
    );
    expect(run.stdout).toBe("6");
  });
});

describe("tieout vested --vesting-start and --day-of-month", () => {
  it("vests what fell before the grant date on the grant date", async () => {
    // Vesting from 2003-01-21: the 50% six months on is dated 2003-07-21, the grant date itself.
    const on = (asOf: string) =>
      tieout("vested", ...REFERENCE, "--vesting-start", "2003-01-21", "--as-of", asOf);
    expect((await on("2003-07-20")).stdout).toBe("0");
    expect((await on("2003-07-21")).stdout).toBe("500");
    // One month later: floor(1000 × (0.5 + 1/48)) = 520.
    expect((await on("2003-08-21")).stdout).toBe("520");
  });

  it("dates installments on the last day of the month with --day-of-month last", async () => {
    const on = (asOf: string) => tieout("vested", ...REFERENCE, "--day-of-month", "last", "--as-of", asOf);
    // Six months after 2003-07-21 is January 2004; its last day is the 31st.
    expect((await on("2004-01-30")).stdout).toBe("0");
    expect((await on("2004-01-31")).stdout).toBe("500");
  });
});

describe("tieout table", () => {
  it("prints aligned text with thousands separators: 25 vest dates, first 500 on 2004-01-21", async () => {
    const run = await tieout("table", ...REFERENCE);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines).toHaveLength(26);
    expect(lines[0].split(/\s{2,}/)).toEqual(["Vest date", "Shares", "Cumulative", "Unvested", "Percent"]);
    expect(lines[1].trim().split(/\s+/)).toEqual(["2004-01-21", "500", "500", "500", "50.00%"]);
    // The last month: cumulative floor(1000 × 1) = 1,000, printed with a separator.
    expect(lines[25].trim().split(/\s+/)).toEqual(["2006-01-21", "21", "1,000", "0", "100.00%"]);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it("--format csv gives plain numbers", async () => {
    const run = await tieout("table", ...REFERENCE, "--format", "csv");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("date,shares,cumulative,unvested,percent");
    // 2004-02-21: 520 − 500 = 20 shares, 52% vested.
    expect(lines[2]).toBe("2004-02-21,20,520,480,52");
  });

  it("--format json gives rows of plain values", async () => {
    const rows = JSON.parse((await tieout("table", ...REFERENCE, "--format", "json")).stdout);
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual({ date: "2004-01-21", shares: 500, cumulative: 500, unvested: 500, percent: 50 });
  });
});

describe("tieout table --out", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-table-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes a workbook with the inputs on top, real dates, and running totals as formulas", async () => {
    const file = path.join(dir, "grant.xlsx");
    const run = await tieout("table", ...REFERENCE, "--out", file);
    expect(run).toEqual({ code: 0, stdout: `Wrote 25 vest dates to ${file}`, stderr: "" });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Vesting");
    if (!sheet) throw new Error("no Vesting sheet");
    expect(sheet.getCell("A1").value).toBe("Grant date");
    expect(sheet.getCell("B1").value).toEqual(new Date(Date.UTC(2003, 6, 21)));
    expect(sheet.getCell("B2").value).toBe(1000);

    const headerRow = sheet.getColumn(1).values.indexOf("Vest date");
    expect(sheet.getRow(headerRow).values).toEqual([
      undefined,
      "Vest date",
      "Shares vesting",
      "Cumulative vested",
      "Unvested",
      "Percent vested",
    ]);
    const first = sheet.getRow(headerRow + 1);
    expect(first.getCell(1).value).toEqual(new Date(Date.UTC(2004, 0, 21)));
    expect(first.getCell(1).numFmt).toBe("yyyy-mm-dd");
    expect(first.getCell(2).value).toBe(500);
    expect(first.getCell(2).numFmt).toBe("#,##0");
    const second = sheet.getRow(headerRow + 2);
    const r = headerRow + 2;
    expect(second.getCell(3).value).toEqual({ formula: `C${r - 1}+B${r}` });
    expect(second.getCell(4).value).toEqual({ formula: `$B$2-C${r}` });
    expect(second.getCell(5).value).toEqual({ formula: `C${r}/$B$2` });
    expect(second.getCell(5).numFmt).toBe("0.00%");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
  });
});

describe("bad arguments", () => {
  const cases: [string, string[], RegExp][] = [
    ["a missing grant date", ["vested", "--shares", "1000", "--as-of", "2004-02-21"], /--grant is required/],
    [
      "a grant date that is not a date",
      ["vested", "--grant", "2003-13-45", "--shares", "1", "--as-of", "2004-01-01"],
      /--grant: '2003-13-45' is not a date/,
    ],
    [
      "shares that are not a number",
      ["vested", "--grant", "2003-07-21", "--shares", "many", "--as-of", "2004-01-01"],
      /--shares: 'many' is not a number/,
    ],
    [
      "negative shares",
      ["vested", "--grant", "2003-07-21", "--shares=-5", "--as-of", "2004-01-01"],
      /--shares: .*negative/,
    ],
    [
      "a negative number read as a flag",
      ["vested", "--grant", "2003-07-21", "--shares", "-5"],
      /--shares needs a value; for one starting with '-' write --shares=VALUE/,
    ],
    [
      "a value given to a switch",
      ["vested", ...REFERENCE, "--as-of", "2004-02-21", "--json=yes"],
      /--json takes no value/,
    ],
    [
      "fractional shares",
      ["table", "--grant", "2003-07-21", "--shares", "10.5"],
      /--shares: 10.5 is not a whole number/,
    ],
    [
      "an unknown rounding",
      ["table", ...REFERENCE, "--rounding", "sideways"],
      /--rounding: unknown rounding 'sideways'/,
    ],
    [
      "a schedule that does not add up",
      ["table", ...REFERENCE, "--schedule", "50% at 6 months, 40% at 12 months"],
      /--schedule: percentages add to 90%, not 100%/,
    ],
    [
      "an unknown option",
      ["vested", ...REFERENCE, "--as-of", "2004-02-21", "--colour", "red"],
      /unknown option --colour/,
    ],
    ["an option without its value", ["vested", ...REFERENCE, "--as-of"], /--as-of needs a value/],
    [
      "an unknown format",
      ["table", ...REFERENCE, "--format", "xml"],
      /--format: 'xml' is not one of text, csv, json/,
    ],
    [
      "an output that is not .xlsx",
      ["table", ...REFERENCE, "--out", "grant.pdf"],
      /--out: 'grant.pdf' must name an .xlsx file/,
    ],
  ];
  it.each(cases)("%s exits 2 naming the flag", async (_name, argv, message) => {
    const run = await tieout(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it("an unknown command exits 2 and lists the commands", async () => {
    const run = await tieout("vest");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'vest'.*vested, table, check, import/);
  });

  it("no command prints the usage on stderr and exits 2", async () => {
    const run = await tieout();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: tieout <command>/);
  });
});

describe("--help", () => {
  it("describes the tool and each command, exit 0", async () => {
    expect((await tieout("--help")).stdout).toMatch(/Commands:[\s\S]*import/);
    for (const command of ["vested", "table", "check", "import"]) {
      const run = await tieout(command, "--help");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: tieout ${command}`));
    }
  });
});
