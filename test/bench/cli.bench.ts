// The command line as a user runs it: the compiled `tieout` (built here as `prepare` builds it,
// tsconfig.lib.json and then the one-file bundle of webpack.cli.config.js, into a private folder)
// started as a process, with V8's code cache in a private cache folder (written by a first, untimed
// run, as a user's first check writes it).
// 1. Start-up: `tieout check` on a small text file against `node -e 0`, interleaved runs, medians.
//    Aim (issue 10 item 4): 150 ms or less, i.e. what Node itself costs plus a little.
// 2. A batch over many whole filings: `--jobs 1` against the default (one job per core: the main
//    thread and a worker thread for each other core), with the reports compared so the parallel run
//    is known to give the same answer in the same order.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { htmlFiling, textSubmission } from "../fixtures/filings/generate";
import { readSeedSchedule, readShared } from "../support/shared";

const root = path.resolve(__dirname, "../..");
const STARTUP_RUNS = 15;
// Enough filings (about 90 MB) that starting a worker per core is a small part of the batch.
const BATCH_FILES = Number(process.env.TIEOUT_BENCH_FILES ?? 256); // fewer for a quick look
const BATCH_RUNS = 3;
const FILING_BYTES = 360 * 1024;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

let cacheHome = "";

function timed(args: string[]): { ms: number; stdout: string; status: number | null } {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30, env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, stdout: result.stdout, status: result.status };
}

function build(dir: string): string {
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json", "--outDir", dir],
    { cwd: root, stdio: "pipe" },
  );
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack/bin/webpack.js"),
      ...["--config", "webpack.cli.config.js", "--env", `lib=${dir}`, "--stats", "errors-only"],
    ],
    { cwd: root, stdio: "pipe" },
  );
  return path.join(dir, "cli", "main.js");
}

export async function run(): Promise<void> {
  // Inside node_modules so the compiled files resolve decimal.js and exceljs from the project.
  const buildDir = path.join(root, "node_modules", ".cache", `tieout-bench-cli-${process.pid}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-bench-cli-"));
  try {
    const bin = build(buildDir);
    cacheHome = path.join(work, "cache");
    const small = path.join(work, "seed.txt");
    fs.writeFileSync(small, readSeedSchedule());
    // The first run compiles and saves the code cache; the timed runs read it, as a user's do.
    timed([bin, "check", small]);

    const node: number[] = [];
    const check: number[] = [];
    const help: number[] = [];
    const vested: number[] = [];
    for (let i = 0; i < STARTUP_RUNS; i++) {
      node.push(timed(["-e", "0"]).ms);
      const result = timed([bin, "check", small]);
      if (result.status !== 0) throw new Error(`tieout check on the seed exited ${result.status}`);
      check.push(result.ms);
      help.push(timed([bin, "--help"]).ms);
      vested.push(
        timed([bin, "vested", "--grant", "2003-07-21", "--shares", "1000", "--as-of", "2004-02-21"]).ms,
      );
    }
    const base = median(node);
    console.log(`start-up, median of ${STARTUP_RUNS} interleaved runs:`);
    console.log(`  node -e 0 (baseline)             ${base.toFixed(0).padStart(5)} ms`);
    console.log(
      `  tieout --help                    ${median(help).toFixed(0).padStart(5)} ms  ${(median(help) / base).toFixed(2)}× node`,
    );
    console.log(
      `  tieout vested (reference grant)  ${median(vested).toFixed(0).padStart(5)} ms  ${(median(vested) / base).toFixed(2)}× node, +${(median(vested) - base).toFixed(0)} ms over node (aim: ≤ 150 ms in all)`,
    );
    console.log(
      `  tieout check seed.txt (1.5 KB)   ${median(check).toFixed(0).padStart(5)} ms  ${(median(check) / base).toFixed(2)}× node, +${(median(check) - base).toFixed(0)} ms over node (aim: ≤ 150 ms in all)`,
    );

    // Whole filings: old EDGAR text around the seed, and inline-style HTML around a real fixture.
    const seed = readSeedSchedule();
    const html = readShared("fixtures/schedule2/09_abbott_fy2023.html");
    const files: string[] = [];
    for (let i = 0; i < BATCH_FILES; i++) {
      const file = path.join(work, `filing-${String(i).padStart(3, "0")}.${i % 2 ? "htm" : "txt"}`);
      fs.writeFileSync(
        file,
        i % 2 ? htmlFiling(html, FILING_BYTES, i + 1) : textSubmission(seed, FILING_BYTES, i + 1),
      );
      files.push(file);
    }
    const mb = files.reduce((n, f) => n + fs.statSync(f).size, 0) / (1024 * 1024);
    const cores =
      typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
    const loadBefore = os.loadavg()[0];
    // Interleaved, so a burst of other work on the machine falls on both sides alike.
    const singleMs: number[] = [];
    const parallelMs: number[] = [];
    let parallelStdout = "";
    for (let i = 0; i < BATCH_RUNS; i++) {
      const oneCore = timed([bin, "check", "--json", "--jobs", "1", ...files]);
      const everyCore = timed([bin, "check", "--json", ...files]);
      if (oneCore.stdout !== everyCore.stdout)
        throw new Error("the parallel batch's report differs from --jobs 1");
      singleMs.push(oneCore.ms);
      parallelMs.push(everyCore.ms);
      parallelStdout = everyCore.stdout;
    }
    const single = { ms: median(singleMs) };
    const parallel = { ms: median(parallelMs), stdout: parallelStdout };
    const reports = JSON.parse(parallel.stdout) as { file: string }[];
    if (reports.map((r) => r.file).join() !== files.join())
      throw new Error("the batch's reports are out of order");
    console.log(
      `batch: ${BATCH_FILES} whole filings, ${mb.toFixed(1)} MB, ${cores} cores, median of ${BATCH_RUNS} interleaved runs (identical JSON, in order):`,
    );
    // Worker threads only help with idle cores: the load says how many other processes wanted them.
    console.log(
      `  load average before / after: ${loadBefore.toFixed(1)} / ${os.loadavg()[0].toFixed(1)} (other processes on these ${cores} cores)`,
    );
    console.log(`  --jobs 1 (baseline)              ${single.ms.toFixed(0).padStart(5)} ms`);
    console.log(
      `  default (${cores} jobs: main + ${cores - 1} worker${cores === 2 ? "" : "s"})  ${parallel.ms.toFixed(0).padStart(5)} ms  ${(single.ms / parallel.ms).toFixed(2)}× faster`,
    );
  } finally {
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}
