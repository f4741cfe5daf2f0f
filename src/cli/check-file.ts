// One file through the Schedule II reader and checks, with its failure as data: the same code
// runs in-process and in a worker thread (check-worker.ts), so a batch reports every file.
import * as path from "path";
import { checkSchedules } from "../core/schedule2";
import { notesFor, type FileReportJson, type ReportNoteJson } from "../core/schedule2/report";
import { InputError, inputErrorMessage } from "./io";
import { readSources, type ScheduleSource } from "./sources";

/** A file's report, or the one line that says why it could not be checked. */
export type FileOutcome =
  { file: string; report: FileReportJson } | { file: string; error: string; internal: boolean };

/**
 * Every schedule in a file, checked: one report for the file, whatever number of sheets it has,
 * with a note for each table called a Schedule II that the classifier set aside (the JSON's
 * "notes", added to the contract's fields).
 */
export async function checkFile(file: string, tolerance: number): Promise<FileReportJson> {
  const sources = await readSources(file);
  const schedules = sources.flatMap((source) => checkSchedules(source, { tolerance, file }).schedules);
  const report = { file, schedules, notes: await notesOf(file, sources) };
  refuseUnrepresentable(report);
  return report;
}

/** The tables set aside: from each text source, or from every sheet of a workbook (not only those chosen). */
async function notesOf(file: string, sources: ScheduleSource[]): Promise<ReportNoteJson[]> {
  if (path.extname(file).toLowerCase() === ".xlsx") {
    const { readWorkbook } = await import("./xlsx");
    return notesFor(await readWorkbook(file));
  }
  return sources.flatMap((source) => (typeof source === "string" ? notesFor(source) : []));
}

/**
 * JSON has no number past ±1.8e308 (it would print null): such a figure is refused with the place
 * it was read from, rather than reported as a silent null or a wrong difference.
 */
function refuseUnrepresentable(report: FileReportJson): void {
  for (const schedule of report.schedules) {
    for (const row of schedule.rows) {
      const figures = [row.begin, ...row.additions, ...row.deductions, row.end];
      if (figures.some((f) => typeof f === "number" && !Number.isFinite(f))) {
        throw new InputError(
          `${report.file}: a figure in ${row.location || `the row ${row.account}`} is beyond ±1.8e308, ` +
            "more than any filing prints; check the figure (a stray run of digits?) and the table's units",
        );
      }
    }
    for (const finding of schedule.findings) {
      const numbers = [finding.expected, finding.actual, finding.difference];
      if (numbers.some((n) => typeof n === "number" && !Number.isFinite(n))) {
        throw new InputError(
          `${report.file}: the ${finding.check} check at ${finding.location} gives a figure beyond ±1.8e308; ` +
            "check the figures there and the table's units",
        );
      }
    }
  }
}

export async function checkFileOutcome(file: string, tolerance: number): Promise<FileOutcome> {
  try {
    return { file, report: await checkFile(file, tolerance) };
  } catch (error) {
    const message = inputErrorMessage(error);
    if (message !== null) return { file, error: message, internal: false };
    return { file, error: (error as Error)?.stack ?? String(error), internal: true };
  }
}
