// `tieout check` over many files: worker threads give the same reports as one file at a time, in
// the order given, a bad file among them is named without stopping the rest, and progress goes to
// a terminal only (never with --json, never on stdout).
import * as fs from "fs";
import * as path from "path";
import type { CheckReportJson } from "../../src/core/schedule2/types";
import { progressReporter } from "../../src/cli/schedule-commands";
import { SEED, tempDir, writeTamperedSeed } from "./fixtures";
import { tieout } from "./run";

const dir = tempDir("tieout-batch-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tampered = writeTamperedSeed(dir);
const missing = path.join(dir, "missing.txt");

describe("tieout check on worker threads", () => {
  it("prints the same JSON as --jobs 1, in the order given, and names a missing file", async () => {
    const files = [SEED, tampered, missing, SEED, tampered, SEED];
    const single = await tieout("check", "--json", "--jobs", "1", ...files);
    const parallel = await tieout("check", "--json", "--jobs", "3", ...files);
    expect(parallel.stdout).toBe(single.stdout);
    const reports = JSON.parse(parallel.stdout) as CheckReportJson[];
    expect(reports.map((r) => r.file)).toEqual(files.filter((f) => f !== missing));
    // The tampered seed has its three breaks wherever it stands in the batch.
    for (const report of reports) {
      const errors = report.schedules[0].findings.filter((f) => f.severity === "error");
      expect(errors).toHaveLength(report.file === tampered ? 3 : 0);
    }
    expect(parallel.stderr).toBe(`tieout check: cannot read ${missing}: no such file`);
    expect(parallel.code).toBe(2);
    expect(single.code).toBe(2);
  }, 120_000);

  it("refuses a --jobs that is not a whole number of 1 or more", async () => {
    for (const bad of ["0", "-1", "2.5", "0x2", "two"]) {
      const run = await tieout("check", SEED, `--jobs=${bad}`);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^tieout check: --jobs: '.*' is not a whole number of 1 or more/);
    }
  });
});

describe("progress of a long batch", () => {
  function reporter(enabled: boolean, withTerminal = true) {
    let clock = 0;
    const lines: string[] = [];
    const io = {
      out: () => {},
      err: () => {},
      ...(withTerminal ? { progress: (text: string) => lines.push(text) } : {}),
    };
    const progress = progressReporter(io, 800, enabled, () => clock);
    return { progress, lines, tick: (ms: number) => (clock += ms) };
  }

  it("shows 'N of 800 files' once the batch has run a second, and clears the line at the end", () => {
    const { progress, lines, tick } = reporter(true);
    progress.done(1); // at once: a short batch prints nothing
    tick(1500);
    progress.done(120);
    tick(500);
    progress.done(400);
    progress.clear();
    expect(lines).toEqual(["tieout check: 120 of 800 files", "tieout check: 400 of 800 files", ""]);
  });

  it("prints nothing with --json or without a terminal", () => {
    for (const { progress, lines, tick } of [reporter(false), reporter(true, false)]) {
      tick(5000);
      progress.done(500);
      progress.clear();
      expect(lines).toEqual([]);
    }
  });
});
