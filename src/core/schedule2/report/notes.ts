// What the reader set aside, for the report: tables called a Schedule II (by a title, a schedule
// number or roll-forward headings) that the classifier found are not valuation and qualifying
// accounts — the pre-1995 Schedule II of related-party receivables, a property schedule, another
// statement. `tieout check` prints each note and gives them as the report's "notes" field.
import type { SkippedTable } from "../classify";
import type { CellGrid } from "../grid";
import type * as Workbook from "../grid/workbook";
import { surveySchedules } from "../locate";

/** One table set aside: where it starts, what it is, the words that decided, and a sentence. */
export type ReportNoteJson = SkippedTable;

/** The tables set aside in one source: a filing's text or HTML, or a workbook's sheets. */
export function notesFor(source: string | CellGrid[]): ReportNoteJson[] {
  if (typeof source === "string") return surveySchedules(source).skipped;
  // Loaded only for a workbook's sheets, so a text or HTML check does not load the sheet readers.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { skippedSheets } = require("../grid/workbook") as typeof Workbook;
  return skippedSheets(source);
}
