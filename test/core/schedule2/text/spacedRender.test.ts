// A render that pads every cell with spaces and prints each row at its own length: a header printed
// line by line across the columns (one partial line on top), repeated year blocks whose rows line up
// with each other only because they print alike, and empty cells printed as a wider run of spaces.
import { readSchedules } from "../../../../src/core/schedule2";
import { numberLines } from "../../../../src/core/schedule2/text/fixedWidth";
import { alignmentOfEnds, isLineRender } from "../../../../src/core/schedule2/text/lineRender";

const HEADER = [
  "SCHEDULE II — VALUATION AND QUALIFYING ACCOUNTS",
  "Years Ended June 30,",
  "    Balance   Additions           Currency    ",
  "    at   Charged   Charged to   Deductions   translation   Balance",
  "(In thousands)   opening   to costs   other   from   during   at end",
  "Description   of year   and expenses   accounts   allowance   year   of year",
];

/** Each year block prints its rows alike; the obsolescence row of 2023 leaves "Charged to other accounts" empty. */
const BODY = [
  "2023",
  "Reserve for returns",
  "  $ 500     $ 80     $ 20     $ (90 )   $ 10     $ 520  ",
  "Inventory obsolescence reserve",
  "    1,200       300             (150 )     (50 )     1,300  ",
  "2022",
  "Reserve for returns",
  "  $ 450     $ 70     $ 30     $ (60 )   $ 10     $ 500  ",
  "Inventory obsolescence reserve",
  "    1,000       250       40       (100 )     10       1,200  ",
];

const rowsOf = (lines: string[]) =>
  readSchedules(lines.join("\n")).flatMap((model) =>
    model.rows.map((row) => [
      row.periodLabel,
      row.account,
      row.begin.toNumber(),
      row.additions.map((v) => v.toNumber()),
      row.deductions.map((v) => v.toNumber()),
      row.end.toNumber(),
    ]),
  );

describe("a space-padded render with the header across the columns", () => {
  it("is taken for a one-line render although its repeated blocks print alike", () => {
    expect(isLineRender(numberLines([...HEADER, ...BODY].join("\n"), 1))).toBe(true);
  });

  it("reads every row: the deduction column by its heading, the empty cell by the wider gap", () => {
    // Hand-checked: 1,200 + 300 + 0 − 150 − 50 = 1,300; 500 + 80 + 20 − 90 + 10 = 520.
    expect(rowsOf([...HEADER, ...BODY])).toEqual([
      ["2023", "Reserve for returns", 500, [80, 20, 10], [-90], 520],
      ["2023", "Inventory obsolescence reserve", 1200, [300, 0, -50], [-150], 1300],
      ["2022", "Reserve for returns", 450, [70, 30, 10], [-60], 500],
      ["2022", "Inventory obsolescence reserve", 1000, [250, 40, 10], [-100], 1200],
    ]);
    const [model] = readSchedules([...HEADER, ...BODY].join("\n"));
    expect(model.columns.map((column) => column.header)).toEqual([
      "Balance at opening of year",
      "Charged to costs and expenses",
      "Charged to other accounts",
      "Deductions from allowance",
      "Currency translation during year",
      "Balance at end of year",
    ]);
    expect(model.parseNotes.map((note) => note.message)).toEqual([
      expect.stringMatching(/^"Inventory obsolescence reserve": a cell printed as spaces was read as empty/),
    ]);
  });

  it("does not guess when the wide gaps are fewer than the missing cells: the row is named, not read", () => {
    // Two figures missing, one wide gap: the other empty cell could be any of three columns.
    const short = BODY.map((line) =>
      line.startsWith("    1,200") ? "    1,200       300             (150 )     1,350  " : line,
    );
    const rows = rowsOf([...HEADER, ...short]);
    expect(rows.map((row) => row[1])).toEqual([
      "Reserve for returns",
      "Reserve for returns",
      "Inventory obsolescence reserve",
    ]);
    const [model] = readSchedules([...HEADER, ...short].join("\n"));
    expect(model.parseNotes.map((note) => note.message)).toEqual([
      expect.stringMatching(/^Row not read \(4 amounts for 6 columns\)/),
    ]);
  });
});

describe("alignment with the figures' start columns", () => {
  it("figures at the same start and end prove nothing; another width ending there does", () => {
    // Two rows alike but for their last figure: without starts two of three ends are shared (aligned);
    // with starts the shared ones are the same figures' places, and each row's last end is its own.
    const ends = [
      [10, 20, 31],
      [10, 20, 33],
    ];
    expect(alignmentOfEnds(ends)).toBe(1);
    expect(
      alignmentOfEnds(ends, [
        [5, 15, 25],
        [5, 15, 26],
      ]),
    ).toBe(0);
    // Right-aligned figures of different widths share their ends: aligned.
    expect(
      alignmentOfEnds(
        [
          [10, 20],
          [10, 20],
        ],
        [
          [5, 17],
          [8, 15],
        ],
      ),
    ).toBe(1);
  });
});
