// Synthetic Schedule II tables, one per layout quirk the real fixtures do not cover.
// Every expected figure is the figure printed in the .txt beside this test.
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { checkSchedules, readSchedules, type ScheduleModel } from "../../../../src/core/schedule2";

function read(name: string): string {
  return fs.readFileSync(path.join(__dirname, name), "utf8");
}

/** Rows as "period | account | total? | begin | additions | deductions | end". */
function summary(model: ScheduleModel): string[] {
  return model.rows.map(
    (row) =>
      `${row.period} | ${row.account} | ${row.isTotal ? "total" : "-"} | ${row.begin} | ${row.additions.join(" ")} | ${row.deductions.join(" ")} | ${row.end}`,
  );
}

function errorsOf(input: string): string[] {
  return checkSchedules(input).schedules.flatMap((s) =>
    s.findings.filter((f) => f.severity === "error").map((f) => `${f.check} ${f.period} ${f.account}`),
  );
}

test("mixed-case tags, a <page> break with its page number, dot leaders, wrapped names, Y/E periods, unlabelled totals", () => {
  const input = read("mixed-case-tags-page-break.txt");
  const [model] = readSchedules(input);
  expect(model.units).toBe("thousands");
  expect(model.columns.map((c) => c.role)).toEqual(["begin", "addition", "deduction", "end"]);
  expect(summary(model)).toEqual([
    "2001 | Allowance for doubtful accounts | - | 1000 | 250 | 150 | 1100",
    "2001 | Reserve for obsolete and slow-moving inventory | - | 400 | 100 | 50 | 450",
    "2001 |  | total | 1400 | 350 | 200 | 1550",
    "2002 | Allowance for doubtful accounts | - | 1100 | 300 | 100 | 1300",
    "2002 | Reserve for obsolete and slow-moving inventory | - | 450 | 80 | 30 | 500",
    "2002 |  | total | 1550 | 380 | 130 | 1800",
  ]);
  expect(model.rows.map((r) => r.periodLabel)).toEqual([
    "Y/E 10/31/01",
    "Y/E 10/31/01",
    "Y/E 10/31/01",
    "Y/E 10/31/02",
    "Y/E 10/31/02",
    "Y/E 10/31/02",
  ]);
  expect(model.parseNotes).toEqual([]); // the page number "12" is not taken for a figure
  expect(errorsOf(input)).toEqual([]);
});

test("a changed figure in the unlabelled total is a footing break", () => {
  // 2002 total end printed 1,800; the rows sum to 1,300 + 500 = 1,800. Print 1,810 instead.
  const input = read("mixed-case-tags-page-break.txt").replace(/1,800$/m, "1,810");
  const report = checkSchedules(input);
  const footing = report.schedules[0].findings.filter((f) => f.check === "footing");
  expect(footing.map((f) => [f.period, f.expected, f.actual])).toEqual([["2002", 1800, 1810]]);
});

test("| cells, descending years, a year at the start of the label, an empty column with no placeholder", () => {
  const input = read("pipe-cells.txt");
  const [model] = readSchedules(input);
  expect(model.units).toBe("millions");
  expect(model.columns.map((c) => `${c.role}:${c.header}`)).toEqual([
    "begin:Balance at Beginning of Period",
    "addition:Charged to Expense",
    "addition:Charged to Other Accounts",
    "deduction:Deductions",
    "end:Balance at End of Period",
  ]);
  expect(summary(model)).toEqual([
    "2001 | Allowance for doubtful accounts | - | 12.5 | 3 0 | 2.5 | 13",
    "2000 | Allowance for doubtful accounts | - | 10 | 4.5 0 | 2 | 12.5",
    "1999 | Allowance for doubtful accounts | - | 9 | 2 0 | 1 | 10",
  ]);
  // 12.5 + 3.0 − 2.5 = 13.0; 10.0 + 4.5 − 2.0 = 12.5; 9.0 + 2.0 − 1.0 = 10.0; 1999 ends 10.0 = 2000 begins
  expect(errorsOf(input)).toEqual([]);
});

test("untagged fixed-width text, ascending years, a column empty in every row without a placeholder", () => {
  const input = read("untagged-empty-column.txt");
  const [model] = readSchedules(input);
  expect(model.columns.map((c) => c.role)).toEqual(["begin", "addition", "addition", "deduction", "end"]);
  expect(summary(model)).toEqual([
    "2001 | Allowance for doubtful accounts | - | 2000 | 500 0 | 300 | 2200",
    "2002 | Allowance for doubtful accounts | - | 2200 | 400 0 | 600 | 2000",
  ]);
  // 2,000 + 500 − 300 = 2,200; 2,200 + 400 − 600 = 2,000
  expect(errorsOf(input)).toEqual([]);
});

test("a transposed table: years across, items down, account from the caption above", () => {
  const input = read("transposed.txt");
  const [model] = readSchedules(input);
  expect(summary(model)).toEqual([
    "2003 | Allowance for doubtful accounts | - | 1200 | 450 | -350 | 1300",
    "2002 | Allowance for doubtful accounts | - | 1000 | 500 | -300 | 1200",
    "2001 | Allowance for doubtful accounts | - | 900 | 300 | -200 | 1000",
  ]);
  expect(model.columns.map((c) => `${c.role}:${c.header}`)).toEqual([
    "begin:Balance at beginning of year",
    "addition:Charged to costs and expenses",
    "deduction:Write-offs, net of recoveries",
    "end:Balance at end of year",
  ]);
  // 1,200 + 450 + (−350) = 1,300 etc.: ties with the deductions added as printed
  expect(errorsOf(input)).toEqual([]);
});

test("a stub period keeps its own period key beside the full year it shares a year with", () => {
  const [model] = readSchedules(read("stub-period.txt"));
  expect(model.rows.map((r) => r.period)).toEqual(["2001", "Six months ended December 31, 2001", "2002"]);
  expect(summary(model)[1]).toBe(
    "Six months ended December 31, 2001 | Allowance for doubtful accounts | - | 600 | 90 | 40 | 650",
  );
});

test("a stub period ties into the years on both sides; a changed stub opening breaks against June 2001 only", () => {
  // 500 + 200 − 100 = 600 → stub opens 600: 600 + 90 − 40 = 650 → 2002 opens 650: 650 + 300 − 250 = 700.
  expect(errorsOf(read("stub-period.txt"))).toEqual([]);
  const changed = read("stub-period.txt").replace(
    /^(  Allowance for doubtful accounts\s+)600(\s+90)/m,
    "$1610$2",
  );
  const findings = checkSchedules(changed).schedules[0].findings.filter((f) => f.severity === "error");
  // The stub's own row no longer ties (610 + 90 − 40 = 660, printed 650), and it opens 10 above June 2001's end.
  expect(findings.map((f) => [f.check, f.period, f.expected, f.actual])).toEqual([
    ["rollforward", "Six months ended December 31, 2001", 660, 650],
    ["continuity", "Six months ended December 31, 2001", 600, 610],
  ]);
});

test("a transposed table with two account blocks: each heading starts a block of its own", () => {
  const input = read("transposed-blocks.txt");
  const [model] = readSchedules(input);
  expect(summary(model)).toEqual([
    "2003 | Allowance for doubtful accounts | - | 1200 | 450 | -350 | 1300",
    "2002 | Allowance for doubtful accounts | - | 1000 | 500 | -300 | 1200",
    "2003 | Inventory reserve | - | 2000 | 700 | -100 | 2600",
    "2002 | Inventory reserve | - | 1500 | 900 | -400 | 2000",
  ]);
  // 1,200 + 450 − 350 = 1,300; 1,000 + 500 − 300 = 1,200; 2,000 + 700 − 100 = 2,600; 1,500 + 900 − 400 = 2,000;
  // each 2002 end is its 2003 begin.
  expect(errorsOf(input)).toEqual([]);
  // The inventory reserve's 2002 ending printed 2,100: its own roll-forward and 2003's opening both break.
  const changed = input.replace(/^(Balance at end of year\s+2,600\s+)2,000$/m, "$12,100");
  expect(errorsOf(changed)).toEqual([
    "rollforward 2002 Inventory reserve",
    "continuity 2003 Inventory reserve",
  ]);
});

test("account names wrapped with capitals are joined; a heading over its accounts is not", () => {
  const input = read("wrapped-capitals.txt");
  const [model] = readSchedules(input);
  expect(model.rows.map((r) => `${r.period} ${r.account}`)).toEqual([
    "2003 Allowance for Doubtful Accounts", // indented under the first line, the next name back at the margin
    "2003 Reserve for Excess and Obsolete Inventory", // the first line stops on "and"
    "2003 Deferred Tax Valuation Allowance", // "Deducted from assets:" is a heading (its colon)
    "2003 Sales Returns Allowance",
    "2003 Warranty Reserve",
    "2004 Allowance for Doubtful Accounts", // "Reserves Deducted from Assets" heads two indented accounts
    "2004 Inventory",
  ]);
  // 2004's allowance opens at 120, where 2003's closed: the joined names let continuity pair them.
  expect(errorsOf(input)).toEqual([]);
  expect(errorsOf(input.replace(/^(    Allowance for Doubtful Accounts\s+)120/m, "$1125"))).toEqual([
    "rollforward 2004 Allowance for Doubtful Accounts",
    "continuity 2004 Allowance for Doubtful Accounts",
  ]);
});

test("a year-like figure (2003) under a balance column is a figure, not a period label", () => {
  const input = read("year-figures.txt");
  const [model] = readSchedules(input);
  expect(summary(model)).toEqual([
    "2004 | Allowance for doubtful accounts | - | 1500 | 600 | 97 | 2003",
    "2004 | Inventory reserve | - | 503 | 100 | 100 | 503",
    "2004 |  | total | 2003 | 700 | 197 | 2506",
  ]);
  // 1,500 + 600 − 97 = 2,003; the total row: 1,500 + 503 = 2,003 and 2,003 + 700 − 197 = 2,506.
  expect(errorsOf(input)).toEqual([]);
});

test("a figure that cannot be placed becomes a parse note, never an invented row", () => {
  // A line of amounts with no label before any row, in a fixed-width table
  const input = [
    "SCHEDULE II",
    "                           Opening    Additions   Deductions    Balance at end",
    "                              1,000                                       ",
    "Allowance                     1,000         200          100           1,100",
  ].join("\n");
  const [model] = readSchedules(input);
  expect(summary(model)).toEqual(["" + " | Allowance | - | 1000 | 200 | 100 | 1100"]);
  expect(model.parseNotes).toHaveLength(1);
  expect(model.parseNotes[0].location).toBe("line 3");
});

test("property: arbitrary text never throws and never yields a row without a finite begin and end", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (text) => {
      for (const model of readSchedules(text)) {
        for (const row of model.rows) expect(row.begin.isFinite() && row.end.isFinite()).toBe(true);
      }
      checkSchedules(text);
    }),
    { numRuns: 300 },
  );
});

test("property: lines shuffled from real table text never throw", () => {
  const pool = [
    ...read("mixed-case-tags-page-break.txt").split("\n"),
    ...read("pipe-cells.txt").split("\n"),
    ...read("transposed.txt").split("\n"),
    "$",
    ")",
    "(1,447",
    "(A)",
    "—",
    "Year Ended December 31, 2019",
    "<S> <C> <C>",
    "<PAGE>",
    "Total",
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 40 }), (lines) => {
      checkSchedules(lines.join("\n"));
    }),
    { numRuns: 200 },
  );
});
