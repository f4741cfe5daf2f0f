// The Schedule II library entry: find the schedules in a filing (text, HTML or a grid of cells),
// lay them out, check them, and give the JSON of `tieout check --json`.
import { inferSignConvention } from "./checks";
import type { CellGrid } from "./grid";
import { layoutTable } from "./layout";
import { unlaidTableNote } from "./layout/unreadFigures";
import { findScheduleSources, isFragment, surveySchedules } from "./locate";
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
  if (!HTML_MARKUP.test(input)) return readTextTables(input);
  // The HTML table reader loads only for HTML: a text check never pays for it at start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readHtmlTables } = require("./html") as typeof import("./html");
  return readHtmlTables(input);
}

function schedulesIn(tables: RawTable[]): ScheduleModel[] {
  const laidOut: { model: ScheduleModel; of?: number }[] = [];
  // Located tables that laid out to nothing, with the schedule count before them: named on a schedule.
  const unlaid: { table: RawTable; after: number }[] = [];
  for (const table of tables) {
    const model = layoutTable(table);
    if (!model || model.rows.length === 0) {
      unlaid.push({ table, after: laidOut.length });
      continue;
    }
    const last = laidOut[laidOut.length - 1];
    // Sub-tables of one printed table (each with its own header) are one schedule.
    if (last && table.part && last.of === table.part.of) {
      last.model = {
        ...last.model,
        rows: [...last.model.rows, ...model.rows],
        parseNotes: [...last.model.parseNotes, ...model.parseNotes],
      };
      continue;
    }
    laidOut.push({ model, of: table.part?.of });
  }
  if (laidOut.length > 0) {
    for (const { table, after } of unlaid) {
      const note = unlaidTableNote(table);
      // On the schedule just before it, or the first one when it came before every schedule.
      const target = laidOut[Math.max(0, after - 1)];
      if (note) target.model = { ...target.model, parseNotes: [...target.model.parseNotes, note] };
    }
  }
  return laidOut.map(({ model }) => ({ ...model, signConvention: inferSignConvention(model) }));
}

/**
 * Every Schedule II in the input: a whole filing or a fragment, HTML or text, or a grid of cells.
 * When a fragment's schedule cannot be found by its title or headers, the whole fragment is read as
 * the table; a whole filing without a findable schedule has none (its other tables are not schedules).
 */
export function readSchedules(input: string | CellGrid, _options?: { file?: string }): ScheduleModel[] {
  if (typeof input !== "string") {
    // The grid readers load only for a grid: a text or HTML check (the command line's usual case)
    // never pays for them at start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { gridToRawTable, readImportedSheet } = require("./grid") as typeof import("./grid");
    // The sheet Tieout's Import wrote reads back as the schedule it came from.
    const imported = readImportedSheet(input);
    return imported ? [imported] : schedulesIn([gridToRawTable(input)]);
  }
  const found = schedulesIn(tablesOf(input));
  // A fragment whose table the classifier set aside (the pre-1995 Schedule II) is not read whole either.
  const setAside = () => surveySchedules(input).skipped.length > 0;
  return found.length > 0 || !isFragment(input) || setAside() ? found : schedulesIn(wholeInputTables(input));
}

/** Reads and checks every schedule in the input: the JSON of `tieout check --json` for one file. */
export function checkSchedules(
  input: string | CellGrid,
  options?: CheckOptions & { file?: string },
): CheckReportJson {
  const schedules = readSchedules(input, options).map((model) => checkSchedule(model, options));
  return toReportJson(options?.file ?? "", schedules);
}
