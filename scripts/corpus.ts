// `npm run corpus`: every real Schedule II fixture (../shared/fixtures/schedule2 and schedule2-batch2)
// through readSchedules + checkSchedules, compared with its hand-checked answer key, per form of source.
// Prints tables exact, rows exact, printed breaks found, false breaks, unread tables and the speed.
// "as gaps": key continuity breaks across a period the table leaves out (fixture 224's transition
// quarter), reported as gap warnings with the same figures; issue 7 says such a gap is not a break,
// so a table whose only differences from its key are these still counts as exact.
// `npm run corpus -- --files` also lists each file's result; `-- --diff NNN` prints one file's rows.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules, readSchedules } from "../src/core/schedule2";

import { matchKeyBreaks, type Key, type KeyRow } from "../test/core/schedule2/fixture-keys";

const SHARED = path.resolve(__dirname, "../../shared/fixtures");
const FOLDERS = ["schedule2", "schedule2-batch2"];

/** The form of each batch2 file, from the Form column of that folder's README. */
function batch2Forms(): Map<string, string> {
  const forms = new Map<string, string>();
  const readme = path.join(SHARED, "schedule2-batch2/README.md");
  if (!fs.existsSync(readme)) return forms;
  for (const line of fs.readFileSync(readme, "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (!/^\d{3}_.*\.txt$/.test(cells[1] ?? "")) continue;
    const form = cells[4] ?? "";
    forms.set(
      cells[1],
      /R page|IR-site/i.test(form)
        ? "stored render (R page)"
        : /HTML exhibit/i.test(form)
          ? "stored render (HTML exhibit)"
          : "text",
    );
  }
  return forms;
}

function formOf(file: string, forms: Map<string, string>): string {
  if (forms.has(file)) return forms.get(file)!;
  if (/\.html?$/i.test(file)) return "HTML";
  if (/\.xlsx$/i.test(file)) return "workbook";
  return "text";
}

const rowKey = (row: KeyRow): string => JSON.stringify(row);

interface Result {
  file: string;
  form: string;
  bytes: number;
  ms: number;
  exact: boolean;
  unread: boolean;
  rowsExact: number;
  rowsKey: number;
  breaksKey: number;
  breaksFound: number;
  /** Key continuity breaks across a period the table leaves out, reported as gap warnings. */
  breaksAsGap: number;
  falseBreaks: number;
  read: KeyRow[];
  key: Key;
  error?: string;
}

function runOne(folder: string, file: string, forms: Map<string, string>): Result {
  const source = fs.readFileSync(path.join(SHARED, folder, file), "utf8");
  const key: Key = JSON.parse(
    fs.readFileSync(path.join(SHARED, folder, file.replace(/\.\w+$/, ".json")), "utf8"),
  );
  const result: Result = {
    file,
    form: formOf(file, forms),
    bytes: Buffer.byteLength(source),
    ms: 0,
    exact: false,
    unread: false,
    rowsExact: 0,
    rowsKey: key.rows.length,
    breaksKey: key.breaks.length,
    breaksFound: 0,
    breaksAsGap: 0,
    falseBreaks: 0,
    read: [],
    key,
  };
  try {
    const started = process.hrtime.bigint();
    const models = readSchedules(source, { file });
    const report = checkSchedules(source, { file });
    result.ms = Number(process.hrtime.bigint() - started) / 1e6;
    result.unread = models.length === 0;
    result.read = models.flatMap((model) =>
      model.rows.map((row) => ({
        period: row.period,
        periodLabel: row.periodLabel,
        account: row.account,
        isTotal: row.isTotal,
        begin: row.begin.toNumber(),
        activity: row.additions.map((v) => v.toNumber()),
        deductions: row.deductions.map((v) => v.toNumber()),
        end: row.end.toNumber(),
      })),
    );
    // Rows exact: key rows found among the rows read, each read row used once.
    const pool = new Map<string, number>();
    result.read.forEach((row) => pool.set(rowKey(row), (pool.get(rowKey(row)) ?? 0) + 1));
    for (const row of key.rows) {
      const n = pool.get(rowKey(row)) ?? 0;
      if (n > 0) {
        result.rowsExact++;
        pool.set(rowKey(row), n - 1);
      }
    }
    const match = matchKeyBreaks(
      key.breaks,
      report.schedules.flatMap((s) => s.findings),
    );
    result.breaksFound = match.found;
    result.breaksAsGap = match.asGapWarnings;
    result.falseBreaks = match.falseBreaks;
    result.exact =
      models.length === 1 &&
      result.read.length === key.rows.length &&
      result.read.every((row, i) => rowKey(row) === rowKey(key.rows[i])) &&
      result.breaksFound + result.breaksAsGap === key.breaks.length &&
      result.falseBreaks === 0;
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
  }
  return result;
}

function pad(text: string | number, width: number, right = false): string {
  const s = String(text);
  return right ? s.padEnd(width) : s.padStart(width);
}

function main(): void {
  const args = process.argv.slice(2);
  const forms = batch2Forms();
  const results: Result[] = [];
  for (const folder of FOLDERS) {
    const dir = path.join(SHARED, folder);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      if (!/\.(html?|txt)$/i.test(file)) continue;
      results.push(runOne(folder, file, forms));
    }
  }
  const diffAt = args.indexOf("--diff");
  if (diffAt >= 0) {
    const want = args[diffAt + 1] ?? "";
    for (const r of results.filter((x) => x.file.startsWith(want))) {
      console.log(`# ${r.file}${r.error ? ` (threw: ${r.error})` : ""}`);
      const n = Math.max(r.read.length, r.key.rows.length);
      for (let i = 0; i < n; i++) {
        const a = r.read[i] ? rowKey(r.read[i]) : "—";
        const b = r.key.rows[i] ? rowKey(r.key.rows[i]) : "—";
        console.log(`${a === b ? "  " : "≠ "}read ${a}`);
        if (a !== b) console.log(`   key  ${b}`);
      }
      const report = checkSchedules(
        fs.readFileSync(path.join(SHARED, r.file.match(/^\d{3}_/) ? FOLDERS[1] : FOLDERS[0], r.file), "utf8"),
        { file: r.file },
      );
      for (const s of report.schedules)
        for (const f of s.findings) console.log(`  ${f.severity} ${f.check} ${f.location} ${f.message}`);
    }
    return;
  }
  const groups = [...new Set(results.map((r) => r.form))].sort();
  const header = `${pad("form", 30, true)}${pad("files", 6)}${pad("exact", 7)}${pad("rows exact", 13)}${pad("breaks found", 14)}${pad("as gaps", 10)}${pad("false breaks", 14)}${pad("unread", 8)}${pad("MB/s", 8)}`;
  console.log(`Schedule II corpus: ${results.length} fixtures in ${FOLDERS.join(", ")}\n`);
  console.log(header);
  const line = (name: string, rs: Result[]): void => {
    const sum = (f: (r: Result) => number): number => rs.reduce((a, r) => a + f(r), 0);
    const mb = sum((r) => r.bytes) / 1e6;
    const s = sum((r) => r.ms) / 1000;
    console.log(
      `${pad(name, 30, true)}${pad(rs.length, 6)}${pad(
        sum((r) => (r.exact ? 1 : 0)),
        7,
      )}${pad(
        `${sum((r) => r.rowsExact)}/${sum((r) => r.rowsKey)}`,
        13,
      )}${pad(`${sum((r) => r.breaksFound)}/${sum((r) => r.breaksKey)}`, 14)}${pad(
        sum((r) => r.breaksAsGap),
        10,
      )}${pad(
        sum((r) => r.falseBreaks),
        14,
      )}${pad(
        sum((r) => (r.unread ? 1 : 0)),
        8,
      )}${pad(s > 0 ? (mb / s).toFixed(2) : "-", 8)}`,
    );
  };
  for (const g of groups)
    line(
      g,
      results.filter((r) => r.form === g),
    );
  line("all", results);
  const threw = results.filter((r) => r.error);
  if (threw.length > 0) console.log(`\nthrew: ${threw.map((r) => `${r.file} (${r.error})`).join(", ")}`);
  if (args.includes("--files")) {
    console.log("");
    for (const r of results)
      console.log(
        `${r.exact ? "exact " : r.unread ? "UNREAD" : "wrong "} ${pad(r.file, 48, true)} rows ${r.rowsExact}/${r.rowsKey} read ${r.read.length}, breaks ${r.breaksFound}/${r.breaksKey}${r.breaksAsGap ? ` (+${r.breaksAsGap} as gap warnings)` : ""}, false ${r.falseBreaks}`,
      );
  } else {
    const notExact = results.filter((r) => !r.exact).map((r) => r.file.split("_")[0]);
    if (notExact.length > 0) console.log(`\nnot exact: ${notExact.join(" ")}`);
  }
}

main();
