// Issue 11: Goodyear's Schedule II (fixture 201, EDGAR text) prints one block per year, the blocks
// parted by blank lines. When a block's year line is lost (deleted, cut short, garbled), the blocks
// after it must still be read, not left outside the schedule in silence: the block is taken for
// another year's because its first rows repeat the row labels above (or it opens with a bare row of
// figures), its rows are read under the year above, and a parse warning names each account read
// twice in that year. The blocks after it, with their own year lines, are read under their years.
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

const FIXTURE = readShared("fixtures/schedule2-batch2/201_goodyear_fy2006.txt");
const LINES = FIXTURE.split("\n");
const YEAR_2005 = LINES.indexOf("2005");

function withLines(change: (lines: string[]) => void): string {
  const lines = [...LINES];
  change(lines);
  return lines.join("\n");
}

/** Each row read, as "period account begin→end" (figures from the fixture, in millions). */
const rowsOf = (text: string) =>
  readSchedules(text).flatMap((s) =>
    s.rows.map((r) => `${r.period} ${r.account.split(" ")[0]} ${r.begin.toNumber()}→${r.end.toNumber()}`),
  );

const parseMessages = (text: string) =>
  checkSchedules(text).schedules.flatMap((s) =>
    s.findings.filter((f) => f.check === "parse").map((f) => f.message),
  );

test("the fixture as filed: three years, two accounts each", () => {
  expect(YEAR_2005).toBeGreaterThan(0);
  expect(rowsOf(FIXTURE)).toEqual([
    "2006 Allowance 124→98",
    "2006 Valuation 2051→2814",
    "2005 Allowance 140→124",
    "2005 Valuation 2065→2051",
    "2004 Allowance 126→140",
    "2004 Valuation 2030→2065",
  ]);
  expect(parseMessages(FIXTURE).filter((m) => /read twice/.test(m))).toEqual([]);
});

describe.each([
  ["deleted", (lines: string[]) => void lines.splice(YEAR_2005, 1)],
  ["cut to nothing", (lines: string[]) => void (lines[YEAR_2005] = "")],
  ["garbled", (lines: string[]) => void (lines[YEAR_2005] = "20<05")],
  [
    "turned into a long figure",
    (lines: string[]) => void (lines[YEAR_2005] = "123,456,789,012,345,678,901,234.56"),
  ],
])("the 2005 line %s", (_, change) => {
  const text = withLines(change);

  test("the 2005 rows are read (under 2006) and 2004 is read as 2004", () => {
    expect(rowsOf(text)).toEqual([
      "2006 Allowance 124→98",
      "2006 Valuation 2051→2814",
      "2006 Allowance 140→124",
      "2006 Valuation 2065→2051",
      "2004 Allowance 126→140",
      "2004 Valuation 2030→2065",
    ]);
  });

  test("a parse warning says the accounts were read twice in 2006", () => {
    const twice = parseMessages(text).filter((m) => /read twice in 2006/.test(m));
    expect(twice.map((m) => m.slice(0, 33))).toEqual([
      '"Allowance for doubtful accounts"',
      '"Valuation allowance – deferred t',
    ]);
  });
});

test("the 2005 line and the label above its first row deleted: the bare row of figures goes on the schedule", () => {
  const text = withLines((lines) => void lines.splice(YEAR_2005, 3, " ", lines[YEAR_2005 + 2]));
  const rows = rowsOf(text);
  // The 2005 valuation allowance and both 2004 rows are read; the bare row is read too (as a total).
  expect(rows).toContain("2006 Valuation 2065→2051");
  expect(rows).toContain("2004 Allowance 126→140");
  expect(rows).toContain("2004 Valuation 2030→2065");
  expect(rows.filter((r) => / 140→124$/.test(r))).toHaveLength(1);
  expect(
    parseMessages(text).some((m) =>
      /"Valuation allowance – deferred tax assets" is read twice in 2006/.test(m),
    ),
  ).toBe(true);
});
