// A text schedule printed as one block per year, the blocks parted by runs of blank lines (a stored
// HTML exhibit): the slice runs on over the blank lines while what follows is another year's rows,
// and stops at prose, a title or anything that is not more of the same schedule.
import { findScheduleSources } from "../../../../src/core/schedule2/locate";

const HEADER = [
  "SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS",
  "(In millions)",
  "                Balance at    Charged to                 Balance at",
  "Description     beginning     income       Deductions   end of period",
];

/** One year's block: its year, then two accounts with their figures on the line below. */
function yearBlock(year: number, doubtful: string, valuation: string): string[] {
  return [
    String(year),
    "Allowance for doubtful accounts",
    `  $ ${doubtful}`,
    "Valuation allowance - deferred tax assets",
    `    ${valuation}`,
  ];
}

/** Four blank lines, some holding spaces, as a browser's text copy leaves between the blocks. */
const GAP = [" ", " ", "                      ", ""];

const BLOCK_2006 = yearBlock(2006, "124     $ 10     $ (42 )   $ 92", "2,051     364     (3 )     2,412");
const BLOCK_2005 = yearBlock(2005, "140     $ 25     $ (41 )   $ 124", "2,065     (8 )    (6 )     2,051");
const BLOCK_2004 = yearBlock(2004, "126     $ 49     $ (35 )   $ 140", "2,030     43      (8 )     2,065");

function textSource(doc: string) {
  const sources = findScheduleSources(doc);
  expect(sources).toHaveLength(1);
  const [source] = sources;
  if (source.kind !== "text") throw new Error("expected a text source");
  return source;
}

test("the blocks of 2005 and 2004 after blank lines are part of the schedule, down to its footnote", () => {
  const doc = [
    "Exhibit 99.4",
    ...HEADER,
    ...BLOCK_2006,
    ...GAP,
    ...BLOCK_2005,
    ...GAP,
    ...BLOCK_2004,
    " ",
    "Note: (a) Accounts and notes receivable charged off.",
  ].join("\n");
  const source = textSource(doc);
  expect(source.firstLine).toBe(2);
  expect(source.text.startsWith("SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS\n")).toBe(true);
  for (const line of ["2005", "2004", "  $ 126     $ 49     $ (35 )   $ 140"]) {
    expect(source.text.split("\n")).toContain(line);
  }
  expect(source.text.endsWith("Note: (a) Accounts and notes receivable charged off.")).toBe(true);
});

test("a page number between the blank lines and the next year does not end the schedule", () => {
  const doc = [...HEADER, ...BLOCK_2006, ...GAP, "S-2", "", ...BLOCK_2005].join("\n");
  expect(textSource(doc).text.endsWith("    2,065     (8 )    (6 )     2,051")).toBe(true);
});

test("a year block headed '(continued)' after the blank lines goes on too", () => {
  const doc = [...HEADER, ...BLOCK_2006, ...GAP, "SCHEDULE II (continued)", ...BLOCK_2005.slice(1)].join(
    "\n",
  );
  // "(continued)" repeats the title, which would begin a schedule of its own: here it is one slice.
  expect(findScheduleSources(doc)).toHaveLength(1);
});

// Issue 11: a block whose year line was lost still goes on the schedule (the layout then names each
// account read twice in the year above), rather than falling outside the slice in silence.
describe("a year block whose year line is lost goes on", () => {
  const endOf2005 = "    2,065     (8 )    (6 )     2,051";

  test("its first row repeats a row label of the block before", () => {
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, ...BLOCK_2005.slice(1)].join("\n");
    expect(textSource(doc).text.endsWith(endOf2005)).toBe(true);
  });

  test("its year line is garbled, and the line after it repeats a row label", () => {
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, "2O05 ]", ...BLOCK_2005.slice(1)].join("\n");
    expect(textSource(doc).text.endsWith(endOf2005)).toBe(true);
  });

  test("it opens with a line of figures and no words (the year turned into a figure)", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "123,456,789,012",
      "Reserve for sales returns",
      "  $ 40     $ 12     $ (9 )   $ 43",
    ].join("\n");
    expect(textSource(doc).text.endsWith("  $ 40     $ 12     $ (9 )   $ 43")).toBe(true);
  });

  test("a block of labels alone (its rows of figures lost) does not end the schedule before the next year", () => {
    const labelsOnly = BLOCK_2005.filter((_, index) => index % 2 === 1 || index === 0);
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, ...labelsOnly, ...GAP, ...BLOCK_2004].join("\n");
    expect(textSource(doc).text.endsWith("    2,030     43      (8 )     2,065")).toBe(true);
  });

  test("a year and a label whose rows were moved away, then the next year's rows: all one schedule", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "2005",
      "Allowance for doubtful accounts",
      ...GAP,
      ...BLOCK_2004,
    ];
    expect(textSource(doc.join("\n")).text.endsWith("    2,030     43      (8 )     2,065")).toBe(true);
  });

  test("a year and labels with no rows after them are left out", () => {
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, "2005", "Allowance for doubtful accounts"].join("\n");
    expect(textSource(doc).text.endsWith("    2,051     364     (3 )     2,412")).toBe(true);
  });

  test("its first account is new, and the second repeats one of the block before", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "Reserve for sales returns",
      "  $ 40     $ 12     $ (9 )   $ 43",
      ...BLOCK_2005.slice(3),
    ];
    expect(textSource(doc.join("\n")).text.endsWith(endOf2005)).toBe(true);
  });

  test("a footnote moved above its rows is not prose that ends the schedule", () => {
    const note = "Note: (a) Accounts and notes receivable charged off during the year.";
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, note, ...BLOCK_2005.slice(1)];
    expect(textSource(doc.join("\n")).text.endsWith(endOf2005)).toBe(true);
  });

  test("a tab slipped into a repeated label still repeats it", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "All\towance for doubtful accounts",
      ...BLOCK_2005.slice(2),
    ];
    expect(textSource(doc.join("\n")).text.endsWith(endOf2005)).toBe(true);
  });

  test("the column headings repeated above the next year are not a line of prose", () => {
    const headings = "Description   of period   to income   to AOCL   purchase   reserves   period   period";
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, headings, ...BLOCK_2005].join("\n");
    expect(textSource(doc).text.endsWith(endOf2005)).toBe(true);
  });

  test("its year stands alone between runs of blank lines", () => {
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, "2005", ...GAP, ...BLOCK_2005.slice(1)].join("\n");
    expect(textSource(doc).text.endsWith(endOf2005)).toBe(true);
  });
});

describe("what follows the blank lines is not more of the schedule", () => {
  const endOf2006 = "    2,051     364     (3 )     2,412";

  test("a paragraph of prose", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "The Company has evaluated subsequent events through the date the financial statements were issued",
      "and concluded that no further adjustments to the amounts above are required for 2006.",
    ].join("\n");
    expect(textSource(doc).text.endsWith(endOf2006)).toBe(true);
  });

  test("a year, then prose before any row of figures", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "2007",
      "During the year the Company sold its interests in the operations named below to third parties",
      "Proceeds      1,200      300      450",
    ].join("\n");
    expect(textSource(doc).text.endsWith(endOf2006)).toBe(true);
  });

  test("a signature block under a date (no rows of figures)", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "February 28, 2007",
      "/s/ Robert J. Keegan",
      "Chairman",
    ].join("\n");
    expect(textSource(doc).text.endsWith(endOf2006)).toBe(true);
  });

  test("another titled schedule", () => {
    const doc = [
      ...HEADER,
      ...BLOCK_2006,
      ...GAP,
      "2006",
      "SCHEDULE V - PROPERTY, PLANT AND EQUIPMENT",
      "Land and buildings      1,204      33      (12 )     1,225",
    ].join("\n");
    expect(findScheduleSources(doc)[0]).toMatchObject({ text: expect.stringMatching(/2,412$/) });
  });

  test("a table whose rows are many times as wide", () => {
    const wide = Array.from({ length: 16 }, (_, i) => String(100 + i)).join("   ");
    const doc = [...HEADER, ...BLOCK_2006, ...GAP, "2006", `Quarterly data   ${wide}`].join("\n");
    expect(textSource(doc).text.endsWith(endOf2006)).toBe(true);
  });
});
