// Issue 11, never drop a row with figures in silence: an EDGAR text table whose `</TABLE>` was
// printed above its last rows (the last year, the last account's block) goes on past the tag over
// the rows of figures in its layout. Real fixtures 244 (CIK 894253) and 237 (CIK 1085770) with the
// tag moved by hand; the figures expected are the ones printed in the fixtures. The reader is held
// to it directly (readTextTables, what the whole-input fallback reads a fragment with when no
// titled slice of it is located) and through the check.
import { checkSchedules, layoutTable, readTextTables } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

const F237 = "fixtures/schedule2-batch2/237_cik1085770_nsi_successor_fy2002.txt";
const F244 = "fixtures/schedule2-batch2/244_cik894253_fy2000.txt";
const F19 = "fixtures/schedule2/19_cik840467_fy2000.txt";
const SEED = "seeds/schedule-ii-valuation-and-qualifying-accounts.txt";

/** The fixture's lines, checked against what the case expects to find at 1-based line numbers. */
function fixtureLines(relative: string, expected: Record<number, RegExp>): string[] {
  const all = readShared(relative).split("\n");
  for (const [number, pattern] of Object.entries(expected)) expect(all[Number(number) - 1]).toMatch(pattern);
  return all;
}

function rowsOf(text: string) {
  const report = checkSchedules(text);
  return {
    findings: report.schedules.flatMap((s) => s.findings),
    rows: report.schedules.flatMap((s) =>
      s.rows.map((row) => [row.period, Number(row.begin), Number(row.end)].join(" ")),
    ),
  };
}

/** The rows the text reader and layout read from the whole text, with no locator. */
const readerRows = (text: string) =>
  readTextTables(text).flatMap((table) =>
    (layoutTable(table)?.rows ?? []).map((row) => [row.period, Number(row.begin), Number(row.end)].join(" ")),
  );

describe("rows printed past an early </TABLE>", () => {
  it("the reader takes the 1998 row of fixture 244 when </TABLE> moved above it", () => {
    const all = fixtureLines(F244, { 24: /^\s*$/, 25: /^December 31, 1998/, 26: /^<\/TABLE>/ });
    all.splice(25, 1); // the </TABLE> under the 1998 row is gone…
    all.splice(23, 1, "</TABLE>"); // …and printed above it, in the blank line
    expect(readerRows(all.join("\n"))).toEqual(["2000 4059 7292", "1999 1353 4059", "1998 1185 1353"]);
  });

  it("the reader takes the deferred-tax block of fixture 237 when </TABLE> moved above it", () => {
    const all = fixtureLines(F237, { 22: /^VALUATION ALLOWANCE FOR/, 28: /^<\/TABLE>/ });
    all.splice(27, 1);
    all.splice(21, 0, "</TABLE>");
    const rows = readerRows(all.join("\n"));
    expect(rows).toHaveLength(6);
    // 323,619 − 28,137 + 53,311 − 0 = 348,793; 74,611 + 294,944 − 45,936 = 323,619.
    expect(rows).toContain("2002 323619 348793");
    expect(rows).toContain("2001 74611 323619");
    expect(rows).toContain("2000 16570 74611");
  });

  it("reads every row of fixture 237 when </TABLE> took the place of its <S> line, printed under the rows", () => {
    const all = fixtureLines(F237, { 16: /^<S>/, 28: /^<\/TABLE>/ });
    [all[15], all[27]] = [all[27], all[15]];
    const { rows, findings } = rowsOf(all.join("\n"));
    expect(rows).toEqual([
      "2002 24225 10698",
      "2001 4477 24225",
      "2000 1627 4477",
      "2002 323619 348793",
      "2001 74611 323619",
      "2000 16570 74611",
    ]);
    expect(findings).toEqual([]);
  });

  it("goes on over a continuation line with one figure (fixture 19: '2.0(d)' under the 2000 row)", () => {
    const all = fixtureLines(F19, { 20: /^<S>/, 22: /^\s+2\.0\(d\)/, 28: /^<\/TABLE>/ });
    [all[19], all[27]] = [all[27], all[19]];
    // 31.5 + 1.0 − 4.4 − (1.0 + 2.0) = 25.1; 20.7 + 14.4 − 2.9 − 0.7 = 31.5; 17.4 + 8.3 − 5.0 = 20.7.
    expect(rowsOf(all.join("\n"))).toEqual({
      rows: ["2000 31.5 25.1", "1999 20.7 31.5", "1998 17.4 20.7"],
      findings: [],
    });
  });

  it("goes on past a blank-line run to a year block in the layout of the rows before it (the seed)", () => {
    const all = fixtureLines(SEED, {
      16: /^<S>/,
      32: /^\s*$/,
      33: /^Year ended June 30, 2004:/,
      40: /^<\/TABLE>/,
    });
    [all[15], all[39]] = [all[39], all[15]];
    all.splice(32, 0, ""); // two blank lines above the 2004 block
    const rows = readerRows(all.join("\n"));
    expect(rows).toHaveLength(12);
    // 572 − 164 + 0 − 231 = 177; 9,762 + 1,372 + 0 − 3,158 = 7,976.
    expect(rows).toContain("2004 572 177");
    expect(rows).toContain("2004 9762 7976");
  });

  it("goes on past a row out of the layout slipped in between rows in it (the seed)", () => {
    const all = fixtureLines(SEED, { 16: /^<S>/, 23: /^\s+={5,}/, 40: /^<\/TABLE>/ });
    [all[15], all[39]] = [all[39], all[15]];
    all.splice(23, 0, "Other   1,234   5   (6)   1,233"); // under the 2002 Total, in no column of the table
    const rows = readerRows(all.join("\n"));
    // The twelve rows of the three years are read, 2003's and 2004's below the slipped-in line too.
    expect(rows).toContain("2003 7701 9762");
    expect(rows).toContain("2004 572 177");
    expect(rows).toContain("2004 9762 7976");
    expect(rows.filter((row) => /^200[34] /.test(row))).toHaveLength(8);
  });

  it("does not take rows of figures after a run of blank lines below the </TABLE>", () => {
    const all = fixtureLines(F244, { 26: /^<\/TABLE>/ });
    all.push("", "", "Total rent      1,000      2,000");
    expect(readerRows(all.join("\n"))).toEqual(["2000 4059 7292", "1999 1353 4059", "1998 1185 1353"]);
  });
});
