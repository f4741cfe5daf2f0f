// One-line-per-row viewer renders: each table row printed as one line, cells spaced or glued,
// split by the number grammar; the column count and the roll-forward choose between splittings.
import fc from "fast-check";
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { parseAmount } from "../../../../src/core/numbers";
import { runReadings } from "../../../../src/core/schedule2/text/figureRun";
import { numberLines } from "../../../../src/core/schedule2/text/fixedWidth";
import { isLineRender, readLineRender } from "../../../../src/core/schedule2/text/lineRender";

const values = (texts: string[]) => texts.map((text) => parseAmount(text)?.toNumber() ?? null);
const usual = (line: string) => runReadings(line)[0].cells.map((cell) => cell.text);

/** A header stacked one piece per line, column after column, as the newer viewer prints it. */
const HEADER = [
  "XML 37 R21.htm IDEA: XBRL DOCUMENT v3.10.0.1",
  "VALUATION AND QUALIFYING ACCOUNTS",
  "(in thousands) Balance at",
  "Beginning",
  "of Period",
  "  Charged to",
  "Costs and",
  "Expenses",
  "  Net (Deductions)",
  "Recoveries",
  "  Balance",
  "at End of",
  "Period",
];

describe("the figures at the end of a line", () => {
  test("cells glued together split where a new figure starts: after ')', at '$', '(' and a dash", () => {
    expect(usual("Valuation allowance (b)239,959 (26,270)— (6,946)206,743 ")).toEqual([
      "239,959",
      "(26,270)",
      "—",
      "(6,946)",
      "206,743",
    ]);
    expect(usual("Accounts receivable—trade, net (a)$24,966 $180,764 $— $(180,755)$24,975")).toEqual([
      "$24,966",
      "$180,764",
      "$—",
      "$(180,755)",
      "$24,975",
    ]);
    // The label keeps its letter mark: "(b)" is not a figure.
    expect(runReadings("Valuation allowance (b)239,959 2,603 193,310")[0].labelEnd).toBe(
      "Valuation allowance (b)".length,
    );
  });

  test("a digit after a complete ',ddd' group starts the next figure; plain digits are one figure", () => {
    expect(usual("Reserve 1,234567 2,000")).toEqual(["1,234", "567", "2,000"]);
    expect(usual("Reserve 1234 567")).toEqual(["1234", "567"]);
  });

  test("a digit mark glued to a figure is offered both as its footnote and as a figure", () => {
    const readings = runReadings("Allowance $4,471  $588  $(246)(1) $4,813").map((r) =>
      values(r.cells.map((c) => c.text)),
    );
    expect(readings).toContainEqual([4471, 588, -246, 4813]);
    expect(readings).toContainEqual([4471, 588, -246, -1, 4813]);
  });

  test("a page of figures flattened onto one line is no row (and does not exhaust the stack)", () => {
    expect(runReadings("Allowance " + "$1,000 (2,000)(1) ".repeat(20_000))).toEqual([]);
  });

  test("a line of words, or with one figure only, has no run of figures to read as a row", () => {
    expect(runReadings("Year ended December 31, 2018").every((r) => r.cells.length === 1)).toBe(true);
    expect(runReadings("Allowance for doubtful accounts")).toEqual([]);
  });
});

describe("readSchedules on a one-line-per-row render", () => {
  test("rows, periods and roles as printed; '(2)' after an empty '$' is a footnote when the row ties that way", () => {
    const text = [
      ...HEADER,
      "Year ended December 31, 2018",
      "Allowance for doubtful accounts $4,471  $588  $(246)(1) $4,813 ",
      "Deferred tax asset valuation allowance $3,994  $(2) $(3,549) $445 ",
      "Year ended December 31, 2017",
      "Allowance for doubtful accounts $2,553  $1,441  $477(1) $4,471 ",
      "Deferred tax asset valuation allowance $356  $3,638(2) $  $3,994 ",
      "(1)Net (deductions) recoveries reflect write-offs net of recoveries.",
      "(2)The valuation allowance is adjusted each year.",
    ].join("\n");
    const [schedule] = readSchedules(text);
    expect(schedule.columns.map((c) => c.role)).toEqual(["begin", "addition", "deduction", "end"]);
    const rows = schedule.rows.map((row) => [
      row.period,
      row.account,
      row.begin.toNumber(),
      ...row.additions.map((v) => v.toNumber()),
      ...row.deductions.map((v) => v.toNumber()),
      row.end.toNumber(),
    ]);
    expect(rows).toEqual([
      ["2018", "Allowance for doubtful accounts", 4471, 588, -246, 4813],
      ["2018", "Deferred tax asset valuation allowance", 3994, 0, -3549, 445],
      ["2017", "Allowance for doubtful accounts", 2553, 1441, 477, 4471],
      ["2017", "Deferred tax asset valuation allowance", 356, 3638, 0, 3994],
    ]);
    const [report] = checkSchedules(text).schedules;
    expect(report.findings).toEqual([]);
  });

  test("a '(2)' that reads both ways and ties neither way is a parse warning, never an error", () => {
    const text = [
      ...HEADER,
      "Year ended December 31, 2018",
      "Allowance for doubtful accounts $4,471  $588  $(246) $4,813 ",
      "Deferred tax asset valuation allowance $3,994  $(2) $(3,549) $999 ",
      "Inventory reserve $100  $50  $(30) $120 ",
      "(2) The valuation allowance is adjusted each year.",
    ].join("\n");
    const [report] = checkSchedules(text).schedules;
    expect(report.rows.map((row) => row.account)).toEqual([
      "Allowance for doubtful accounts",
      "Inventory reserve",
    ]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const warnings = report.findings.filter((f) => f.check === "parse");
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain("Deferred tax asset valuation allowance");
    expect(warnings[0].location).toBe("line 16");
  });

  test("a glued '(2)' is a figure when the column count needs it, and a printed break is still found", () => {
    const text = [
      ...HEADER,
      "Year ended December 31, 2018",
      "Allowance for doubtful accounts $4,471  $588  $(246) $4,813 ",
      // Four columns: "(20)(2)" cannot be one cell with a mark here, the row needs both figures.
      "Reserve $100 (20)(2) $78 ",
      "Inventory reserve $100  $50  $(30) $125 ",
    ].join("\n");
    const [report] = checkSchedules(text).schedules;
    expect(report.rows[1]).toMatchObject({ begin: 100, additions: [-20], deductions: [-2], end: 78 });
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.check, f.account, f.expected, f.actual])).toEqual([
      ["rollforward", "Inventory reserve", 120, 125],
    ]);
  });

  test("a label on its own line with its figures on the next, under a header stacked row by row", () => {
    const text = [
      "XML 51 R37.htm IDEA: XBRL DOCUMENT v3.24.0.1",
      "Schedule II - Valuation and Qualifying Accounts (Tables)",
      "Col. A",
      "Col. B",
      "Col. C",
      "Col. D",
      "Col. E",
      "Additions",
      "Balance at",
      "Charged to",
      "Charged to",
      "Balance at",
      "Beginning",
      "Costs and",
      "Other",
      "End of",
      "Description",
      "of Period",
      "Expenses",
      "Accounts",
      "Deductions",
      "Period",
      "Year Ended December 31, 2023:",
      "Allowance for doubtful accounts",
      " $16  $21  $-  $(20) $17 ",
      "Valuation allowance for deferred tax assets",
      " $10  $-  $(1) $-  $9 ",
    ].join("\n");
    const [schedule] = readSchedules(text);
    expect(schedule.columns.map((c) => c.role)).toEqual([
      "begin",
      "addition",
      "addition",
      "deduction",
      "end",
    ]);
    expect(
      schedule.rows.map((row) => [
        row.periodLabel,
        row.account,
        row.begin.toNumber(),
        row.additions.map((v) => v.toNumber()),
        row.deductions.map((v) => v.toNumber()),
        row.end.toNumber(),
      ]),
    ).toEqual([
      ["Year Ended December 31, 2023", "Allowance for doubtful accounts", 16, [21, 0], [-20], 17],
      ["Year Ended December 31, 2023", "Valuation allowance for deferred tax assets", 10, [0, -1], [0], 9],
    ]);
  });

  test("column-aligned text is not taken for a one-line render", () => {
    const aligned = [
      "                      Balance at    Charged to                 Balance at",
      "                      Beginning     Costs and                  End of",
      "Description           of Period     Expenses     Deductions    Period",
      "Allowance 2003          1,000          200          150         1,050",
      "Allowance 2002            900          300          200         1,000",
      "Reserve   2003            500           50           25           525",
    ];
    expect(isLineRender(numberLines(aligned.join("\n"), 1))).toBe(false);
  });
});

describe("property: a table printed one line per row reads back as the same figures", () => {
  const magnitude = fc.integer({ min: 100, max: 9_999_999 });
  const grouped = (n: number) => n.toLocaleString("en-US");
  /** A figure as viewers print it, or an empty cell. */
  const figure = fc.oneof(
    magnitude.map((n) => ({ text: `$${grouped(n)}`, value: n })),
    magnitude.map((n) => ({ text: grouped(n), value: n })),
    magnitude.map((n) => ({ text: `(${grouped(n)})`, value: -n })),
    magnitude.map((n) => ({ text: `$(${grouped(n)})`, value: -n })),
    fc.constantFrom({ text: "—", value: 0 }, { text: "$—", value: 0 }, { text: "$-", value: 0 }),
  );
  const table = fc.integer({ min: 3, max: 7 }).chain((columns) =>
    fc.array(
      fc.record({
        label: fc.stringMatching(/^[A-Z][a-z]{2,9}(?: [a-z]{2,9}){0,3}$/),
        cells: fc.array(figure, { minLength: columns, maxLength: columns }),
        gaps: fc.array(fc.constantFrom("", " ", "  "), { minLength: columns, maxLength: columns }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
  );

  /** Whether a render may print `next` glued to `before` and still show where it starts. */
  function mayGlue(before: string, next: string): boolean {
    if (/[-—]$/.test(before) && /^[-—]/.test(next)) return false; // "—" "—" would print one dash
    if (/^[$(—]/.test(next)) return true;
    return /[)—]$/.test(before);
  }

  function join(label: string, cells: { text: string }[], gaps: string[]): string {
    let line = label;
    cells.forEach((cell, index) => {
      const glued = index > 0 && gaps[index] === "" && mayGlue(cells[index - 1].text, cell.text);
      line += glued ? "" : gaps[index] || " ";
      line += cell.text;
    });
    return line;
  }

  test("the same figures in every row", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = [
          "XML 9 R9.htm IDEA: XBRL DOCUMENT v3.20.4",
          "Balance at Beginning",
          "Additions",
          "Deductions",
          "Balance at End",
          ...rows.map((row) => join(row.label, row.cells, row.gaps)),
        ].join("\n");
        const [read] = readLineRender(numberLines(text, 1));
        const body = read.rows.slice(read.headerRowCount);
        expect(body.map((cells) => cells[0].text)).toEqual(rows.map((row) => row.label));
        expect(body.map((cells) => values(cells.slice(1).map((c) => c.text)))).toEqual(
          rows.map((row) => row.cells.map((c) => c.value)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
