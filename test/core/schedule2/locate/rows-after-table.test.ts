// Issue 11: rows of an EDGAR text schedule printed past its </TABLE> (the close tag moved up above
// the Total row, or above the last year's block) are not left outside the schedule in silence: they
// are taken as a slice of their own and named on the schedule in a parse warning. Lines after the
// tag that are not rows like the table's (prose, a footnote, a table of another width) are not.
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { findScheduleSources } from "../../../../src/core/schedule2/locate";
import { readSeedSchedule } from "../../../support/shared";

const SEED = readSeedSchedule(); // Lantronix: three years in one <TABLE>, each with a Total row
const LINES = SEED.split("\n");
const CLOSE = LINES.indexOf("</TABLE>");

/** The seed with its </TABLE> line moved up to stand just before the line that reads `before`. */
function closedBefore(before: string): string {
  const lines = LINES.filter((_, index) => index !== CLOSE);
  lines.splice(lines.indexOf(before), 0, "</TABLE>");
  return lines.join("\n");
}

const parseMessages = (text: string) =>
  checkSchedules(text).schedules.flatMap((s) =>
    s.findings.filter((f) => f.check === "parse").map((f) => f.message),
  );

/** Each row read, as "period account end" (the seed's figures, in thousands). */
const rowsOf = (text: string) =>
  readSchedules(text).flatMap((s) => s.rows.map((r) => `${r.period} ${r.account} ${r.end.toNumber()}`));

test("the seed as filed: 12 rows, no parse warning", () => {
  expect(CLOSE).toBe(LINES.length - 1);
  expect(rowsOf(SEED)).toHaveLength(12);
  expect(parseMessages(SEED)).toEqual([]);
});

test("</TABLE> moved above the 2004 Total row: the Total row is named, the rows above it read", () => {
  const text = closedBefore(
    LINES.find((line) => line.startsWith("Total") && line.includes("9,762  $       1,372"))!,
  );
  expect(rowsOf(text)).toHaveLength(11);
  expect(rowsOf(text)).toContain("2004 Warranty reserve 1770");
  const messages = parseMessages(text);
  expect(messages).toHaveLength(1);
  // The 2004 Total: 9,762 at the start, 7,976 at the end.
  expect(messages[0]).toMatch(/1 row of figures were not checked, from "Total" \$ 9,762 .*\$ 7,976/);
});

test("</TABLE> moved above the 2004 block: its four rows are named", () => {
  const text = closedBefore("Year ended June 30, 2004:");
  expect(rowsOf(text).filter((row) => row.startsWith("2004"))).toEqual([]);
  const messages = parseMessages(text);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(
    /4 rows of figures were not checked, from "Allowance for doubtful accounts" \$ 572 /,
  );
});

test("the rows after the tag are a source of their own, from the line after the tag", () => {
  const text = closedBefore("Year ended June 30, 2004:");
  const sources = findScheduleSources(text);
  expect(sources).toHaveLength(2);
  const [, after] = sources;
  if (after.kind !== "text") throw new Error("expected a text source");
  expect(after.firstLine).toBe(text.split("\n").indexOf("</TABLE>") + 2);
  expect(after.text.split("\n")[0]).toBe("Year ended June 30, 2004:");
  expect(after.text).toMatch(/\$\s+7,976$/);
});

test("an untitled fragment (the <TABLE> alone) closed above its 2004 block: the four rows are named", () => {
  const fragment = closedBefore("Year ended June 30, 2004:")
    .split("\n")
    .filter((_, index) => index >= LINES.indexOf("<TABLE>"))
    .join("\n");
  expect(fragment.startsWith("<TABLE>")).toBe(true);
  expect(rowsOf(fragment)).toHaveLength(8);
  expect(parseMessages(fragment)).toEqual([
    expect.stringMatching(
      /4 rows of figures were not checked, from "Allowance for doubtful accounts" \$ 572 /,
    ),
  ]);
});

describe("lines after a </TABLE> in its place are not taken", () => {
  const rule = "=".repeat(10);
  test.each([
    ["a footnote", "(1) Represents write-offs of 1,187, net of recoveries."],
    [
      "a paragraph of prose before figures",
      "The Company evaluated the reserves below at each balance sheet date of the three years\n" +
        "Other data        1,204      33      12     1,225",
    ],
    [
      "a table of another width",
      `Quarterly data   ${Array.from({ length: 16 }, (_, i) => 100 + i).join("   ")}`,
    ],
    ["rows after three blank lines", `\n\n\n\nNet sales        1,204      33      12     1,225     ${rule}`],
  ])("%s", (_, after) => {
    const text = `${SEED}\n${after}`;
    expect(findScheduleSources(text)).toHaveLength(1);
    expect(parseMessages(text)).toEqual([]);
    expect(rowsOf(text)).toHaveLength(12);
  });
});
