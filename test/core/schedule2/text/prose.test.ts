// The one "is this line prose" rule the text locator and the EDGAR reader share (text/prose.ts):
// where a schedule's next block is not the schedule's, and where a table going on past an early
// </TABLE> stops. A sentence ends them; a row label, a column heading, a footnote's opening line or
// a company's name does not.
import { isProseLine } from "../../../../src/core/schedule2/text/prose";

describe("isProseLine", () => {
  test.each([
    "The Company evaluated the reserves below at each balance sheet date of the three years",
    "   Amounts charged to expense were reclassified from other accounts in that period",
    "Represents write-offs, net of recoveries.",
    "|Includes rebates paid to customers and to distributors during the year",
  ])("prose: %s", (line) => expect(isProseLine(line)).toBe(true));

  test.each([
    "Allowance for doubtful accounts",
    "Reserve for excess and obsolete inventory",
    "Year ended June 30, 2004:",
    "ACME HOLDINGS, INC.",
    "Balance at beginning of period charged to costs and expenses deductions balance at end",
    "(1) Represents write-offs of accounts receivable, net of recoveries, in each year",
    "Note: the amounts below are in thousands of dollars and are not audited here.",
    "|Allowance for",
    "",
  ])("not prose: %s", (line) => expect(isProseLine(line)).toBe(false));
});
