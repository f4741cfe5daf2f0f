// Independent proof that the imported workbook's checks are real spreadsheet formulas: the built
// `tieout import` (lib/, from `npm run prepare`) writes the workbook, LibreOffice (headless)
// recalculates it, and the check cells read back as the breaks a reviewer finds by hand.
// `npm test` checks the same in-process with a formula engine (test/cli/recalculate.test.ts);
// this runs in `npm run test:e2e`, which CI runs after installing libreoffice-calc.
// Prints `N passed, M failed`; exits 1 on any failure (never skips: no soffice is a failure).
const fs = require("fs");
const os = require("os");
const path = require("path");
const assert = require("assert/strict");
const { execFileSync, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "lib", "cli", "main.js");
// The bundled sample is the team's seed Schedule II (the same text as shared/seeds).
const SEED = path.join(ROOT, "samples", "schedule-ii-lantronix.txt");
const SEED_LINE =
  "Reserve for excess and obsolete inventory       5,756          4,189          41         1,989     7,997";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-libreoffice-"));
const results = { passed: 0, failed: 0 };

function soffice() {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error("LibreOffice is not installed: apt-get install -y libreoffice-calc");
  return found;
}

/** The seed with 2003's inventory end 7,979 instead of 7,997: three breaks (−18, +18, +18). */
function tamperedSeed() {
  const text = fs.readFileSync(SEED, "utf8");
  assert.ok(text.includes(SEED_LINE), "the seed no longer has the 2003 inventory line this test changes");
  const file = path.join(dir, "tampered.txt");
  fs.writeFileSync(file, text.replace(SEED_LINE, SEED_LINE.replace(/7,997$/, "7,979")));
  return file;
}

/** Minimal CSV (RFC 4180: quotes, doubled quotes, newlines inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Recalculates the workbook in LibreOffice and returns its first sheet as CSV rows of raw values. */
function recalculated(xlsx) {
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

function importAndRecalculate(source, name) {
  const xlsx = path.join(dir, `${name}.xlsx`);
  const run = spawnSync(process.execPath, [CLI, "import", source, "--out", xlsx], { encoding: "utf8" });
  assert.equal(run.status, 0, `tieout import failed: ${run.stderr}`);
  const rows = recalculated(xlsx);
  const headerIndex = rows.findIndex((r) => r[0] === "Period");
  const header = rows[headerIndex];
  const data = rows.slice(headerIndex + 1).filter((r) => r.some((c) => c !== ""));
  const find = (year, account) => {
    const row = data.find((r) => r[0].includes(year) && account.test(r[1]));
    assert.ok(row, `no row for ${year} ${account}`);
    return (column) => row[header.indexOf(column)];
  };
  const checkColumns = header.filter((h) => /diff/.test(h));
  return { data, header, find, checkColumns, column: (n) => data.map((r) => r[header.indexOf(n)]) };
}

function step(name, body) {
  try {
    body();
    results.passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    results.failed++;
    console.log(`FAIL ${name}: ${error && error.stack ? error.stack : error}`);
  }
}

step("LibreOffice shows every check of the seed at 0 and every row ✓", () => {
  const sheet = importAndRecalculate(SEED, "seed");
  assert.equal(sheet.data.length, 12);
  assert.ok(sheet.checkColumns.length > 2);
  for (const column of sheet.checkColumns) {
    for (const value of sheet.column(column)) assert.ok(["", "0"].includes(value), `${column}: ${value}`);
  }
  assert.deepEqual(sheet.column("Check"), new Array(12).fill("✓"));
  // The formulas did compute: 2003 inventory's computed end, 5,756 + 4,189 + 41 − 1,989.
  assert.equal(sheet.find("2003", /inventory/i)("Computed end"), "7997");
});

step("LibreOffice shows the three breaks of the seed with 2003's inventory end changed to 7,979", () => {
  const sheet = importAndRecalculate(tamperedSeed(), "tampered");
  assert.equal(sheet.find("2003", /inventory/i)("Roll-forward diff"), "-18");
  assert.equal(sheet.find("2003", /total/i)("Footing diff: End"), "18");
  assert.equal(sheet.find("2004", /inventory/i)("Continuity diff"), "18");
  const nonZero = sheet.data.flatMap((row, r) =>
    sheet.checkColumns
      .filter((c) => !["", "0"].includes(row[sheet.header.indexOf(c)]))
      .map((c) => `${r}:${c}`),
  );
  assert.equal(nonZero.length, 3);
  assert.equal(sheet.column("Check").filter((c) => c === "✗").length, 3);
});

fs.rmSync(dir, { recursive: true, force: true });
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed > 0 ? 1 : 0;
