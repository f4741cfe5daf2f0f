// Whole filings: only Schedule II of valuation and qualifying accounts is returned; the pre-1995
// Schedule II (amounts receivable from related parties) is recognised and set aside with a note.
import { checkSchedules } from "../../../../src/core/schedule2";
import { surveySchedules } from "../../../../src/core/schedule2/locate";
import { RELATED_PARTY_NOTE } from "../../../../src/core/schedule2/classify";
import { htmlFiling, textSubmission } from "../../../fixtures/filings/generate";

// As 1993 10-Ks printed it (Regulation S-X before 1995): Schedule II was this, Schedule VIII the valuation accounts.
const RELATED_PARTY_TEXT = [
  "                                   SCHEDULE II",
  "",
  "           AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,",
  "              PROMOTERS, AND EMPLOYEES OTHER THAN RELATED PARTIES",
  "",
  "<TABLE>",
  "<CAPTION>",
  "                      Balance at                 Deductions           Balance at end of period",
  "                      beginning               Amounts    Amounts     -------------------------",
  "Name of debtor        of period   Additions  collected  written off   Current   Not current",
  "<S>                   <C>         <C>        <C>        <C>          <C>        <C>",
  "Year ended December 31, 1993:",
  "  J. Smith (a)          120,000     15,000     35,000         -        20,000     80,000",
  "  R. Jones (b)           60,000          -     10,000         -        10,000     40,000",
  "</TABLE>",
].join("\n");

// Schedule VIII of the same filing: 1993 allowance 1,200 + 450 − 380 = 1,270; 1992 1,100 + 400 − 300 = 1,200.
const SCHEDULE_VIII_TEXT = [
  "                                  SCHEDULE VIII",
  "                        VALUATION AND QUALIFYING ACCOUNTS",
  "                                 (In thousands)",
  "<TABLE>",
  "<CAPTION>",
  "                                   Balance at     Additions                    Balance at",
  "                                   beginning      charged to                   end of",
  "Description                        of year        expense       Deductions     year",
  "<S>                                <C>            <C>           <C>            <C>",
  "Allowance for doubtful accounts:",
  "  1993                               1,200           450           380          1,270",
  "  1992                               1,100           400           300          1,200",
  "</TABLE>",
].join("\n");

describe("an EDGAR text 10-K of 1993 with the old Schedule II and Schedule VIII", () => {
  const filing = textSubmission(`${RELATED_PARTY_TEXT}\n\n\n\n${SCHEDULE_VIII_TEXT}`, 400_000);

  test("only Schedule VIII is a schedule to check; Schedule II is set aside with a note at its line", () => {
    const { sources, skipped } = surveySchedules(filing);
    expect(sources).toHaveLength(1);
    expect(sources[0].kind === "text" && sources[0].text).toContain("SCHEDULE VIII");
    expect(skipped).toEqual([
      expect.objectContaining({ kind: "related-party-receivables", note: RELATED_PARTY_NOTE }),
    ]);
    const line = Number(/^line (\d+)$/.exec(skipped[0].location)![1]);
    expect(filing.split("\n")[line - 1].trim()).toBe("SCHEDULE II");
  });

  test("the check reads Schedule VIII's two rows and reports nothing on Schedule II", () => {
    const report = checkSchedules(filing);
    expect(report.schedules).toHaveLength(1);
    expect(report.schedules[0].rows.map((r) => [r.begin, r.end])).toEqual(
      expect.arrayContaining([
        [1200, 1270],
        [1100, 1200],
      ]),
    );
  });

  test("alone, the old Schedule II yields no schedule (and so no findings)", () => {
    const alone = textSubmission(RELATED_PARTY_TEXT, 200_000);
    expect(checkSchedules(alone).schedules).toEqual([]);
    expect(surveySchedules(alone).skipped.map((s) => s.kind)).toEqual(["related-party-receivables"]);
  });
});

describe("an HTML filing", () => {
  const relatedParty = `<p align="center"><b>SCHEDULE II</b></p>
<p align="center"><b>AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS, PROMOTERS, AND EMPLOYEES OTHER THAN RELATED PARTIES</b></p>
<table>
<tr><td></td><td></td><td></td><td colspan="2">Deductions</td><td colspan="2">Balance at end of period</td></tr>
<tr><td></td><td>Balance at beginning of period</td><td>Additions</td><td>Amounts collected</td><td>Amounts written off</td><td>Current</td><td>Not current</td></tr>
<tr><td>J. Smith</td><td>120,000</td><td>15,000</td><td>35,000</td><td>&#151;</td><td>20,000</td><td>80,000</td></tr>
<tr><td>R. Jones</td><td>60,000</td><td>&#151;</td><td>10,000</td><td>&#151;</td><td>10,000</td><td>40,000</td></tr>
</table>`;

  test("the old Schedule II is set aside with a note at its table, nothing checked", () => {
    const filing = htmlFiling(relatedParty, 300_000);
    const { sources, skipped } = surveySchedules(filing);
    expect(sources).toEqual([]);
    expect(skipped).toEqual([
      expect.objectContaining({ kind: "related-party-receivables", note: RELATED_PARTY_NOTE }),
    ]);
    expect(skipped[0].location).toMatch(/^line \d+:\d+$/);
    expect(checkSchedules(filing).schedules).toEqual([]);
  });

  test("a title 'Schedule II' over a restructuring roll-forward's lead-in: the lead-in nearest the table decides", () => {
    // A 10-K's Item 15 heading followed, in the notes, by a restructuring table with 12-09-like headings.
    const html = `<p><b>SCHEDULE II</b></p><p>The activity in the restructuring reserve was:</p>
<table><tr><td></td><td>Balance at beginning of year</td><td>Charged to expense</td><td>Deductions</td><td>Balance at end of year</td></tr>
<tr><td>2023</td><td>10</td><td>4</td><td>3</td><td>11</td></tr><tr><td>2022</td><td>9</td><td>3</td><td>2</td><td>10</td></tr></table>`;
    const { sources, skipped } = surveySchedules(htmlFiling(html, 300_000));
    expect(sources).toEqual([]);
    expect(skipped.map((s) => [s.kind, s.evidence])).toEqual([["other", "restructuring"]]);
  });
});
