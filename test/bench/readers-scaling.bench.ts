// Every reader must be linear in its input (issue 11 item 5): for each form a user may hand Tieout —
// an HTML page of schedules (a title before each of many closely packed tables), a whole inline-XBRL
// 10-K, an EDGAR text submission, a page flattened onto one line, `|`-separated text, one cell per
// line — build 1, 2, 4 and 8 MB from real fixture content and time the public entry (checkSchedules:
// find + read + lay out + check). The ratio per doubling should stay near 2; 4 is quadratic.
// Each form runs in a worker so that a quadratic reader is stopped at a time budget, not waited for.
import { Worker } from "worker_threads";
import { checkSchedules } from "../../src/core/schedule2";
import { htmlFiling, textSubmission } from "../fixtures/filings/generate";
import { readShared } from "../support/shared";

const MB = 1024 * 1024;
const SIZES = [1, 2, 4, 8];
/** A step slower than this stops its form (the larger sizes are not tried). */
const STEP_BUDGET_MS = 60_000;

type Form =
  | "html-fragments"
  | "ixbrl-filing"
  | "edgar-text"
  | "flat-text"
  | "pipe-text"
  | "cell-per-line"
  | "long-label"
  | "dot-run"
  | "marked-label"
  | "titles-every-line"
  | "packed-text-tables";
const FORMS: Form[] = [
  "html-fragments",
  "ixbrl-filing",
  "edgar-text",
  "flat-text",
  "pipe-text",
  "cell-per-line",
  // Adversarial text, each once quadratic: a label re-read per word, a dot leader backtracked over,
  // footnote marks stripped one search at a time, every title reading the 2,000 lines after it.
  "long-label",
  "dot-run",
  "marked-label",
  "titles-every-line",
  "packed-text-tables",
];

const TITLE = "SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS\n";

/** One small EDGAR <TABLE> of the seed: packed one after another under a single title. */
function seedTable(): string {
  const seed = readShared("seeds/schedule-ii-valuation-and-qualifying-accounts.txt");
  return seed.slice(seed.search(/<TABLE>/i), seed.search(/<\/TABLE>/i) + "</TABLE>".length);
}

/** `unit` repeated (joined by `separator`) until the input has `bytes` characters. */
function repeated(unit: string, separator: string, bytes: number): string {
  const count = Math.max(1, Math.ceil(bytes / (unit.length + separator.length)));
  return new Array(count).fill(unit).join(separator);
}

/** The input of `form` of about `bytes` characters. */
export function input(form: Form, bytes: number): string {
  switch (form) {
    case "html-fragments":
      return repeated(readShared("fixtures/schedule2/10_colgate_palmolive_fy2023.html"), "\n", bytes);
    case "ixbrl-filing":
      return htmlFiling(readShared("fixtures/schedule2/10_colgate_palmolive_fy2023.html"), bytes);
    case "edgar-text":
      return textSubmission(readShared("seeds/schedule-ii-valuation-and-qualifying-accounts.txt"), bytes);
    case "flat-text":
      // Fixture 16 is a whole page flattened onto one line: the repeats stay on that one line.
      return repeated(
        readShared("fixtures/schedule2/16_crompton_knowles_fy1994.txt").replace(/\s+/g, " "),
        " ",
        bytes,
      );
    case "pipe-text":
      return repeated(readShared("fixtures/schedule2-batch2/200_cik742278_fy2018.txt"), "\n\n\n\n", bytes);
    case "cell-per-line":
      return repeated(
        readShared("fixtures/schedule2-batch2/205_nabors_industries_fy2012.txt"),
        "\n\n\n\n",
        bytes,
      );
    case "long-label":
      return TITLE + repeated("word", " ", bytes);
    case "dot-run":
      return TITLE + ".".repeat(bytes) + "a";
    case "marked-label":
      return `${TITLE}Allowance for doubtful accounts ${repeated("(a)", " ", bytes)}  1,000  2,000\n`;
    case "titles-every-line":
      return repeated(TITLE.trim(), "\n", bytes);
    case "packed-text-tables":
      return TITLE + repeated(seedTable(), "\n", bytes);
  }
}

/** Inside the worker: time checkSchedules at each size and post each result as it comes. */
export function measure(
  form: Form,
  post: (result: { mb: number; ms: number; schedules: number }) => void,
): void {
  checkSchedules(input(form, 64 * 1024)); // warm up the reader's code
  for (const mb of SIZES) {
    const doc = input(form, mb * MB);
    const started = process.hrtime.bigint();
    const report = checkSchedules(doc);
    post({
      mb: doc.length / MB,
      ms: Number(process.hrtime.bigint() - started) / 1e6,
      schedules: report.schedules.length,
    });
  }
}

const WORKER = `
require("ts-node").register({ transpileOnly: true });
const { parentPort, workerData } = require("worker_threads");
require(workerData.file).measure(workerData.form, (result) => parentPort.postMessage(result));
`;

/** Runs one form in a worker; resolves with the lines to print. */
function runForm(form: Form): Promise<string[]> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const worker = new Worker(WORKER, { eval: true, workerData: { file: __filename, form } });
    let previous: number | null = null;
    let timer: NodeJS.Timeout;
    let step = 0;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        lines.push(`  ${SIZES[step]} MB: over ${STEP_BUDGET_MS / 1000} s — stopped (not linear)`);
        void worker.terminate();
      }, STEP_BUDGET_MS);
    };
    arm();
    worker.on("message", (r: { mb: number; ms: number; schedules: number }) => {
      const ratio = previous === null ? "" : `  ×${(r.ms / previous).toFixed(2)} per doubling`;
      lines.push(
        `  ${r.mb.toFixed(1)} MB: ${r.ms.toFixed(0).padStart(6)} ms (${(r.ms / r.mb).toFixed(1)} ms/MB, ${r.schedules} schedules)${ratio}`,
      );
      previous = r.ms;
      step++;
      arm();
    });
    const done = () => {
      clearTimeout(timer);
      resolve(lines);
    };
    worker.on("error", (e) => {
      lines.push(`  error: ${e.message}`);
      done();
    });
    worker.on("exit", done);
  });
}

export async function run(): Promise<void> {
  console.log("checkSchedules on 1, 2, 4, 8 MB of each form; a linear reader doubles its time per doubling");
  for (const form of FORMS) {
    console.log(form);
    for (const line of await runForm(form)) console.log(line);
  }
}
