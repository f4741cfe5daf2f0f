// One file through the Schedule II reader and checks, with its failure as data: the same code
// runs in-process and in a worker thread (check-worker.ts), so a batch reports every file.
import { checkSchedules } from "../core/schedule2";
import type { CheckReportJson } from "../core/schedule2/types";
import { inputErrorMessage } from "./io";
import { readSources } from "./sources";

/** A file's report, or the one line that says why it could not be checked. */
export type FileOutcome =
  { file: string; report: CheckReportJson } | { file: string; error: string; internal: boolean };

/** Every schedule in a file, checked: one report for the file, whatever number of sheets it has. */
export async function checkFile(file: string, tolerance: number): Promise<CheckReportJson> {
  const sources = await readSources(file);
  const schedules = sources.flatMap((source) => checkSchedules(source, { tolerance, file }).schedules);
  return { file, schedules };
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
