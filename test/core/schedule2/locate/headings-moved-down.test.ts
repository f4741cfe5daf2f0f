// Issue 11: never a row of figures dropped in silence. A schedule fragment (an inline-XBRL text
// block) whose heading row was moved down into a second table (with a `</table><table>` before it,
// as a mangled filing prints it) has its first table read by none of the locator's rules: it has no
// headings and the title owns nothing. Its figures are named in a parse note on the schedule read.
import { readSchedules } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

const IBM = readShared("fixtures/schedule2/07_ibm_fy2024.html");

/** IBM's schedule with its heading row moved to just above the "Revenue Based Provisions" rows. */
function headingsMovedDown(): string {
  const headingStart = IBM.lastIndexOf("<tr", IBM.indexOf("Description"));
  const headingEnd = IBM.indexOf("</tr>", headingStart) + "</tr>".length;
  const heading = IBM.slice(headingStart, headingEnd);
  const without = IBM.slice(0, headingStart) + IBM.slice(headingEnd);
  const at = without.lastIndexOf("<tr", without.indexOf("Revenue Based"));
  return without.slice(0, at) + "</table><table>" + heading + without.slice(at);
}

test("the unmoved fixture reads both accounts and names nothing unread", () => {
  const [schedule] = readSchedules(IBM);
  expect(schedule.rows.some((row) => /credit losses/i.test(row.account))).toBe(true);
  expect(schedule.parseNotes.filter((note) => /was not read/.test(note.message))).toEqual([]);
});

test("the allowance rows above the moved headings are named, not lost", () => {
  const schedules = readSchedules(headingsMovedDown());
  expect(schedules).toHaveLength(1);
  const [schedule] = schedules;
  // What is read is the part under the headings: the revenue-based provisions.
  expect(schedule.rows.length).toBeGreaterThan(0);
  expect(schedule.rows.every((row) => /revenue based provisions/i.test(row.account))).toBe(true);
  // The first allowance row, 2024's current allowance as the answer key has it (begin 431, provision
  // (11), write-offs (146), other (20), end 254), is named in the note with the rest counted.
  const notes = schedule.parseNotes.filter((note) => /before the schedule.*was not read/.test(note.message));
  expect(notes).toHaveLength(1);
  expect(notes[0].message).toContain("–Current $431 $(11) $(146) $(20) $254");
});
