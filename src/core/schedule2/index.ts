// The Schedule II library entry: find the schedules in a filing (text, HTML or a grid of cells),
// lay them out, check them, and give the JSON of `tieout check --json`.
import { inferSignConvention } from "./checks";
import { gridToRawTable, type CellGrid } from "./grid";
import { readHtmlTables } from "./html";
import { layoutTable } from "./layout";
import { findScheduleSources, isFragment } from "./locate";
import { checkSchedule, toReportJson } from "./report";
import { readTextTables } from "./text";
import type { CheckOptions, CheckReportJson, RawTable, ScheduleModel } from "./types";

export * from "./types";
export type { CellGrid } from "./grid";
export { layoutTable } from "./layout";
export { readTextTables } from "./text";

const HTML_MARKUP = /<t[dr][\s>/]/i;

function tablesOf(input: string): RawTable[] {
  return findScheduleSources(input).flatMap((source) =>
    source.kind === "html" ? [source.table] : readTextTables(source.text, source.firstLine),
  );
}

function wholeInputTables(input: string): RawTable[] {
  return HTML_MARKUP.test(input) ? readHtmlTables(input) : readTextTables(input);
}

function schedulesIn(tables: RawTable[]): ScheduleModel[] {
  const models: ScheduleModel[] = [];
  for (const table of tables) {
    const model = layoutTable(table);
    if (model && model.rows.length > 0) models.push({ ...model, signConvention: inferSignConvention(model) });
  }
  return models;
}

/**
 * Every Schedule II in the input: a whole filing or a fragment, HTML or text, or a grid of cells.
 * When a fragment's schedule cannot be found by its title or headers, the whole fragment is read as
 * the table; a whole filing without a findable schedule has none (its other tables are not schedules).
 */
export function readSchedules(input: string | CellGrid, _options?: { file?: string }): ScheduleModel[] {
  if (typeof input !== "string") return schedulesIn([gridToRawTable(input)]);
  const found = schedulesIn(tablesOf(input));
  return found.length > 0 || !isFragment(input) ? found : schedulesIn(wholeInputTables(input));
}

/** Reads and checks every schedule in the input: the JSON of `tieout check --json` for one file. */
export function checkSchedules(
  input: string | CellGrid,
  options?: CheckOptions & { file?: string },
): CheckReportJson {
  const schedules = readSchedules(input, options).map((model) => checkSchedule(model, options));
  return toReportJson(options?.file ?? "", schedules);
}
