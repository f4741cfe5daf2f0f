// Issue 11, never drop a row with figures in silence: an EDGAR text table that goes on past an
// early </TABLE> (see earlyTableClose.test.ts) stops at a line of prose; the rows of its layout
// after that line were left outside every table, unread and unnamed. They are named in a parse note
// on the schedule. The seed (Lantronix) with its <S> line and </TABLE> swapped, so the whole table
// lies past the tag (the text locator finds no titled schedule, and the whole input is read), and
// a sentence slipped in under 2004's inventory row.
import { checkSchedules } from "../../../../src/core/schedule2";
import { readSeedSchedule } from "../../../support/shared";

const SEED = readSeedSchedule().split("\n");
const SENTENCE = "The Company revised its estimate of warranty costs in the fourth quarter of the year.";

function seedWith(sentence: string | null): string {
  const lines = SEED.slice();
  expect(lines[15]).toMatch(/^<S>/);
  expect(lines[39]).toMatch(/^<\/TABLE>/);
  expect(lines[34]).toMatch(/^Reserve for excess and obsolete inventory\s+7,997/);
  [lines[15], lines[39]] = [lines[39], lines[15]];
  if (sentence !== null) lines.splice(35, 0, sentence);
  return lines.join("\n");
}

function read(text: string) {
  const report = checkSchedules(text);
  return {
    rows: report.schedules.flatMap((s) => s.rows.map((r) => `${r.period} ${r.account} ${Number(r.end)}`)),
    parse: report.schedules.flatMap((s) => s.findings.filter((f) => f.check === "parse")),
  };
}

test("with no sentence slipped in, the twelve rows are read and nothing is named", () => {
  const { rows, parse } = read(seedWith(null));
  expect(rows).toHaveLength(12);
  expect(parse).toEqual([]);
});

test("the rows under the sentence are named; those above it are read", () => {
  const { rows, parse } = read(seedWith(SENTENCE));
  // 2002 and 2003 whole (four rows each with the Total), and 2004's first two rows.
  expect(rows).toHaveLength(10);
  expect(rows).toContain("2004 Allowance for doubtful accounts 177");
  expect(rows).toContain("2004 Reserve for excess and obsolete inventory 6029");
  expect(rows.some((row) => /^2004 (Warranty|Total)/.test(row))).toBe(false);
  // 2004's warranty reserve (1,193 + 1,168 − 591 = 1,770) and Total (9,762 + 1,372 − 3,158 = 7,976).
  const messages = parse.map((f) => f.message);
  expect(messages).toHaveLength(2);
  expect(messages[0]).toMatch(/^"Warranty reserve" 1,193 1,168 - 591 1,770: .*not read/);
  expect(messages[1]).toMatch(/^"Total" \$ 9,762 \$ 1,372 \$ - \$ 3,158 \$ 7,976: .*not read/);
  // Named at their own lines (1-based: the warranty row is on line 37 once the sentence is in).
  expect(parse.map((f) => f.location)).toEqual(["line 37", "line 39"]);
});
