// Issue 11: never a row of figures dropped in silence. An untagged text schedule goes on over runs
// of blank lines to the next year's block, unless a line of prose comes before that block's first
// row (a paragraph after the schedule is not the schedule's). A sentence slipped in above a year's
// block (or in place of its year line) so ended the schedule there, and the rows of that year and of
// the years after it vanished without a word. They are now named on the schedule. Fixture 201
// (Goodyear, 2006 / 2005 / 2004 blocks over blank lines); a paragraph after the schedule and a
// table of other rows after a paragraph are still left out without a note.
import { checkSchedules } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

const F201 = readShared("fixtures/schedule2-batch2/201_goodyear_fy2006.txt").split("\n");
const SENTENCE = "The Company changed the way it estimates its allowance for doubtful accounts.";

function read(lines: string[]) {
  const report = checkSchedules(lines.join("\n"));
  return {
    rows: report.schedules.flatMap((s) => s.rows.map((r) => `${r.period} ${r.account} ${Number(r.end)}`)),
    // The notes that name figures left unread (the fixture has notes of its own on empty cells).
    parse: report.schedules.flatMap((s) =>
      s.findings
        .filter((f) => f.check === "parse" && /not (?:read|checked)/.test(f.message))
        .map((f) => f.message),
    ),
  };
}

/** The fixture's lines, with what the case expects at 1-based line numbers checked first. */
function fixture(expected: Record<number, RegExp>): string[] {
  for (const [number, pattern] of Object.entries(expected)) expect(F201[Number(number) - 1]).toMatch(pattern);
  return F201.slice();
}

test("as filed: the three years are read, two rows each, and no figures are named unread", () => {
  const { rows, parse } = read(F201);
  expect(rows).toHaveLength(6);
  expect(parse).toEqual([]);
});

test.each([
  ["above the 2005 line", 21],
  ["in place of the 2005 line", 22],
])("a sentence %s: 2006 is read, the 2005 and 2004 rows are named", (_, line) => {
  const lines = fixture({ 21: /^\s*$/, 22: /^2005$/, 32: /^2004$/ });
  lines.splice(line - 1, line === 22 ? 1 : 0, SENTENCE);
  const { rows, parse } = read(lines);
  // 2006: $124 → $98 (doubtful accounts), 2,051 → 2,814 (deferred tax valuation allowance).
  expect(rows).toEqual([
    "2006 Allowance for doubtful accounts 98",
    "2006 Valuation allowance – deferred tax assets 2814",
  ]);
  // 2005's and 2004's two rows each, from 2005's allowance ($140 at the start, $124 at the end).
  expect(parse).toHaveLength(1);
  expect(parse[0]).toMatch(
    /4 rows of figures were not checked, from "Allowance for doubtful accounts" \$ 140 .*\$ 124$/,
  );
});

describe("after a paragraph that follows the schedule, nothing is taken", () => {
  const paragraph = [
    "",
    "",
    "",
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused",
  ];
  test.each([
    ["a paragraph alone", paragraph],
    [
      "a paragraph, then rows of another table",
      [
        ...paragraph,
        "Net sales   1,204   1,310   1,422   1,530   1,601   1,677",
        "Gross profit   402   455   470   512   530   544",
      ],
    ],
  ])("%s", (_, after) => {
    const { rows, parse } = read([...F201, ...after]);
    expect(rows).toHaveLength(6);
    expect(parse).toEqual([]);
  });
});
