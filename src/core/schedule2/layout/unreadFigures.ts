// Rows with figures that yielded no schedule row (issue 11: never drop a row with figures in
// silence). After a table is laid out, a source row of the table below the first row read (a row
// moved under a footnote is one too) that carries two or more figures, is not a header row, and
// from which no schedule row took a cell, gets a parse note naming it: its figures were not read.
// Title lines and year headers lie above the first row read or are headers; footnote text ("(1)
// Represents write-offs") and page numbers carry fewer than two figures, so they get none.
import type { RawTable, ScheduleModel, ScheduleRowModel } from "../types";
import { classifyRow, locationOf, type ClassifiedRow } from "./rows";

type Note = ScheduleModel["parseNotes"][number];

/** The parse notes for `rows` (the table's classified rows) that no row of `read` came from and `noted` does not name. */
export function unreadFigureNotes(
  rows: readonly ClassifiedRow[],
  headerIndexes: ReadonlySet<number>,
  read: readonly ScheduleRowModel[],
  noted: readonly Note[] = [],
): Note[] {
  const taken = new Set(read.flatMap((row) => [row.location, ...row.cellLocations]));
  // A row the layout already has a note for ("Row not read (5 amounts for 4 columns)") gets no second.
  const said = new Set(noted.map((note) => note.location));
  const isRead = (row: ClassifiedRow) => row.cells.some((cell) => taken.has(locationOf(cell)));
  const first = rows.findIndex(isRead);
  if (first < 0) return [];
  const notes: Note[] = [];
  for (let i = first + 1; i < rows.length; i++) {
    const row = rows[i];
    if (headerIndexes.has(i) || row.values.length < 2 || isRead(row)) continue;
    if (row.cells.some((cell) => said.has(locationOf(cell)))) continue;
    const location = locationOf(row.values[0].cell);
    const figures = row.values.map((v) => v.cell.text.trim()).join(" ");
    const label = row.label?.text.trim();
    notes.push({
      location,
      message: `${label ? `"${label}" ` : ""}${figures}: these figures were not read as a row of the schedule`,
    });
  }
  return notes;
}

/**
 * A table the locator took for (part of) a Schedule II that laid out to no rows, while another gave a
 * schedule (its headings too damaged to name the columns, say): a note naming its rows of figures, for
 * the schedule beside it, so they are not lost in silence. Null when the table has no row of figures.
 */
export function unlaidTableNote(table: RawTable): Note | null {
  const figureRows = table.rows.map((cells) => classifyRow(cells)).filter((row) => row.values.length >= 2);
  if (figureRows.length === 0) return null;
  const first = figureRows[0];
  const label = first.label?.text.trim();
  const figures = first.values.map((v) => v.cell.text.trim()).join(" ");
  const count = figureRows.length === 1 ? "1 row" : `${figureRows.length} rows`;
  return {
    location: locationOf(first.values[0].cell) || locationOf(first.cells[0]),
    message: `A table beside the schedule could not be laid out (no column headings above its rows name the balances): its ${count} of figures were not checked, from ${label ? `"${label}" ` : ""}${figures}`,
  };
}
