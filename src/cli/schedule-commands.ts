// `tieout check` and `tieout import`: Schedule II files through the reader and the checks.
// Only what `check` on a text file needs is loaded, and only once the command line is read:
// workbooks and worker threads load when an input or a batch needs them (start-up time is most of
// a small check), and a batch starts its workers before the main thread loads the checker.
import * as fs from "fs";
import * as os from "os";
import type { CheckReportJson, ScheduleModel } from "../core/schedule2/types";
import type { FileOutcome } from "./check-file";
import { EXIT, UsageError, type CliIo } from "./io";
import { amountFlag, optionalText, parseCommand, requiredText } from "./options";

function toleranceFrom(text: string | null): number {
  if (text === null) return 0;
  const value = amountFlag(text, "tolerance");
  if (value.isNegative()) throw new UsageError(`--tolerance: '${text}' is negative; use 0 or more`);
  return value.toNumber();
}

function jobsFrom(text: string | null, fallback: () => number): number {
  if (text === null) return fallback();
  if (!/^[1-9]\d{0,3}$/.test(text))
    throw new UsageError(`--jobs: '${text}' is not a whole number of 1 or more`);
  return Number(text);
}

const hasBreaks = (report: CheckReportJson) =>
  report.schedules.some((s) => s.findings.some((f) => f.severity === "error"));

// Worker threads pay for themselves past about a megabyte of input; a file this large is checked in
// a worker even alone, so running out of memory fails that file with a message instead of aborting.
const BATCH_BYTES = 1 << 20;
const LARGE_FILE_BYTES = 32 << 20;
const PROGRESS_AFTER_MS = 1000;

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0; // the reader reports a missing file in its own words
  }
}

/** Progress on a terminal for long batches: "120 of 800 files", redrawn in place; never with --json. */
export function progressReporter(io: CliIo, total: number, enabled: boolean, now = Date.now) {
  const started = now();
  let shown = false;
  let last = 0;
  return {
    done(count: number) {
      const time = now();
      if (!enabled || !io.progress || time - started < PROGRESS_AFTER_MS || time - last < 100) return;
      last = time;
      shown = true;
      io.progress(`tieout check: ${count} of ${total} files`);
    },
    clear() {
      if (shown) io.progress?.("");
    },
  };
}

async function checkAll(
  files: string[],
  tolerance: number,
  jobs: { count: number; asked: boolean },
  progress: ReturnType<typeof progressReporter>,
): Promise<FileOutcome[]> {
  const sizes = files.map(sizeOf);
  const total = sizes.reduce((a, b) => a + b, 0);
  const batch = jobs.count > 1 && files.length > 1 && (jobs.asked || total >= BATCH_BYTES);
  const useWorkers = batch || sizes.some((s) => s >= LARGE_FILE_BYTES);
  if (useWorkers) {
    const { checkInWorkers } = await import("./check-pool");
    return checkInWorkers(files, tolerance, jobs.count, (done) => progress.done(done), {
      sizes,
      mainThreadBelow: LARGE_FILE_BYTES,
    });
  }
  const { checkFileOutcome } = await import("./check-file");
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    outcomes.push(await checkFileOutcome(file, tolerance));
    progress.done(outcomes.length);
  }
  return outcomes;
}

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { json: { type: "boolean" }, tolerance: { type: "string" }, jobs: { type: "string" } },
    true,
  );
  if (positionals.length === 0) throw new UsageError("name at least one file to check");
  const tolerance = toleranceFrom(optionalText(values, "tolerance"));
  const jobsText = optionalText(values, "jobs");
  const jobs = {
    count: jobsFrom(jobsText, () => os.availableParallelism?.() ?? os.cpus().length),
    asked: jobsText !== null,
  };
  const progress = progressReporter(io, positionals.length, !values.json);
  const outcomes = await checkAll(positionals, tolerance, jobs, progress);
  progress.clear();

  const reports: CheckReportJson[] = [];
  let exitCode: number = EXIT.ok;
  for (const outcome of outcomes) {
    if ("error" in outcome) {
      io.err(
        outcome.internal
          ? `tieout check: ${outcome.file}: unexpected error (please report it): ${outcome.error}`
          : `tieout check: ${outcome.error.includes(outcome.file) ? "" : `${outcome.file}: `}${outcome.error}`,
      );
      exitCode = EXIT.usage;
      continue;
    }
    const { report } = outcome;
    reports.push(report);
    if (report.schedules.length === 0) {
      io.err(`tieout check: ${outcome.file}: no Schedule II table found`);
      exitCode = EXIT.usage;
    } else if (hasBreaks(report) && exitCode === EXIT.ok) {
      exitCode = EXIT.breaks;
    }
  }
  if (values.json) {
    // One file prints its report object (as the library's checkSchedule returns it); several, an array.
    const json = positionals.length === 1 ? reports[0] : reports;
    if (json !== undefined) io.out(JSON.stringify(json, null, 2));
  } else {
    if (reports.length > 0) {
      const { formatTextReport } = await import("../core/schedule2/report");
      io.out(formatTextReport(reports).trimEnd());
    }
  }
  return exitCode;
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { checkOutPath, FORCE_OPTION } = await import("./out-file");
  const { values, positionals } = parseCommand(args, { out: { type: "string" }, ...FORCE_OPTION }, true);
  if (positionals.length !== 1) throw new UsageError("name exactly one file to import");
  const out = requiredText(values, "out");
  if (!out.toLowerCase().endsWith(".xlsx")) throw new UsageError(`--out: '${out}' must name an .xlsx file`);
  checkOutPath(out, values.force === true);
  const [file] = positionals;
  const [{ readSources }, { readSchedules }] = await Promise.all([
    import("./sources"),
    import("../core/schedule2"),
  ]);
  const sources = await readSources(file);
  const models: ScheduleModel[] = sources.flatMap((source) => readSchedules(source, { file }));
  if (models.length === 0) {
    io.err(`tieout import: ${file}: no Schedule II table found`);
    return EXIT.usage;
  }
  const [{ scheduleSheetPlan }, { writeWorkbook }] = await Promise.all([
    import("../core/workbook"),
    import("./xlsx"),
  ]);
  await writeWorkbook(models.map(scheduleSheetPlan), out);
  const rows = models.reduce((n, m) => n + m.rows.length, 0);
  io.out(`Wrote ${models.length} schedule${models.length === 1 ? "" : "s"} (${rows} rows) to ${out}`);
  return EXIT.ok;
}
