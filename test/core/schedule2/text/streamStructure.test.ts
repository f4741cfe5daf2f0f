// The structure of stored renders read as a cell stream: sub-tables that open with their own
// account title or period label, unlabeled totals glued onto the last account's figures, names a
// render split over two rows, pipe renders whose bare lines are cells, and a year split in two.
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { isPeriodLabel, periodKey } from "../../../../src/core/schedule2/layout/periods";

const rowsOf = (text: string) =>
  readSchedules(text).flatMap((model) =>
    model.rows.map((row) => ({
      period: row.period,
      account: row.account,
      isTotal: row.isTotal,
      figures: [row.begin, ...row.additions, ...row.deductions, row.end].map((v) => v.toNumber()),
    })),
  );
const errors = (text: string) =>
  checkSchedules(text).schedules.flatMap((s) => s.findings.filter((f) => f.severity === "error"));

/** One cell per line, "$" in cells of its own, as a PDF viewer or an R page copies it. */
const cells = (...lines: (string | number)[]) => lines.map(String).join("\n");

const HEADER = [
  "Balance",
  "Beginning of Period",
  "Additions Charged to Expense",
  "Deductions",
  "Balance",
  "End of Period",
];

describe("sub-tables with their own headers", () => {
  // Two accounts, each printed as its own table under its own title, years as row labels.
  const text = cells(
    "SCHEDULE II",
    "VALUATION AND QUALIFYING ACCOUNTS",
    "(in thousands)",
    "Allowance for Doubtful Accounts",
    ...HEADER,
    "2018",
    "$",
    "100",
    "$",
    "30",
    "$",
    "20",
    "$",
    "110",
    "2019",
    "110",
    "40",
    "25",
    "125",
    "(1) Amounts written off.",
    "Revenue Allowance(2)",
    ...HEADER,
    "2018",
    "$",
    "50",
    "$",
    "9",
    "$",
    "7",
    "$",
    "52",
    "2019",
    "52",
    "8",
    "6",
    "54",
    "(2)",
    "Allowances are estimated from history and the terms of each contract with the customer.",
  );

  it("gives each sub-table's rows the account named above its header", () => {
    expect(rowsOf(text).map((row) => `${row.period} ${row.account}`)).toEqual([
      "2018 Allowance for Doubtful Accounts",
      "2019 Allowance for Doubtful Accounts",
      "2018 Revenue Allowance",
      "2019 Revenue Allowance",
    ]);
  });

  it("keeps the footnote mark after the last figure out of the row", () => {
    expect(rowsOf(text)[3].figures).toEqual([52, 8, 6, 54]);
    expect(errors(text)).toEqual([]);
  });
});

describe("an unlabeled total glued to the last account's figures", () => {
  const table = (total: number[]) =>
    cells(
      "SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS (in thousands)",
      "Balance at beginning of year",
      "Additions charged to expense",
      "Deductions",
      "Balance at end of year",
      "2019:",
      "Reserve for bad debts",
      "$",
      "1,128",
      "$",
      "676",
      "$",
      "467",
      "$",
      "1,337",
      "Reserve for cash discounts",
      "692",
      "9,482",
      "9,562",
      "612",
      "Deferred tax asset valuation",
      "3,892",
      "1,093",
      "—",
      "4,985",
      ...total.flatMap((n) => ["$", n.toLocaleString("en-US")]),
    );

  it("is a total row of its own when it is the column sums of its block", () => {
    const rows = rowsOf(table([5712, 11251, 10029, 6934]));
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual({
      period: "2019",
      account: "",
      isTotal: true,
      figures: [5712, 11251, 10029, 6934],
    });
  });

  it("is not made a row when it does not foot: the row is named in a parse note, no error", () => {
    const text = table([5712, 11251, 10029, 6935]);
    expect(rowsOf(text).map((row) => row.account)).toEqual([
      "Reserve for bad debts",
      "Reserve for cash discounts",
    ]);
    const notes = checkSchedules(text).schedules.flatMap((s) =>
      s.findings.filter((f) => f.check === "parse"),
    );
    expect(notes.map((n) => n.message).join()).toMatch(/Deferred tax asset valuation/);
    expect(errors(text)).toEqual([]);
  });
});

describe("an account name split over two rows", () => {
  // "|" renders: the name's first words on a row whose other cells are empty.
  const pipe = (...lines: string[]) => lines.join("\n");
  const yearBlock = (year: number, firstName: string[], figures: string[]) => [
    `|For the Year Ended December 31, ${year}`,
    "|Balance at Beginning of Period",
    "|Charged to Costs and Expenses",
    "|Deductions",
    "|Balance at End of Period",
    ...firstName,
    ...figures.slice(0, 4).map((f) => `|${f}`),
    "|Allowance for inventories",
    ...figures.slice(4).map((f) => `|${f}`),
  ];
  const text = (secondYearName: string[]) =>
    pipe(
      "|Valuation and Qualifying Accounts",
      ...yearBlock(
        2011,
        ["|Allowance for Trade Receivables"],
        ["3,124", "600", "500", "3,224", "1,829", "583", "165", "2,247"],
      ),
      ...yearBlock(2010, secondYearName, ["2,558", "900", "334", "3,124", "2,618", "0", "789", "1,829"]),
    );

  it("is joined when the whole name is printed as one label elsewhere in the table", () => {
    const rows = rowsOf(text(["|Allowance for Trade", "|", "|", "|", "|", "|Receivables"]));
    expect(rows.filter((row) => row.period === "2010").map((row) => row.account)).toEqual([
      "Allowance for Trade Receivables",
      "Allowance for inventories",
    ]);
  });

  it("is not joined when the table never prints it whole (a heading over a sub-row stays a heading)", () => {
    const rows = rowsOf(text(["|Allowance for Trade", "|", "|", "|", "|", "|Domestic"]));
    expect(rows.some((row) => row.account === "Allowance for Trade Domestic")).toBe(false);
  });
});

describe("a pipe render whose labels and headings stand on bare lines", () => {
  // Only figure and empty cells open with "|": each bare line of a long run is a cell of its own.
  const text = [
    "|Valuation and Qualifying Accounts",
    "|",
    "COL. B",
    "COL. C",
    "COL. D",
    "COL. E",
    "Balance at",
    "beginning",
    "of period",
    "Charged to",
    "costs and",
    "expenses",
    "Deductions",
    "Balance at",
    "end of",
    "period",
    "Year ended December 31, 2018",
    "|",
    "|",
    "|",
    "|",
    "|",
    "Allowance for doubtful accounts",
    "|$",
    "|1,158",
    "|786",
    "|$",
    "|(448",
    "|)(a)",
    "|$",
    "|1,496",
    "Reserve for sales returns",
    "|5,032",
    "|4,296",
    "|(3,390",
    "|)",
    "|",
    "|5,938",
    "|",
  ].join("\n");

  it("reads the period, the headings and each account", () => {
    const rows = rowsOf(text);
    expect(rows.map((row) => `${row.period} ${row.account}`)).toEqual([
      "2018 Allowance for doubtful accounts",
      "2018 Reserve for sales returns",
    ]);
    expect(rows[0].figures).toEqual([1158, 786, -448, 1496]);
    expect(errors(text)).toEqual([]);
  });
});

describe("a year split over two cells", () => {
  it('reads "December 31, 201" / "8" as the 2018 year end', () => {
    expect(isPeriodLabel("Year Ended December 31, 201 8")).toBe(true);
    expect(periodKey("Year Ended December 31, 201 8")).toBe("2018");
  });

  it("does not join a year to a figure after it", () => {
    expect(periodKey("December 31, 2018 5")).toBe("2018");
  });
});

describe("rows whose empty cells vanished", () => {
  // Five columns; the complete rows tie with deductions subtracted (as printed or as their size).
  const table = (shortRow: string[]) =>
    cells(
      "SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS",
      "Balance at beginning of period",
      "Charged to costs and expenses",
      "Charged to other accounts",
      "Deductions",
      "Balance at end of period",
      "Year ended December 31, 2008",
      "Allowance for doubtful accounts",
      "$",
      "2,237",
      "$",
      "6,090",
      "$",
      "—",
      "$",
      "3,172",
      "$",
      "5,155",
      "Allowance for inventory",
      "1,667",
      "691",
      "—",
      "—",
      "2,358",
      "Valuation allowance",
      ...shortRow,
    );

  it("places the figures where the one reading that ties puts them", () => {
    // 3,078 + 22,501 = 25,579: an addition (as a deduction it would not tie).
    const rows = rowsOf(table(["3,078", "22,501", "25,579"]));
    expect(rows[2].figures).toEqual([3078, 22501, 0, 0, 25579]);
    expect(errors(table(["3,078", "22,501", "25,579"]))).toEqual([]);
  });

  it("gives a parse note, not a row, when two readings tie", () => {
    // 100 + (20) = 80 as an addition, and 100 − |(20)| = 80 as a deduction: which column is unknown.
    const text = table(["100", "(20)", "80"]);
    expect(rowsOf(text).map((row) => row.account)).not.toContain("Valuation allowance");
    const notes = checkSchedules(text).schedules.flatMap((s) =>
      s.findings.filter((f) => f.check === "parse"),
    );
    expect(notes.map((n) => n.message).join()).toMatch(/Valuation allowance/);
    expect(errors(text)).toEqual([]);
  });
});
