// Issue 11: never a row of figures dropped in silence. A text schedule's slice starts at its title
// line; when the title line was moved into the middle of the table (fuzz case 20261203:28522 on
// fixture 222, a pipe render with one cell per line: the title swapped with the "|" line between
// the 2011 and the 2010 blocks), the 2011 block above it was outside every slice, unread and
// unnamed. Rows of the same table right above the title are now a slice of their own (read, since
// they carry their own column headings). Prose and other tables above a title, normal in a 10-K,
// are not taken.
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

const F222 = readShared("fixtures/schedule2-batch2/222_cik1431824_fy2011.txt");
const LINES = F222.split("\n");
const TITLE = 1; // "21. VALUATION AND QUALIFYING ACCOUNTS", the second line
const BETWEEN_YEARS = 157; // line 158, a "|" line of the run between the 2011 and 2010 blocks

/** The fixture with its title line and the "|" line between the two year blocks swapped. */
function titleMovedDown(): string {
  const lines = LINES.slice();
  [lines[TITLE], lines[BETWEEN_YEARS]] = [lines[BETWEEN_YEARS], lines[TITLE]];
  return lines.join("\n");
}

/** Each row read, as "period account begin end". */
const rowsOf = (text: string) =>
  readSchedules(text).flatMap((s) =>
    s.rows.map((r) => `${r.period} ${r.account} ${r.begin.toNumber()} ${r.end.toNumber()}`),
  );

const parseMessages = (text: string) =>
  checkSchedules(text).schedules.flatMap((s) =>
    s.findings.filter((f) => f.check === "parse").map((f) => f.message),
  );

test("the fixture as filed has its title on line 2 and the 2010 block from line 164", () => {
  expect(LINES[TITLE]).toBe("21. VALUATION AND QUALIFYING ACCOUNTS");
  expect(LINES.slice(BETWEEN_YEARS - 7, 163)).toEqual(Array(13).fill("|"));
  expect(LINES[163]).toBe("|For the Year Ended");
  expect(LINES[164]).toBe("December 31, 2010");
  expect(rowsOf(F222)).toHaveLength(6);
});

test("with the title moved between the years, the 2011 block above it is still read", () => {
  const rows = rowsOf(titleMovedDown());
  // The fixture's 2011 figures: 3,124 + 6,089 − 6,510 = 2,703; 1,829 + 583 + 165 = 2,577;
  // 3,773 + 19,593 = 23,366 (the tax valuation allowance).
  expect(rows).toContain("2011 Allowance for Trade Receivables 3124 2703");
  expect(rows).toContain("2011 Allowance for inventories 1829 2577");
  expect(rows).toContain("2011 Tax valuation allowance 3773 23366");
  // The 2010 block below the title as before: three rows.
  expect(rows.filter((row) => row.startsWith("2010 "))).toHaveLength(3);
  expect(rows).toHaveLength(6);
});

describe("what stands above a title and is not the schedule's is not taken", () => {
  const cases: [string, string[]][] = [
    [
      "another table of the same render (quarterly figures), right above the title",
      [
        "|Quarter",
        "|First",
        "|Second",
        "|Net sales",
        "|1,204",
        "|1,310",
        "|Gross profit",
        "|402",
        "|455",
        "|",
      ],
    ],
    [
      "a paragraph of the notes before rows of the schedule's accounts",
      [
        "|Allowance for",
        "inventories",
        "|1,829",
        "|583",
        "|165",
        "|2,577",
        "The Company reviews the allowances below at the end of each quarter and year.",
        "|",
      ],
    ],
  ];
  test.each(cases)("%s", (_, above) => {
    const lines = LINES.slice();
    lines.splice(TITLE, 0, ...above);
    const text = lines.join("\n");
    expect(rowsOf(text)).toEqual(rowsOf(F222));
    expect(parseMessages(text)).toEqual(parseMessages(F222));
    expect(readSchedules(text)).toHaveLength(readSchedules(F222).length);
  });
});
