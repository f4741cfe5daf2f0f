// Issue 11, never drop a row with figures in silence: in a stored render printed one cell per line
// (or one "|" cell per line) a negative figure comes in parts ("$" / "(2,499" / ")" / "(a)"). When
// the line with its digits is lost or garbled, the "$" and the ")" are left with no amount between:
// the row cannot be read, and it must be named in a parse warning instead of vanishing. Real
// fixtures 223 (CIK 896841), 51 (Invacare) and 240 (CIK 1255137) with one line changed by hand.
import { checkSchedules } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

const lines = (relative: string) => readShared(relative).split("\n");

/** The text with line `number` (1-based) replaced by `replacement` lines (none: deleted). */
function withLine(relative: string, number: number, expected: string, ...replacement: string[]): string {
  const all = lines(relative);
  expect(all[number - 1]).toBe(expected); // the fixture is the one these cases were written for
  all.splice(number - 1, 1, ...replacement);
  return all.join("\n");
}

const parseFindings = (text: string) =>
  checkSchedules(text).schedules.flatMap((s) => s.findings.filter((f) => f.check === "parse"));

const rowsRead = (text: string) =>
  checkSchedules(text).schedules.flatMap((s) => s.rows.map((row) => `${row.period} ${row.account}`));

const F223 = "fixtures/schedule2-batch2/223_cik896841_fy2011.txt";
const F51 = "fixtures/schedule2/51_invacare_fy2019.txt";
const F240 = "fixtures/schedule2-batch2/240_cik1255137_fy2002.txt";

describe("a figure whose digits line was lost, in a one-cell-per-line render", () => {
  it("the unmutated fixtures read every row with no parse warning", () => {
    for (const file of [F223, F51, F240]) expect(parseFindings(readShared(file))).toEqual([]);
    expect(rowsRead(readShared(F223))).toHaveLength(12);
  });

  it("names the 2011 doubtful-accounts row of fixture 223 when its '(2,499' line is deleted", () => {
    const text = withLine(F223, 29, "(2,499");
    const findings = parseFindings(text);
    expect(findings).toHaveLength(1);
    // The "$" before the lost amount is on line 28.
    expect(findings[0].location).toBe("line 28");
    expect(findings[0].message).toContain('"December 31, 2011"');
    expect(findings[0].message).toContain("$3,051 $1,790");
    expect(findings[0].message).toContain("$2,342");
    // The other eleven rows are still read, the 2010 and 2009 rows of the same account among them.
    const read = rowsRead(text);
    expect(read).toHaveLength(11);
    expect(read).toContain("2010 Allowance for doubtful accounts");
    expect(read).toContain("2009 Allowance for doubtful accounts");
    expect(read).not.toContain("2011 Allowance for doubtful accounts");
  });

  it("names the row when only the '(' of the lost amount is left ('(' then ')')", () => {
    const findings = parseFindings(withLine(F223, 29, "(2,499", "("));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('"December 31, 2011"');
  });

  it("a dash printed for a zero before the ')' is a figure, not a lost one", () => {
    const text = withLine(F223, 29, "(2,499", "—");
    expect(parseFindings(text)).toEqual([]);
    // The row is read, its deduction a zero: 3,051 + 1,790 + 0 − 0 = 4,841, not the 2,342 printed.
    const report = checkSchedules(text);
    const breaks = report.schedules.flatMap((s) => s.findings.filter((f) => f.check === "rollforward"));
    expect(breaks.map((f) => f.period)).toEqual(["2011"]);
  });

  it("names the 2019 doubtful-accounts row of Invacare (fixture 51) when its '(1,447' line is deleted", () => {
    const findings = parseFindings(withLine(F51, 31, "(1,447"));
    expect(findings).toHaveLength(1);
    expect(findings[0].location).toBe("line 30");
    expect(findings[0].message).toContain('"Allowance for doubtful accounts" $6,810 $955');
  });

  it("names the row of a '|' render (fixture 240) whose '|4,053' cell became '|)(a)'", () => {
    const findings = parseFindings(withLine(F240, 22, "|4,053", "|)(a)"));
    expect(findings).toHaveLength(1);
    expect(findings[0].location).toBe("line 21");
    expect(findings[0].message).toContain('"February 1, 2003"');
    expect(findings[0].message).toContain("$8,367");
  });
});
