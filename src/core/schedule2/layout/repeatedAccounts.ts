// An account read twice within one period (issue 11: never merge two blocks in silence). A table
// printed as one block per year names every account once a year; when a block's year line is lost
// (deleted, garbled, or never printed), its rows are read under the period above them, so that
// period holds the same account twice and the year they belong to holds none. The checks cannot
// tell which rows belong where (continuity pairs a name only when both periods print it as many
// times), so the layout says so aloud: a parse note at the second row naming the account, the
// period and both rows. Totals are left out (a table may total each section under the same label).
import { accountKey } from "../checks/accountKey";
import type { ScheduleModel, ScheduleRowModel } from "../types";

type Note = ScheduleModel["parseNotes"][number];

/** One note for each account (by its key) printed more than once in a period, at its second row. */
export function repeatedAccountNotes(rows: readonly ScheduleRowModel[]): Note[] {
  const first = new Map<string, ScheduleRowModel>();
  const noted = new Set<string>();
  const notes: Note[] = [];
  for (const row of rows) {
    const name = accountKey(row.account);
    if (row.isTotal || name === "") continue;
    const key = `${row.period}\u0000${name}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    if (noted.has(key)) continue;
    noted.add(key);
    const period = row.periodLabel || row.period;
    notes.push({
      location: row.location,
      message:
        `"${row.account}" is read twice ${period ? `in ${period}` : "with no period"} (${earlier.location} and ${row.location}):` +
        " rows of another period may have been read as this one's (a period line missing or unread)",
    });
  }
  return notes;
}
