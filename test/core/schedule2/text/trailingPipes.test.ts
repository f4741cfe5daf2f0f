// Stored renders whose cells are closed by "|" ("1,734 |"), as an IR site's copy of an XBRL page
// prints them (fixture 249, Forward Air), and footnote digits standing one empty cell after their
// figure ("1,258 |" / "|" / "2 |"): a mark only when the page prints footnote 2.
import { readSchedules } from "../../../../src/core/schedule2";
import { asLeadingPipes, closesCells } from "../../../../src/core/schedule2/text/trailingPipes";
import { footnoteNumbers } from "../../../../src/core/schedule2/text/marks";

const numbered = (texts: string[]) => texts.map((text, index) => ({ text, number: index + 1 }));

const HEADER = [
  "Schedule II — Valuation and Qualifying Accounts |",
  "(In thousands)",
  "|",
  "Balance at Beginning of Period |",
  "|",
  "Charged to Costs and Expenses |",
  "|",
  "Deductions |",
  "|",
  "Balance at End of Period |",
  "Year ended December 31, 2022 |",
];

const BODY = [
  "Allowance for doubtful accounts |",
  "|",
  "$ |",
  "1,734 |",
  "|",
  "$ |",
  "1,052 |",
  "|",
  "$ |",
  "1,258 |",
  "|",
  "2 |",
  "$ |",
  "1,528 |",
  "|",
  "Allowance for revenue adjustments1",
  "|",
  "|",
  "1,526 |",
  "|",
  "11,347 |",
  "|",
  "11,243 |",
  "|",
  "1,630 |",
  "|",
  "Deferred tax valuation allowance |",
  "|",
  "4,625 |",
  "|",
  "23 |",
  "|",
  "— |",
  "|",
  "4,648 |",
];

const rowsOf = (text: string) =>
  readSchedules(text).flatMap((model) =>
    model.rows.map((row) => ({
      account: row.account,
      figures: [row.begin, ...row.additions, ...row.deductions, row.end].map((v) => v.toNumber()),
    })),
  );

describe("cells closed by '|'", () => {
  it("rewrites each closed cell as one '|' line, a bare line running on into the cell its '|' closes", () => {
    const lines = numbered([...HEADER, ...BODY]);
    expect(closesCells(lines)).toBe(true);
    const texts = asLeadingPipes(lines).map((line) => line.text);
    expect(texts.slice(0, 3)).toEqual([
      "|Schedule II — Valuation and Qualifying Accounts",
      "|(In thousands)",
      "|Balance at Beginning of Period",
    ]);
    expect(texts).toContain("|Allowance for revenue adjustments1");
    expect(texts.filter((t) => !t.startsWith("|"))).toEqual([]);
  });

  it("leaves a render that opens its cells alone", () => {
    const lines = numbered(["|Balance", "|1,734", "|1,052", "|1,258", "|1,528", "|a", "|b", "|c", "|d"]);
    expect(asLeadingPipes(lines)).toBe(lines);
  });

  it("reads the rows, dropping footnote 2 after its figure and the glued footnote 1 of a label", () => {
    const text = [
      ...HEADER,
      ...BODY,
      "1 Represents an allowance for revenue adjustments.",
      "2 Represents accounts written off.",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      { account: "Allowance for doubtful accounts", figures: [1734, 1052, 1258, 1528] },
      { account: "Allowance for revenue adjustments", figures: [1526, 11347, 11243, 1630] },
      { account: "Deferred tax valuation allowance", figures: [4625, 23, 0, 4648] },
    ]);
  });

  it("does not take a digit after an empty cell for a mark when the page has no such footnote", () => {
    const text = [...HEADER, ...BODY].join("\n");
    const rows = rowsOf(text);
    // The row with an unexplained fifth amount is not read as four (a parse note names it instead).
    expect(rows.map((row) => row.account)).toEqual([
      "Allowance for revenue adjustments",
      "Deferred tax valuation allowance",
    ]);
    const notes = readSchedules(text).flatMap((model) => model.parseNotes.map((note) => note.message));
    expect(notes.some((message) => /Allowance for doubtful accounts/.test(message))).toBe(true);
  });

  it("finds the footnote numbers a page prints with their words", () => {
    const cells = [
      {
        text: "1 Represents an allowance. 2 Represents accounts written off. 3 Represents adjustments",
        empty: false,
      },
      { text: "1,734", empty: false },
    ];
    expect([...footnoteNumbers(cells)].sort()).toEqual(["1", "2", "3"]);
  });
});
