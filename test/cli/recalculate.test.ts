// Proof that the imported workbook's checks are real spreadsheet formulas, on any machine: the
// workbook `tieout import` wrote is read back from the .xlsx file and every formula in it is
// recalculated by a formula engine (HyperFormula, in-process), and the check cells read back as
// the breaks a reviewer finds by hand. LibreOffice confirms the same in CI (test/e2e/libreoffice.js).
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import { EXCEL_DATE_CONFIG } from "../support/hyperformula";
import { SEED, tempDir, writeTamperedSeed } from "./fixtures";
import { tieout } from "./run";

const dir = tempDir("tieout-recalculate-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type EngineCell = string | number | boolean | null;

/** One cell of the file as the engine takes it: a formula as "=…", text kept as text even if it starts with "=". */
function engineCell(cell: ExcelJS.Cell): EngineCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return /^[=']/.test(value) ? `'${value}` : value;
  if (typeof value === "object" && "formula" in value) return `=${value.formula}`;
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  throw new Error(`unexpected cell value in ${cell.address}: ${JSON.stringify(value)}`);
}

/** The first sheet of the workbook recalculated, as text per cell (numbers as plain digits). */
async function recalculated(xlsx: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.worksheets[0];
  const cells: EngineCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const line: EngineCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) line.push(engineCell(row.getCell(c)));
    cells[r - 1] = line;
  });
  const engine = HyperFormula.buildFromArray(
    Array.from(cells, (row) => row ?? []),
    EXCEL_DATE_CONFIG,
  );
  const values = engine.getSheetValues(0);
  engine.destroy();
  return values.map((row) =>
    row.map((value) => {
      if (value === null || value === undefined) return "";
      if (typeof value === "object") throw new Error(`a formula failed: ${JSON.stringify(value)}`);
      return String(value);
    }),
  );
}

async function importAndRecalculate(source: string, name: string) {
  const xlsx = path.join(dir, `${name}.xlsx`);
  expect((await tieout("import", source, "--out", xlsx)).code).toBe(0);
  const rows = await recalculated(xlsx);
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

describe("the imported workbook recalculated by a formula engine", () => {
  it("shows every check of the seed at 0 and every row ✓", async () => {
    const sheet = await importAndRecalculate(SEED, "seed");
    expect(sheet.data).toHaveLength(12);
    expect(sheet.checkColumns.length).toBeGreaterThan(2);
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
