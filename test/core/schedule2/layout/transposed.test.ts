// Schedules printed transposed: accounts (or years) across, the roll-forward lines down the side.
// Cells are given as a stored render's cell stream gives them (no positions); the expected figures
// are those of the hand-checked keys of fixtures 221, 233 and 239 (shared/fixtures/schedule2-batch2).
import fc from "fast-check";
import { checkSchedules } from "../../../../src/core/schedule2";
import { layoutTable } from "../../../../src/core/schedule2/layout";
import { unstackHeadings } from "../../../../src/core/schedule2/layout/stackedHeadings";
import type { RawCell, RawTable, ScheduleModel } from "../../../../src/core/schedule2/types";

let line = 0;
const row = (...texts: string[]): RawCell[] => {
  line++;
  return texts.map((text) => ({ text, line }));
};
const table = (rows: RawCell[][], context = ""): RawTable => ({ rows, context, source: "pipe-cells" });

const plain = (model: ScheduleModel | null) =>
  (model?.rows ?? []).map((r) => ({
    period: r.period,
    periodLabel: r.periodLabel,
    account: r.account,
    begin: r.begin.toNumber(),
    additions: r.additions.map((v) => v.toNumber()),
    deductions: r.deductions.map((v) => v.toNumber()),
    end: r.end.toNumber(),
  }));

describe("accounts across, dated balances down the side (fixture 239, Cato)", () => {
  const cato = table([
    row("48"),
    ...["Allowance", "for", "Reserve for", "Allowance", "Doubtful", "Rental", "for Sales"].map((t) => row(t)),
    ...["Accounts(a)", "Commitments(b)", "Returns(c)", "(In thousands)"].map((t) => row(t)),
    row("Balance at February 1, 2003", "$6,099", "$956", "$390"),
    row("Additions charged to costs and expenses", "6,098", "1,062", "10"),
    row("Additions charged to other accounts", "858 (d)", "—", "—"),
    row("Deductions", "(6,720)", "(1,402)", "—"),
    row("Balance at January 31, 2004", "6,335", "616", "400"),
    row("Additions charged to costs and expenses", "5,096", "1,373", "22"),
    row("Additions charged to other accounts", "1,069 (d)", "—", "—"),
    row("Deductions", "(6,378)", "(1,502)", "—"),
    row("Balance at January 29, 2005", "6,122", "487", "422"),
    row("(a)"),
    row("Deducted from trade accounts receivable."),
  ]);

  test("each account column gives one row per period, closed by the dated balance", () => {
    const model = layoutTable(cato);
    expect(model?.transposed).toBe(true);
    expect(plain(model)).toEqual([
      {
        period: "2004",
        periodLabel: "Balance at January 31, 2004",
        account: "Allowance for Doubtful Accounts",
        begin: 6099,
        additions: [6098, 858],
        deductions: [-6720],
        end: 6335,
      },
      {
        period: "2005",
        periodLabel: "Balance at January 29, 2005",
        account: "Allowance for Doubtful Accounts",
        begin: 6335,
        additions: [5096, 1069],
        deductions: [-6378],
        end: 6122,
      },
      {
        period: "2004",
        periodLabel: "Balance at January 31, 2004",
        account: "Reserve for Rental Commitments",
        begin: 956,
        additions: [1062, 0],
        deductions: [-1402],
        end: 616,
      },
      {
        period: "2005",
        periodLabel: "Balance at January 29, 2005",
        account: "Reserve for Rental Commitments",
        begin: 616,
        additions: [1373, 0],
        deductions: [-1502],
        end: 487,
      },
      {
        period: "2004",
        periodLabel: "Balance at January 31, 2004",
        account: "Allowance for Sales Returns",
        begin: 390,
        additions: [10, 0],
        deductions: [0],
        end: 400,
      },
      {
        period: "2005",
        periodLabel: "Balance at January 29, 2005",
        account: "Allowance for Sales Returns",
        begin: 400,
        additions: [22, 0],
        deductions: [0],
        end: 422,
      },
    ]);
    expect(model?.columns.map((c) => c.role)).toEqual(["begin", "addition", "addition", "deduction", "end"]);
  });

  test("a row that cannot be placed is named, and its period is not read on a guess", () => {
    const broken = table([
      ...cato.rows.slice(0, 15),
      row("Deductions", "(6,720)", "(1,402)"), // one amount short
      ...cato.rows.slice(16),
    ]);
    const model = layoutTable(broken);
    expect(model?.parseNotes.some((n) => /Row not read .*Deductions/.test(n.message))).toBe(true);
    expect(plain(model).map((r) => r.period)).not.toContain("2004");
  });
});

describe("accounts across with the headings only in the text before the table (fixture 221)", () => {
  const context = [
    "VALUATION AND QUALIFYING ACCOUNTS",
    "(In thousands)",
    "|",
    "Valuation Allowances",
    "|",
    "on Net",
    "Accounts Receivable",
    "Deferred Tax",
    "|",
    "Allowances",
    "Assets",
    "|",
  ].join("\n");
  const rows = [
    row("Valuation and Qualifying Accounts (In thousands)"),
    row("Balance as of October 1, 2008", "$34,564", "$76,481"),
    row("Charged to costs and expenses", "1,436", "22,756", "(1)"),
    row("Charged to revenue", "3,768", "—"),
    row("Charged to other accounts", "3,397", "(2)", "—"),
    row("Deductions", "(33,287)", "(16,457)"),
    row("Balance as of September 30, 2009", "9,878", "82,780"),
  ];
  rows[2][3].mark = true;
  rows[4][2].mark = true;

  test("the stacked headings are rebuilt and footnote marks dropped", () => {
    expect(plain(layoutTable(table(rows, context)))).toEqual([
      {
        period: "2009",
        periodLabel: "Balance as of September 30, 2009",
        account: "Accounts Receivable Allowances",
        begin: 34564,
        additions: [1436, 3768, 3397],
        deductions: [-33287],
        end: 9878,
      },
      {
        period: "2009",
        periodLabel: "Balance as of September 30, 2009",
        account: "Valuation Allowances on Net Deferred Tax Assets",
        begin: 76481,
        additions: [22756, 0, 0],
        deductions: [-16457],
        end: 82780,
      },
    ]);
  });

  test("without any headings the accounts are named by position and a parse note says so", () => {
    const model = layoutTable(table(rows, ""));
    expect(plain(model).map((r) => r.account)).toEqual(["Column 1", "Column 2"]);
    expect(model?.parseNotes.some((n) => /account names/.test(n.message))).toBe(true);
  });
});

describe("years across, accounts in blocks down the side (fixture 233)", () => {
  test("a line of years above the first balance heads the columns", () => {
    const model = layoutTable(
      table([
        row("18. VALUATION AND QUALIFYING ACCOUNTS (in thousands):"),
        row("Years Ended December 31,", "2019", "2018", "2017"),
        row("Allowance for doubtful accounts:"),
        row("Beginning balance", "$372", "$375", "$1,072"),
        row("Charged to costs and expenses", "393", "168", "(51)"),
        row("Deductions—accounts written off", "(255)", "(171)", "(646)"),
        row("Ending balance", "$510", "$372", "$375"),
        row("Deferred income tax asset valuation allowance:"),
        row("Beginning balance", "$66,431", "$60,302", "$78,363"),
        row("Charged to costs and expenses", "5,859", "6,129", "(16,806)"),
        row("Deductions", "—", "—", "(1,255)"),
        row("Ending balance", "$72,290", "$66,431", "$60,302"),
      ]),
    );
    expect(model?.transposed).toBe(true);
    expect(plain(model)).toEqual(
      [
        ["2019", "Allowance for doubtful accounts", 372, [393], [-255], 510],
        ["2018", "Allowance for doubtful accounts", 375, [168], [-171], 372],
        ["2017", "Allowance for doubtful accounts", 1072, [-51], [-646], 375],
        ["2019", "Deferred income tax asset valuation allowance", 66431, [5859], [0], 72290],
        ["2018", "Deferred income tax asset valuation allowance", 60302, [6129], [0], 66431],
        ["2017", "Deferred income tax asset valuation allowance", 78363, [-16806], [-1255], 60302],
      ].map(([period, account, begin, additions, deductions, end]) => ({
        period,
        periodLabel: period,
        account,
        begin,
        additions,
        deductions,
        end,
      })),
    );
  });

  test("without the years the blocks are not read as periods on a guess", () => {
    const model = layoutTable(
      table([
        row("Allowance for doubtful accounts:"),
        row("Beginning balance", "$372", "$375", "$1,072"),
        row("Charged to costs and expenses", "393", "168", "(51)"),
        row("Deductions—accounts written off", "(255)", "(171)", "(646)"),
        row("Ending balance", "$510", "$372", "$375"),
      ]),
    );
    expect(plain(model)).toEqual([]);
  });
});

describe("stacked headings", () => {
  test("pieces of bottom-aligned headings come back as the headings (239)", () => {
    expect(
      unstackHeadings(
        [
          "Allowance",
          "for",
          "Reserve for",
          "Allowance",
          "Doubtful",
          "Rental",
          "for Sales",
          "Accounts",
          "Commitments",
          "Returns",
        ],
        3,
      ),
    ).toEqual([
      "Allowance for Doubtful Accounts",
      "Reserve for Rental Commitments",
      "Allowance for Sales Returns",
    ]);
  });

  test("too few pieces for the columns give no headings", () => {
    expect(unstackHeadings(["Allowances"], 2)).toBeNull();
  });

  // A heading is a capitalised word and lower-case words after it, printed bottom-aligned with
  // blank cells lost: reading the pieces back gives every heading.
  test("bottom-aligned headings survive losing their blank cells", () => {
    const word = fc.constantFrom("reserve", "for", "doubtful", "returns", "tax", "sales", "net");
    const heading = fc
      .tuple(
        fc.constantFrom("Allowance", "Reserve", "Valuation", "Inventory", "Warranty"),
        fc.array(word, { maxLength: 3 }),
      )
      .map(([head, rest]) => [head, ...rest]);
    fc.assert(
      fc.property(fc.array(heading, { minLength: 1, maxLength: 4 }), (headings) => {
        const height = Math.max(...headings.map((h) => h.length));
        const pieces: string[] = [];
        for (let lineNo = 0; lineNo < height; lineNo++)
          for (const h of headings) {
            const at = lineNo - (height - h.length);
            if (at >= 0) pieces.push(h[at]);
          }
        expect(unstackHeadings(pieces, headings.length)).toEqual(headings.map((h) => h.join(" ")));
      }),
    );
  });
});

describe("accounts across in a sheet (cells with positions)", () => {
  // 6,099 + 6,098 − 6,720 = 5,477 ties; 956 + 1,062 − 1,402 = 616, printed 617: one real break.
  const grid = {
    sheetName: "Sched II",
    values: [
      ["SCHEDULE II — VALUATION AND QUALIFYING ACCOUNTS"],
      [null, "Allowance for", "Reserve for"],
      [null, "Doubtful Accounts", "Rental Commitments"],
      ["Balance at February 1, 2003", 6099, 956],
      ["Additions charged to costs and expenses", 6098, 1062],
      ["Deductions", -6720, -1402],
      ["Balance at January 31, 2004", 5477, 617],
    ],
  };

  test("headings over the columns name the accounts; the printed break is the only error", () => {
    const report = checkSchedules(grid);
    expect(report.schedules).toHaveLength(1);
    const [schedule] = report.schedules;
    expect(schedule.reading.transposed).toBe(true);
    expect(schedule.rows.map((r) => [r.period, r.account, r.begin, r.end])).toEqual([
      ["2004", "Allowance for Doubtful Accounts", 6099, 5477],
      ["2004", "Reserve for Rental Commitments", 956, 617],
    ]);
    const errors = schedule.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.check, f.account, f.expected, f.actual])).toEqual([
      ["rollforward", "Reserve for Rental Commitments", 616, 617],
    ]);
  });
});

describe("the XBRL export's transposed (Details) sheet", () => {
  // 572 + 100 − 495 = 177 and 1,466 − 473 − 421 = 572 tie.
  const details = (deduction2022: number | string) => ({
    sheetName: "Schedule II (Details)",
    values: [
      [
        "Schedule II - Valuation and Qualifying Accounts (Details) - USD ($) $ in Thousands",
        "12 Months Ended",
      ],
      [null, "Dec. 31, 2023", "Dec. 31, 2022"],
      ["Allowance for doubtful accounts [Member]"],
      ["Movement in Valuation Allowances and Reserves [Roll Forward]"],
      ["Valuation Allowances and Reserves, Balance", 572, 1466],
      ["Valuation Allowances and Reserves, Charged to Cost and Expense", 100, -473],
      ["Valuation Allowances and Reserves, Deductions", 495, deduction2022],
      ["Valuation Allowances and Reserves, Balance", 177, 572],
    ],
  });

  test("'…, Balance' opens and closes the block; the [Member] names the account; [Roll Forward] is no account", () => {
    const [schedule] = checkSchedules(details(421)).schedules;
    expect(
      schedule.rows.map((r) => [r.period, r.account, r.begin, ...r.additions, ...r.deductions, r.end]),
    ).toEqual([
      ["2023", "Allowance for doubtful accounts", 572, 100, 495, 177],
      ["2022", "Allowance for doubtful accounts", 1466, -473, 421, 572],
    ]);
    expect(schedule.findings).toEqual([]);
  });

  test("a text where a figure belongs is a parse warning at its cell; that period is not checked, the other is", () => {
    const [schedule] = checkSchedules(details("n/a")).schedules;
    expect(schedule.rows.map((r) => r.period)).toEqual(["2023"]);
    expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(schedule.findings).toEqual([
      expect.objectContaining({
        check: "parse",
        severity: "warning",
        location: "'Schedule II (Details)'!C7",
      }),
    ]);
  });
});

test("accounts across: a text where a figure belongs leaves that account's period unchecked, with a warning", () => {
  const model = layoutTable(
    table([
      row("Balance at February 1, 2003", "$6,099", "$956"),
      row("Additions charged to costs and expenses", "6,098", "1,062"),
      row("Deductions", "(6,720)", "see note"),
      row("Balance at January 31, 2004", "5,477", "616"),
    ]),
  );
  expect(plain(model).map((r) => [r.account, r.end])).toEqual([["Column 1", 5477]]);
  expect(model?.parseNotes.some((n) => /"see note" where a figure belongs/.test(n.message))).toBe(true);
});
