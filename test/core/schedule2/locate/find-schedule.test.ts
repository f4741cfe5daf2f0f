// findScheduleSources on whole filings: the schedule found, the table of contents skipped.
import fc from "fast-check";
import { findScheduleSources, type ScheduleSource } from "../../../../src/core/schedule2/locate";
import { readHtmlTables } from "../../../../src/core/schedule2/html";
import { readSchedules } from "../../../../src/core/schedule2";
import { htmlFiling, htmlSubmission, textSubmission } from "../../../fixtures/filings/generate";
import { readShared } from "../../../support/shared";

const SEED = readShared("seeds/schedule-ii-valuation-and-qualifying-accounts.txt");
const COLGATE = readShared("fixtures/schedule2/10_colgate_palmolive_fy2023.html");
const CROMPTON = readShared("fixtures/schedule2/16_crompton_knowles_fy1994.txt");

const cellTexts = (source: ScheduleSource) => {
  if (source.kind !== "html") throw new Error("expected an HTML source");
  return source.table.rows.map((r) => r.map((c) => c.text));
};

describe("a whole HTML 10-K of 3 MB", () => {
  const filing = htmlFiling(COLGATE, 3_000_000);

  test("yields exactly the schedule: not the contents entry, the Item 15 mention, the hidden XBRL header or the notes roll-forward", () => {
    const sources = findScheduleSources(filing);
    expect(sources).toHaveLength(1);
    expect(cellTexts(sources[0])).toEqual(readHtmlTables(COLGATE)[0].rows.map((r) => r.map((c) => c.text)));
  });

  test("cells point at their true line in the whole filing", () => {
    const [source] = findScheduleSources(filing);
    if (source.kind !== "html") throw new Error("expected an HTML source");
    const cell = source.table.rows.flat().find((c) => c.text === "$287")!;
    const lines = filing.split("\n");
    expect(lines[cell.line! - 1]).toContain(">287<");
    expect(source.table.context).toContain("SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS");
  });

  test("inside an EDGAR full submission (<DOCUMENT> with HTML) it is found the same way", () => {
    const sources = findScheduleSources(htmlSubmission(htmlFiling(COLGATE, 200_000)));
    expect(sources.map((s) => s.kind)).toEqual(["html"]);
  });

  test("a filing whose only mention of Schedule II is the table of contents yields nothing", () => {
    expect(findScheduleSources(htmlFiling("<p>Signatures</p>", 200_000))).toEqual([]);
  });
});

describe("an old EDGAR text full submission of 2 MB", () => {
  const submission = textSubmission(SEED, 2_000_000);

  test("yields the seed's slice from its title line to </TABLE>, with its line in the whole file", () => {
    const sources = findScheduleSources(submission);
    expect(sources).toHaveLength(1);
    const source = sources[0];
    if (source.kind !== "text") throw new Error("expected a text source");
    expect(source.text).toBe(SEED.trimEnd());
    const lines = submission.split("\n");
    expect(lines[source.firstLine - 1]).toBe("SCHEDULE II");
    // The seed's sixth line is its units caption.
    expect(lines[source.firstLine + 4]).toContain("(IN THOUSANDS)");
  });

  test("a schedule without <TABLE> tags (flattened onto one line) is the block from its title", () => {
    const sources = findScheduleSources(textSubmission(CROMPTON, 300_000));
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ kind: "text", text: CROMPTON });
  });

  test("two schedules in one filing are both returned, in order", () => {
    const twice = textSubmission(`${SEED}\n\n\n\n${SEED.replace(/LANTRONIX/, "SUBSIDIARY")}`, 300_000);
    const sources = findScheduleSources(twice);
    expect(sources.map((s) => (s.kind === "text" ? /SUBSIDIARY/.test(s.text) : null))).toEqual([false, true]);
  });
});

describe("found by headers when there is no title", () => {
  test("HTML", () => {
    const untitled = COLGATE.replace(/SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS/, "Reserves");
    expect(findScheduleSources(untitled)).toHaveLength(1);
  });

  test("EDGAR text", () => {
    const untitled = SEED.replace("SCHEDULE II", "").replace(
      "CONSOLIDATED VALUATION AND QUALIFYING ACCOUNTS",
      "RESERVES",
    );
    const sources = findScheduleSources(untitled);
    expect(sources).toHaveLength(1);
    expect(sources[0].kind === "text" && sources[0].text.includes("7,976")).toBe(true);
  });
});

describe("a whole filing with no titled Schedule II", () => {
  // A notes roll-forward with exactly a schedule's headers (begin, "Additions charged to expense", deductions, end).
  const notesTable = `<div><span>Note 6. Changes in the allowance for doubtful accounts were:</span></div>
<table><tr><td></td><td>Balance at Beginning of Year</td><td>Additions Charged to Expense</td><td>Deductions</td><td>Balance at End of Year</td></tr>
<tr><td>2023</td><td>10</td><td>4</td><td>3</td><td>11</td></tr>
<tr><td>2022</td><td>9</td><td>3</td><td>2</td><td>10</td></tr></table>`;

  test("does not take a notes roll-forward for the schedule by its headers alone, nor read every table", () => {
    // The filing's only mentions are the contents entry and Item 15's sentence ("… is filed as part of this report").
    const filing = htmlFiling(notesTable, 300_000);
    expect(findScheduleSources(filing)).toEqual([]);
    expect(readSchedules(filing)).toEqual([]);
  });

  test("a bare 'see Schedule II' in prose does not make the next roll-forward the schedule", () => {
    const filing = htmlFiling(`<p>For the allowance, see Schedule II in Item 15.</p>${notesTable}`, 300_000);
    expect(findScheduleSources(filing)).toEqual([]);
  });

  test("the same in old EDGAR text: a sentence naming Schedule II, then a notes roll-forward", () => {
    const notes = [
      "     The activity is shown in Schedule II - Valuation and Qualifying Accounts, which is filed herewith.",
      "",
      "<TABLE>",
      "<CAPTION>",
      "                                   Balance at     Additions                    Balance at",
      "                                   beginning      charged to                   end of",
      "                                   of year        expense       Deductions     year",
      "<S>                                <C>            <C>           <C>            <C>",
      "1994                                  10              4             3            11",
      "1993                                   9              3             2            10",
      "</TABLE>",
    ].join("\n");
    expect(findScheduleSources(textSubmission(notes, 300_000))).toEqual([]);
  });

  test("a title sentence that ends with a colon introduces the table and is kept", () => {
    const html = `<p>Set forth below is Schedule II - Valuation and Qualifying Accounts for the Registrant:</p>${notesTable}`;
    expect(findScheduleSources(htmlFiling(html, 300_000))).toHaveLength(1);
  });
});

test("a title split by tags and entities is still a title", () => {
  const html = `<p><b>SCHEDULE</b>&nbsp;<b>II</b></p><table><tr><td>Allowance</td><td>Balance at beginning</td><td>Additions</td><td>Balance at end of year</td></tr>
<tr><td>2023</td><td>10</td><td>2</td><td>12</td></tr></table>`;
  expect(findScheduleSources(html)).toHaveLength(1);
});

test("arbitrary text and tag soup never throw", () => {
  const pieces = [
    "<table>",
    "</table>",
    "<tr>",
    "<td>",
    "Schedule II",
    "valuation and qualifying accounts",
    "<TABLE>",
    "</TABLE>",
    "<DOCUMENT>",
    "<TEXT>",
    "</TEXT>",
    "balance at beginning",
    "end of period",
    "additions",
    "1,234",
    "(5)",
    "\n",
    "<a href='x'>",
    "</a>",
  ];
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(" ")),
      ),
      (doc) => {
        for (const source of findScheduleSources(doc)) {
          if (source.kind === "text") expect(source.firstLine).toBeGreaterThanOrEqual(1);
        }
      },
    ),
    { numRuns: 500 },
  );
});
