// Check run on the wrong sheet: a table that is not a roll-forward (a grant list, a vesting table, a trial
// balance, an aging, a notes table, a list of numbers) must read as "no Schedule II found", never as a
// schedule with invented breaks. The seed laid out on a sheet by hand is the positive control.
import fc from "fast-check";
import { checkSchedules, readSchedules, type CellGrid } from "../../../src/core/schedule2";
import type { CellValue } from "../../../src/core/schedule2/grid";
import { SEED_ROW_LABELS } from "./fixture-keys";

/** No schedule read, and so nothing reported: the CLI exits 2, the task pane shows its empty state. */
function expectNoSchedule(input: string | CellGrid): void {
  expect(readSchedules(input)).toEqual([]);
  expect(checkSchedules(input)).toEqual({ file: "", schedules: [] });
}

// Grant dates as Excel 1900-system serials: 2003-07-21 is 37823; a month later is 31 days on (37854),
// and 2003-09-21 is 31 more (37885).
describe("a grant list", () => {
  test("Employee | Grant date | Shares, dates as serial numbers", () => {
    expectNoSchedule({
      values: [
        ["Employee", "Grant date", "Shares"],
        ["A. Smith", 37823, 1000],
        ["B. Jones", 37854, 2000],
        ["C. Lee", 37885, 500],
      ],
    });
  });

  test("Grant date | Shares, dates as serial numbers (no label column at all)", () => {
    expectNoSchedule({
      values: [
        ["Grant date", "Shares"],
        [37823, 1000],
        [37854, 2000],
        [37885, 500],
      ],
    });
  });

  test("dates as ISO text, with and without an employee column", () => {
    expectNoSchedule({
      values: [
        ["Employee", "Grant date", "Shares"],
        ["A. Smith", "2003-07-21", 1000],
        ["B. Jones", "2003-08-21", 2000],
      ],
    });
    expectNoSchedule({
      values: [
        ["Grant date", "Shares"],
        ["2003-07-21", 1000],
        ["2003-08-21", 2000],
      ],
    });
  });

  test("as fixed-width text, as | cells and as an HTML table", () => {
    expectNoSchedule(
      [
        "Employee        Grant date      Shares",
        "A. Smith             37823       1,000",
        "B. Jones             37854       2,000",
        "C. Lee               37885         500",
      ].join("\n"),
    );
    expectNoSchedule(
      [
        "| Employee | Grant date | Shares |",
        "| A. Smith | 37823 | 1,000 |",
        "| B. Jones | 37854 | 2,000 |",
      ].join("\n"),
    );
    expectNoSchedule(
      "<table><tr><td>Employee</td><td>Grant date</td><td>Shares</td></tr>" +
        "<tr><td>A. Smith</td><td>37823</td><td>1,000</td></tr>" +
        "<tr><td>B. Jones</td><td>37854</td><td>2,000</td></tr></table>",
    );
  });
});

describe("a vesting table (the reference grant: 1,000 shares, 50% at 6 months, then 50% monthly over 24)", () => {
  // 2004-01-21 is 184 days after 2003-07-21 (31+31+30+31+30+31): 37823 + 184 = 38007; then +31 = 38038,
  // +29 (February 2004) = 38067. Cumulative, rounded down: 500, floor(1000 × 25/48) = 520, floor(541.67) = 541,
  // floor(562.5) = 562.
  const header = ["Vest date", "Shares", "Cumulative", "Unvested", "Percent vested"];
  const rows: [number, string][] = [
    [38007, "2004-01-21"],
    [38038, "2004-02-21"],
    [38067, "2004-03-21"],
  ];
  const figures = [
    [500, 500, 500, 0.5],
    [20, 520, 480, 0.52],
    [21, 541, 459, 0.541],
  ];

  test("dates as serial numbers", () => {
    expectNoSchedule({ values: [header, ...rows.map(([serial], i) => [serial, ...figures[i]])] });
  });

  test("dates as ISO text", () => {
    expectNoSchedule({ values: [header, ...rows.map(([, iso], i) => [iso, ...figures[i]])] });
  });
});

test("a trial balance: debits and credits with a total row", () => {
  expectNoSchedule({
    values: [
      ["Account", "Account name", "Debit", "Credit"],
      [1000, "Cash", 25000, null],
      [1200, "Accounts receivable", 14000, null],
      [2000, "Accounts payable", null, 9000],
      [3000, "Common stock", null, 30000],
      ["Total", null, 39000, 39000],
    ],
  });
});

describe("an aging schedule", () => {
  test("as a grid", () => {
    expectNoSchedule({
      values: [
        ["Customer", "Current", "1-30 days", "31-60 days", "61-90 days", "Over 90 days", "Total"],
        ["Acme", 1200, 300, 0, 0, 50, 1550],
        ["Globex", 800, 0, 200, 100, 0, 1100],
        ["Total", 2000, 300, 200, 100, 50, 2650],
      ],
    });
  });

  test("as fixed-width text, as | cells and as HTML", () => {
    expectNoSchedule(
      [
        "Customer     Current   1-30 days   31-60 days   Over 60 days    Total",
        "Acme           1,200         300            -             50    1,550",
        "Globex           800           -          200              -    1,000",
        "Total          2,000         300          200             50    2,550",
      ].join("\n"),
    );
    expectNoSchedule(
      [
        "| Customer | Current | 1-30 days | 31-60 days | Over 60 days | Total |",
        "| Acme | 1,200 | 300 | - | 50 | 1,550 |",
        "| Globex | 800 | - | 200 | - | 1,000 |",
      ].join("\n"),
    );
    expectNoSchedule(
      "<table><tr><th>Customer</th><th>Current</th><th>1-30 days</th><th>31-60 days</th><th>Total</th></tr>" +
        "<tr><td>Acme</td><td>1,200</td><td>300</td><td>50</td><td>1,550</td></tr>" +
        "<tr><td>Globex</td><td>800</td><td>0</td><td>200</td><td>1,000</td></tr></table>",
    );
  });
});

test("a notes table in EDGAR text, years across: property and equipment", () => {
  expectNoSchedule(
    [
      "<TABLE>",
      "<CAPTION>",
      "                                   2003        2002",
      "<S>                                <C>         <C>",
      "Land                               1,000       1,000",
      "Buildings                          5,400       5,100",
      "Machinery                          2,300       2,000",
      "Less accumulated depreciation     (3,100)     (2,700)",
      "Net property                       5,600       5,400",
      "</TABLE>",
    ].join("\n"),
  );
});

test("a list of numbers, with and without row labels", () => {
  expectNoSchedule({
    values: [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
  });
  expectNoSchedule({
    values: [
      ["a", 1, 2, 3],
      ["b", 4, 5, 6],
    ],
  });
});

test("balances named only by position count when activity stands between them", () => {
  // "Balance | Additions | Deductions | Balance" is a roll-forward by its own words:
  // 405 + 1,680 − 668 = 1,417 ties; "Balance at January 1 … December 31" reads the same way.
  for (const [first, last] of [
    ["Balance", "Balance"],
    ["Balance at January 1", "Balance at December 31"],
  ]) {
    const [schedule] = readSchedules({
      values: [
        ["Description", first, "Additions", "Deductions", last],
        ["Allowance for doubtful accounts", 405, 1680, 668, 1417],
      ],
    });
    expect(schedule.columns.map((column) => column.role)).toEqual(["begin", "addition", "deduction", "end"]);
    expect(
      checkSchedules({
        values: [
          ["Description", first, "Additions", "Deductions", last],
          ["Allowance", 405, 1680, 668, 1417],
        ],
      }).schedules[0].findings,
    ).toEqual([]);
  }
});

test("two balance columns with nothing but figures between them are not a roll-forward", () => {
  expectNoSchedule({
    values: [
      ["Description", "Balance", "Q1", "Q2", "Balance"],
      ["Cash", 405, 1680, 668, 1417],
    ],
  });
});

test("opening and closing balances with no activity column between them are not a roll-forward", () => {
  expectNoSchedule({
    values: [
      ["Account", "Opening balance", "Closing balance"],
      ["Cash", 1000, 1200],
      ["Receivables", 500, 450],
    ],
  });
});

test("years across with an opening and a closing line but no activity line between them", () => {
  expectNoSchedule(
    [
      "                                          2003        2002",
      "Shares outstanding at beginning of year  10,000       9,500",
      "Shares outstanding at end of year        10,400      10,000",
    ].join("\n"),
  );
});

describe("property: a grid whose header names no opening or closing balance never yields a schedule", () => {
  // Adversarial on purpose: activity words, "Total", years and dates, start and end *dates*. "Balance"
  // is left out: "Balance | Additions | Balance" is a roll-forward by its own words (tested above).
  const HEADER_WORDS = [
    "Description",
    "Account",
    "Additions",
    "Deductions",
    "Charged to costs and expenses",
    "Write-offs",
    "Shares",
    "Grant date",
    "Vest date",
    "Start date",
    "End date",
    "Cumulative",
    "Unvested",
    "Debit",
    "Credit",
    "Current",
    "Over 90 days",
    "Total",
    "2023",
    "2022",
    "December 31, 2023",
    "Net",
    "",
  ];
  const ROW_LABELS = [
    "Allowance for doubtful accounts",
    "Warranty reserve",
    "Total",
    "A. Smith",
    "Cash",
    "Additions",
    "Balance",
    "Year ended June 30, 2003:",
    "2003-07-21",
  ];
  const BALANCE_WORDS = /begin|open|start\s+of|\bend\b|ending|clos|balance/i;
  const headerWord = fc.oneof(
    fc.constantFrom(...HEADER_WORDS),
    fc.string({ maxLength: 12 }).filter((word) => !BALANCE_WORDS.test(word)),
  );
  const figure: fc.Arbitrary<CellValue> = fc.oneof(
    fc.integer({ min: -10_000_000, max: 10_000_000 }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100),
    fc.integer({ min: 36000, max: 47000 }), // date serials, 1998–2028
    fc.constant(null),
  );
  const grid = fc.integer({ min: 2, max: 7 }).chain((columns) =>
    fc.record({
      header: fc.array(headerWord, { minLength: columns, maxLength: columns }),
      rows: fc.array(
        fc.tuple(
          fc.option(fc.constantFrom(...ROW_LABELS)),
          fc.array(figure, { minLength: columns, maxLength: columns }),
        ),
        { minLength: 1, maxLength: 8 },
      ),
    }),
  );

  test("read from cells", () => {
    fc.assert(
      fc.property(grid, ({ header, rows }) => {
        const values: CellValue[][] = [
          header,
          ...rows.map(([label, figures]) => (label === null ? figures : [label, ...figures])),
        ];
        expect(readSchedules({ values })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("the same table as | cells and as HTML", () => {
    const shown = (value: CellValue) => (value === null ? "" : String(value));
    fc.assert(
      fc.property(grid, ({ header, rows }) => {
        const lines = [header, ...rows.map(([label, figures]) => [label ?? "", ...figures.map(shown)])];
        const pipe = lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
        const html = `<table>${lines.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
        expect(readSchedules(pipe)).toEqual([]);
        expect(readSchedules(html)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("positive control: the seed Schedule II typed into a sheet", () => {
  // As the seed prints it: a description column, five value columns under a two-row header, a period
  // heading row before each year, a total row after it. Zero is a number (Excel shows "-" by its format).
  const seedGrid: CellGrid = {
    sheetName: "Schedule II",
    values: [
      ["SCHEDULE II"],
      ["LANTRONIX, INC."],
      ["CONSOLIDATED VALUATION AND QUALIFYING ACCOUNTS"],
      ["(IN THOUSANDS)"],
      [null, "Balance at", "Charged (recovered)", "Charged to", null, "Balance"],
      [
        "Description",
        "beginning of period",
        "to costs and expenses",
        "other accounts",
        "Deductions",
        "end of period",
      ],
      ["Year ended June 30, 2002:"],
      ["Allowance for doubtful accounts", 405, 1680, 49, 668, 1466],
      ["Reserve for excess and obsolete inventory", 2490, 3443, 39, 216, 5756],
      ["Warranty reserve", 562, 220, 0, 303, 479],
      ["Total", 3457, 5343, 88, 1187, 7701],
      [],
      ["Year ended June 30, 2003:"],
      ["Allowance for doubtful accounts", 1466, -473, 10, 431, 572],
      ["Reserve for excess and obsolete inventory", 5756, 4189, 41, 1989, 7997],
      ["Warranty reserve", 479, 878, -153, 11, 1193],
      ["Total", 7701, 4594, -102, 2431, 9762],
      [],
      ["Year ended June 30, 2004:"],
      ["Allowance for doubtful accounts", 572, -164, 0, 231, 177],
      ["Reserve for excess and obsolete inventory", 7997, 368, 0, 2336, 6029],
      ["Warranty reserve", 1193, 1168, 0, 591, 1770],
      ["Total", 9762, 1372, 0, 3158, 7976],
    ],
  };

  test("reads as 12 rows under begin, two additions, a deduction and end, and ties", () => {
    const [model] = readSchedules(seedGrid);
    expect(model.columns.map((column) => `${column.role}:${column.header}`)).toEqual([
      "begin:Balance at beginning of period",
      "addition:Charged (recovered) to costs and expenses",
      "addition:Charged to other accounts",
      "deduction:Deductions",
      "end:Balance end of period",
    ]);
    expect(model.rows.map((row) => `${row.period} ${row.account}${row.isTotal ? " (total)" : ""}`)).toEqual(
      SEED_ROW_LABELS,
    );
    // 2003 allowance: 1,466 − 473 + 10 − 431 = 572; 2003 total: 7,701 + 4,594 − 102 − 2,431 = 9,762.
    const report = checkSchedules(seedGrid);
    expect(report.schedules).toHaveLength(1);
    expect(report.schedules[0].signConvention).toBe("deductions-subtracted");
    expect(report.schedules[0].findings).toEqual([]);
  });

  test("a mistyped ending balance is a break at its cell, and the total no longer foots", () => {
    // 2004 warranty reserve: 1,193 + 1,168 + 0 − 591 = 1,770, typed 1,771 in F22.
    // The 2004 total's end column: 177 + 6,029 + 1,771 = 7,977, printed 7,976.
    const values = seedGrid.values.map((row) => [...row]);
    values[21][5] = 1771;
    const errors = checkSchedules({ ...seedGrid, values }).schedules[0].findings.filter(
      (f) => f.severity === "error",
    );
    expect(errors.map((f) => [f.check, f.period, f.account, f.expected, f.actual, f.location])).toEqual([
      ["rollforward", "2004", "Warranty reserve", 1770, 1771, "'Schedule II'!F22"],
      ["footing", "2004", "Total", 7977, 7976, "'Schedule II'!F23"],
    ]);
  });
});
