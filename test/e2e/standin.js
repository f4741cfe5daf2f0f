// The Office.js stand-in for the browser, and the workbook it starts with: the seed Schedule II
// as cells, a tampered copy (2003 inventory ending 7,997 → 7,979) and a grant list.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const sheets = require("./sheets.json");

const ROOT = path.resolve(__dirname, "../..");

/** The stand-in as one classic script (defines window.Office, window.Excel and window.__standin). */
function loadStandinScript() {
  const builder = path.join(ROOT, "scripts", "build-standin.js");
  if (!fs.existsSync(builder))
    throw new Error("scripts/build-standin.js is missing: the stand-in cannot be built.");
  const output = execFileSync(process.execPath, [builder], { cwd: ROOT, encoding: "utf8" }).trim();
  const file = output.split("\n").pop().trim();
  if (!fs.existsSync(file))
    throw new Error(`scripts/build-standin.js did not print the path of its bundle (got "${file}").`);
  return fs.readFileSync(file, "utf8");
}

const DATE = "yyyy-mm-dd";

/** The workbook spec the stand-in reads from window.__TIEOUT_STANDIN_SHEETS__. */
function standinWorkbook() {
  const grants = sheets.Grants.map((row, r) =>
    r === 0 ? row : [{ value: row[0], numberFormat: DATE }, row[1]],
  );
  return {
    sheets: [
      { name: "Seed", rows: sheets.Seed },
      { name: "Tampered", rows: sheets.Tampered },
      { name: "Grants", rows: grants },
    ],
    activeSheet: "Seed",
  };
}

module.exports = { loadStandinScript, standinWorkbook };
