// Bad input on the command line (issue 11, items 8-12): a too-large file, a zip bomb, an unclosed
// quote, a missing folder, an odd encoding, a lenient number, an existing --out file and figures
// past the precision or range of a double each give exit 2 and one line that says what is wrong
// and what to do, and what an accountant writes is still accepted.
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { InputError, inputErrorMessage } from "../../src/cli/io";
import type { CheckReportJson } from "../../src/core/schedule2/types";
import { SEED, tempDir } from "./fixtures";
import { tieout } from "./run";

const dir = tempDir("tieout-inputs-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, data: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");
const seedText = fs.readFileSync(SEED, "utf8");

/** Rows of a --json report without their locations (line numbers move with a byte-order mark). */
const rowsOf = (stdout: string) =>
  (JSON.parse(stdout) as CheckReportJson).schedules.flatMap((s) =>
    s.rows.map(({ location: _location, ...row }) => row),
  );

/** A one-row Schedule II as CSV, its figures as given (quoted, for the thousands commas). */
function scheduleCsv(begin: string, charged: string, deducted: string, end: string): string {
  return [
    "Schedule II - Valuation and Qualifying Accounts",
    "Description,Balance at Beginning of Period,Charged to Costs and Expenses,Deductions,Balance at End of Period",
    "Year ended December 31 2003",
    `Allowance for doubtful accounts,"${begin}","${charged}","${deducted}","${end}"`,
    "",
  ].join("\n");
}

describe("item 8: a too-large input is refused with a message, never an abort", () => {
  it("a million-row CSV exits 2 with one line naming the file and the limit", async () => {
    // Before the row limit this parsed every row (about 8 KB each) and aborted with exit 134.
    const huge = write("huge.csv", "Allowance,100,20,5,115\n".repeat(1_000_000));
    const run = await tieout("check", huge);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/huge\.csv has more than 200,000 rows; Tieout reads at most 200,000 rows/);
    expect(run.stderr).toMatch(/save the schedule's own rows to a smaller file/);
  });
});

describe("item 9: every unreadable input gets exit 2 and one line that says what to do", () => {
  let bomb: string;
  beforeAll(async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(64 * 2 ** 20));
    bomb = write("bomb.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  });

  it("a zip bomb: check and import both refuse it before unpacking, in one line", async () => {
    for (const run of [
      await tieout("check", bomb),
      await tieout("import", bomb, "--out", path.join(dir, "from-bomb.xlsx")),
    ]) {
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/bomb\.xlsx would unpack to more than 512 MB/);
      expect(run.stderr).not.toMatch(/Invalid string length|--help/);
    }
    expect(fs.existsSync(path.join(dir, "from-bomb.xlsx"))).toBe(false);
  });

  it("a 20 MB CSV with an unclosed quote names the line instead of overflowing the stack", async () => {
    const csv = write("unclosed.csv", `Account,Begin\n"${"x".repeat(20_000_000)}`);
    const run = await tieout("check", csv);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/unclosed\.csv: the quoted field that opens on line 2 is never closed/);
    expect(run.stderr).not.toMatch(/Maximum call stack/);
  });

  it("--out into a missing folder says to create it, for import and for table", async () => {
    const missing = path.join(dir, "no-such-folder", "out.xlsx");
    const runs = [
      await tieout("import", SEED, "--out", missing),
      await tieout("table", "--grant", "2003-07-21", "--shares", "1000", "--out", missing),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--out: the folder .*no-such-folder does not exist; create it first/);
      expect(run.stderr).not.toMatch(/ENOENT|unexpected error/);
    }
  });

  it("reads UTF-16 (either byte order, with or without a mark) and UTF-8 with a mark as the plain file", async () => {
    const plain = await tieout("check", SEED, "--json");
    const utf16le = Buffer.from(seedText, "utf16le");
    const utf16be = Buffer.from(utf16le).swap16();
    const encodings: [string, Buffer][] = [
      ["utf8-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)])],
      ["utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
      ["utf16be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
      ["utf16le.txt", utf16le],
      ["utf16be.txt", utf16be],
    ];
    for (const [name, data] of encodings) {
      const run = await tieout("check", write(name, data), "--json");
      expect({ name, code: run.code }).toEqual({ name, code: 0 });
      expect(rowsOf(run.stdout)).toHaveLength(12);
      expect(rowsOf(run.stdout)).toEqual(rowsOf(plain.stdout));
    }
  });

  it("reads a Windows-1252 file (an em dash as byte 0x97 is a zero)", async () => {
    const latin = Buffer.from(seedText.replace(/\$ {7}- {3}/g, "$       \u0097   "), "latin1");
    expect(latin.includes(0x97)).toBe(true);
    const run = await tieout("check", write("cp1252.txt", latin), "--json");
    expect(run.code).toBe(0);
    expect(rowsOf(run.stdout)).toHaveLength(12);
  });

  it("says a binary file is not text it reads, and names the encodings it does", async () => {
    const binaries: [string, Buffer, RegExp][] = [
      ["report.txt", Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n", "latin1"), /it is a PDF/],
      ["old.csv", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /an old \.xls/],
      ["blob.txt", Buffer.from([0x53, 0x43, 0x48, 0, 0, 0, 1, 2, 0, 0x41, 0, 0, 0, 0x10, 0x42]), /binary/],
    ];
    for (const [name, data, reason] of binaries) {
      const run = await tieout("check", write(name, data));
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toMatch(/it reads UTF-8, UTF-16 and Windows-1252 text/);
      expect(run.stderr).not.toMatch(/no Schedule II table found/);
    }
  });

  it("a missing file or a folder given as the file: one line each, no stack", async () => {
    const missing = await tieout("import", path.join(dir, "absent.txt"), "--out", path.join(dir, "a.xlsx"));
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual([
      expect.stringMatching(/cannot read .*absent\.txt: no such file$/),
    ]);
    const folder = await tieout("check", dir);
    expect(folder.code).toBe(2);
    expect(lines(folder.stderr)).toEqual([expect.stringMatching(/it is a folder, not a file$/)]);
  });

  it("a reader's own error is the input's fault (one line); a built-in error is ours to report", () => {
    class ReaderError extends Error {}
    expect(inputErrorMessage(new ReaderError("row 7 has no account name"))).toBe("row 7 has no account name");
    expect(inputErrorMessage(new InputError("x.csv is too large"))).toBe("x.csv is too large");
    expect(inputErrorMessage(new RangeError("Invalid string length"))).toMatch(/split it into smaller files/);
    expect(inputErrorMessage(new TypeError("cannot read properties of undefined"))).toBeNull();
  });
});

describe("item 10: number flags take what an accountant writes and refuse the rest", () => {
  const vested = (shares: string) =>
    tieout("vested", "--grant", "2003-07-21", "--shares", shares, "--as-of", "2004-02-21");

  it.each(["0x10", "1,0,0,0", "1e3", "1 2", "0b11", "ten", "1.000.000", "Infinity"])(
    "--shares %s is refused naming the flag",
    async (shares) => {
      const run = await vested(shares);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(new RegExp(`--shares: '${shares.replace(/\./g, "\\.")}' is not a number`));
    },
  );

  it.each(["1000", "1,000", "1000.0", "$ 1,000", " 1,000 "])("--shares %s is 1000 shares", async (shares) => {
    // 1,000 shares of the reference grant: 520 vested on 2004-02-21 (README).
    const run = await vested(shares);
    expect(run).toMatchObject({ code: 0, stdout: "520" });
  });

  it("--tolerance refuses 0x10 and a negative (473), and takes $ 5, 1,000 and a dash for zero", async () => {
    const hex = await tieout("check", SEED, "--tolerance", "0x10");
    expect(hex.code).toBe(2);
    expect(hex.stderr).toMatch(/--tolerance: '0x10' is not a number/);
    const negative = await tieout("check", SEED, "--tolerance", "(473)");
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/--tolerance: '\(473\)' is negative/);
    for (const tolerance of ["$ 5", "1,000", "\u2014", "-"]) {
      const run = await tieout("check", SEED, "--tolerance", tolerance);
      expect({ tolerance, code: run.code, stderr: run.stderr }).toEqual({ tolerance, code: 0, stderr: "" });
    }
  });
});

describe("item 11: --out never replaces a file without --force", () => {
  it("import refuses an existing file and leaves it as it was; --force replaces it", async () => {
    const out = write("existing.xlsx", "my own workbook");
    const refused = await tieout("import", SEED, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/existing\.xlsx already exists; add --force to replace it/);
    expect(fs.readFileSync(out, "utf8")).toBe("my own workbook");

    const forced = await tieout("import", SEED, "--out", out, "--force");
    expect(forced.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });

  it("table --out refuses an existing file the same way", async () => {
    const out = write("table.xlsx", "keep me");
    const args = ["table", "--grant", "2003-07-21", "--shares", "1000", "--out", out];
    const refused = await tieout(...args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; add --force/);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
    expect((await tieout(...args, "--force")).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("--help of import and table says so", async () => {
    for (const command of ["import", "table"]) {
      const help = (await tieout(command, "--help")).stdout;
      expect(help).toMatch(/--force\s+replace the --out file if it exists/);
      expect(help).toMatch(/never\s+replaced\s+unless --force/);
    }
  });
});

describe("item 12: figures past 20 digits are exact; past a double's range, refused", () => {
  it("12,345,678,901,234,567,890.00 + 1.25 − 0.75 = …890.50 ties (20 digits of precision would break it)", async () => {
    const csv = write(
      "precise.csv",
      scheduleCsv("12,345,678,901,234,567,890.00", "1.25", "0.75", "12,345,678,901,234,567,890.50"),
    );
    const run = await tieout("check", csv, "--json");
    expect(run.code).toBe(0);
    const [schedule] = (JSON.parse(run.stdout) as CheckReportJson).schedules;
    expect(schedule.rows).toHaveLength(1);
    expect(schedule.findings).toEqual([]);
  });

  it("the same row one cent off is a break of exactly −0.01", async () => {
    const csv = write(
      "off.csv",
      scheduleCsv("12,345,678,901,234,567,890.00", "1.25", "0.75", "12,345,678,901,234,567,890.49"),
    );
    const run = await tieout("check", csv, "--json");
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as CheckReportJson).schedules[0].findings;
    expect(findings.map((f) => [f.check, f.difference])).toEqual([["rollforward", -0.01]]);
  });

  it("a figure past 1.8e308 is refused naming its cell, not printed as null", async () => {
    const vast = `1${"0".repeat(309)}`;
    const csv = write("vast.csv", scheduleCsv(vast, "0", "0", vast));
    const run = await tieout("check", csv, "--json");
    expect(run.code).toBe(2);
    expect(run.stdout).not.toMatch(/null/);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/vast\.csv: a figure in [A-E]4 is beyond ±1\.8e308/);
  });
});
