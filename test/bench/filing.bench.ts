// A whole filing of several MB (generated: the schedule embedded in filler filing text), found,
// parsed and checked, in ms per MB, against baselines over the same bytes in the same process:
// a case-insensitive indexOf scan (doc.toLowerCase().indexOf) and one regex pass over every tag.
// Aim (issue 10 item 5): 10 ms per MB or less for find + parse + check, in every form: inline XBRL,
// 1990s HTML, EDGAR text with <TABLE> tags, and EDGAR text without them (a flattened page).
import { checkSchedules } from "../../src/core/schedule2";
import { findScheduleSources } from "../../src/core/schedule2/locate";
import { htmlFiling, textSubmission } from "../fixtures/filings/generate";
import { readShared } from "../support/shared";

const MB = 1024 * 1024;
const SIZE = 6 * MB;
const REPEATS = 7;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * A copy of `doc` in new memory. V8 keeps the results of some regular expressions (and the lower-cased
 * form) on the string they ran on, and a second run over the same string can cost a hundredth of the
 * first: a file read from disk is always a new string, so every timed run gets one (decoded as a
 * file is, so it has the same representation in memory).
 */
const fresh = (doc: string) => Buffer.from(doc, "utf8").toString("utf8");

function time(doc: string, work: (doc: string) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const copy = fresh(doc);
    const started = process.hrtime.bigint();
    work(copy);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

function report(name: string, doc: string, expectRows: number): void {
  const mb = doc.length / MB;
  const result = checkSchedules(doc);
  const rows = result.schedules.reduce((n, s) => n + s.rows.length, 0);
  if (result.schedules.length !== 1 || rows !== expectRows) {
    throw new Error(
      `${name}: expected one schedule of ${expectRows} rows, got ${result.schedules.length} schedule(s), ${rows} rows`,
    );
  }
  const lowerScan = time(doc, (d) => d.toLowerCase().indexOf("valuation and qualifying accounts"));
  const tagScan = time(doc, (d) => {
    let n = 0;
    const tag = /<[^>]*>/g;
    while (tag.exec(d)) n++;
    return n;
  });
  const find = time(doc, (d) => findScheduleSources(d));
  const all = time(doc, (d) => checkSchedules(d));
  const perMb = (ms: number) => `${(ms / mb).toFixed(1)} ms/MB`;
  console.log(
    `${name}: ${mb.toFixed(1)} MB, ${rows} rows, ${result.schedules[0].findings.length} finding(s)`,
  );
  console.log(`  baseline toLowerCase+indexOf   ${perMb(lowerScan)}`);
  console.log(`  baseline one regex over tags   ${perMb(tagScan)}`);
  console.log(
    `  find (locate + read table)     ${perMb(find)}  (${(find / lowerScan).toFixed(1)}x toLowerCase scan)`,
  );
  console.log(
    `  find + parse + check           ${perMb(all)}  (${(all / lowerScan).toFixed(1)}x toLowerCase scan; aim ≤ 10 ms/MB: ${all / mb <= 10 ? "met" : "NOT met"})`,
  );
}

export async function run(): Promise<void> {
  const colgate = readShared("fixtures/schedule2/10_colgate_palmolive_fy2023.html");
  const seed = readShared("seeds/schedule-ii-valuation-and-qualifying-accounts.txt");
  report("HTML 10-K (inline XBRL filler, Colgate schedule)", htmlFiling(colgate, SIZE), 6);
  report("EDGAR text full submission (seed schedule)", textSubmission(seed, SIZE), 12);
  const medicis = readShared("fixtures/schedule2/01_medicis_pharmaceutical_fy1999.html");
  report("1990s HTML 10-K (Medicis schedule)", htmlFiling(medicis, SIZE), 4);
  const crompton = readShared("fixtures/schedule2/16_crompton_knowles_fy1994.txt");
  report("EDGAR text without <TABLE> (Crompton, flattened)", textSubmission(crompton, SIZE), 9);
}
