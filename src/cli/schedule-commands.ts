// `tieout check` and `tieout import`: Schedule II files through the reader and the checks.
import { checkSchedules, readSchedules } from "../core/schedule2";
import { formatTextReport } from "../core/schedule2/report";
import type { CheckReportJson, ScheduleModel } from "../core/schedule2/types";
import { scheduleSheetPlan } from "../core/workbook";
import { EXIT, UsageError, type CliIo } from "./io";
import { optionalText, parseCommand, requiredText } from "./options";
import { readSources } from "./sources";
import { writeWorkbook } from "./xlsx";

function toleranceFrom(text: string | null): number {
  if (text === null) return 0;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || text.trim() === "") {
    throw new UsageError(`--tolerance: '${text}' is not a number of 0 or more`);
  }
  return value;
}

/** Every schedule in a file, checked: one report for the file, whatever number of sheets it has. */
export async function checkFile(file: string, tolerance: number): Promise<CheckReportJson> {
  const sources = await readSources(file);
  const schedules = sources.flatMap((source) => checkSchedules(source, { tolerance, file }).schedules);
  return { file, schedules };
}

const hasBreaks = (report: CheckReportJson) =>
  report.schedules.some((s) => s.findings.some((f) => f.severity === "error"));

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { json: { type: "boolean" }, tolerance: { type: "string" } },
    true,
  );
  if (positionals.length === 0) throw new UsageError("name at least one file to check");
  const tolerance = toleranceFrom(optionalText(values, "tolerance"));
  const reports: CheckReportJson[] = [];
  let exitCode: number = EXIT.ok;
  for (const file of positionals) {
    try {
      const report = await checkFile(file, tolerance);
      reports.push(report);
      if (report.schedules.length === 0) {
        io.err(`tieout check: ${file}: no Schedule II table found`);
        exitCode = EXIT.usage;
      } else if (hasBreaks(report) && exitCode === EXIT.ok) {
        exitCode = EXIT.breaks;
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`tieout check: ${error.message}`);
      exitCode = EXIT.usage;
    }
  }
  if (values.json) {
    // One file prints its report object (as the library's checkSchedule returns it); several, an array.
    const json = positionals.length === 1 ? reports[0] : reports;
    if (json !== undefined) io.out(JSON.stringify(json, null, 2));
  } else {
    if (reports.length > 0) io.out(formatTextReport(reports).trimEnd());
  }
  return exitCode;
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, { out: { type: "string" } }, true);
  if (positionals.length !== 1) throw new UsageError("name exactly one file to import");
  const out = requiredText(values, "out");
  if (!out.toLowerCase().endsWith(".xlsx")) throw new UsageError(`--out: '${out}' must name an .xlsx file`);
  const [file] = positionals;
  const sources = await readSources(file);
  const models: ScheduleModel[] = sources.flatMap((source) => readSchedules(source, { file }));
  if (models.length === 0) {
    io.err(`tieout import: ${file}: no Schedule II table found`);
    return EXIT.usage;
  }
  await writeWorkbook(models.map(scheduleSheetPlan), out);
  const rows = models.reduce((n, m) => n + m.rows.length, 0);
  io.out(`Wrote ${models.length} schedule${models.length === 1 ? "" : "s"} (${rows} rows) to ${out}`);
  return EXIT.ok;
}
