// Proof that the imported workbook's checks are real spreadsheet formulas: LibreOffice (headless)
// recalculates the workbook `tieout import` wrote, and the check cells read back as the breaks a
// reviewer finds by hand. CI installs libreoffice-calc; without it this test fails, it never skips.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parseCsv } from "../../src/core/schedule2/grid";
import { SEED, tempDir, writeTamperedSeed } from "./fixtures";
import { tieout } from "./run";

const dir = tempDir("tieout-libreoffice-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function soffice(): string {
  const found = spawnSync("which", ["soffice"], { encoding: "utf8" }).stdout.trim();
  if (!found) {
    throw new Error(
      "LibreOffice is not installed: run `apt-get install -y libreoffice-calc` (CI installs it)",
    );
  }
  return found;
}

/** Recalculates the workbook in LibreOffice and returns its first sheet as CSV rows of raw values. */
function recalculated(xlsx: string): string[][] {
  const outDir = path.join(dir, `csv-${path.basename(xlsx, ".xlsx")}`);
  // Comma, double quote, UTF-8, from line 1, cell values as numbers rather than as shown.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false";
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      xlsx,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  return parseCsv(fs.readFileSync(path.join(outDir, `${path.basename(xlsx, ".xlsx")}.csv`), "utf8"));
}

async function importAndRecalculate(source: string, name: string) {
  const xlsx = path.join(dir, `${name}.xlsx`);
  expect((await tieout("import", source, "--out", xlsx)).code).toBe(0);
  const rows = recalculated(xlsx);
  const headerIndex = rows.findIndex((r) => r[0] === "Period");
  const header = rows[headerIndex];
  const data = rows.slice(headerIndex + 1).filter((r) => r.some((c) => c !== ""));
  const find = (year: string, account: RegExp) => {
    const row = data.find((r) => r[0].includes(year) && account.test(r[1]));
    if (!row) throw new Error(`no row for ${year} ${account}`);
    return (column: string) => row[header.indexOf(column)];
  };
  const checkColumns = header.filter((h) => /diff/.test(h));
  return {
    data,
    header,
    find,
    checkColumns,
    column: (name: string) => data.map((r) => r[header.indexOf(name)]),
  };
}

describe("the imported workbook recalculated by LibreOffice", () => {
  it("shows every check of the seed at 0 and every row ✓", async () => {
    const sheet = await importAndRecalculate(SEED, "seed");
    expect(sheet.data).toHaveLength(12);
    for (const column of sheet.checkColumns) {
      for (const value of sheet.column(column)) expect(["", "0"]).toContain(value);
    }
    expect(sheet.column("Check")).toEqual(new Array(12).fill("✓"));
    // The formulas did compute: 2003 inventory's computed end, 5,756 + 4,189 + 41 − 1,989.
    expect(sheet.find("2003", /inventory/i)("Computed end")).toBe("7997");
  });

  it("shows the three breaks of the seed with 2003's inventory end changed to 7,979", async () => {
    const sheet = await importAndRecalculate(writeTamperedSeed(dir), "tampered");
    // Roll-forward: 7,979 printed − 7,997 computed = −18.
    expect(sheet.find("2003", /inventory/i)("Roll-forward diff")).toBe("-18");
    // Footing: 2003's total end 9,762 − (572 + 7,979 + 1,193) = 18.
    expect(sheet.find("2003", /total/i)("Footing diff: End")).toBe("18");
    // Continuity: 2004 begins at 7,997 − 2003 ended at 7,979 = 18.
    expect(sheet.find("2004", /inventory/i)("Continuity diff")).toBe("18");
    const nonZero = sheet.data.flatMap((row, r) =>
      sheet.checkColumns
        .filter((c) => !["", "0"].includes(row[sheet.header.indexOf(c)]))
        .map((c) => `${r}:${c}`),
    );
    expect(nonZero).toHaveLength(3);
    expect(sheet.column("Check").filter((c) => c === "✗")).toHaveLength(3);
  });
});
