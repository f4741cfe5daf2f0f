// Plain HTML with adjacent cells (no spacer columns): a "(0)", "(1)" or "(12)" in its own cell right
// after a figure is a figure — a zero or a deduction printed in parentheses — not a footnote mark.
// Issue 11 item 6: such tables were read with shifted columns and reported with false breaks.
import fc from "fast-check";
import { checkSchedules } from "../../../../src/core/schedule2";

interface Line {
  year: number;
  account: string;
  /** begin, charged to costs, charged to other accounts, deductions, end. */
  figures: number[];
}

const ACCOUNTS = ["Allowance for doubtful accounts", "Inventory reserve", "Warranty reserve"];

/** Consistent figures: end = begin + charged + other − deductions; next year's begin = this year's end. */
const lines = fc
  .record({
    years: fc.integer({ min: 1, max: 3 }),
    accounts: fc.integer({ min: 1, max: 3 }),
    // Small figures, so that zeros and one- and two-digit amounts (the shapes of a mark) are common.
    seeds: fc.array(fc.nat({ max: 30 }), { minLength: 40, maxLength: 40 }),
    zeros: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ years, accounts, seeds, zeros }) => {
    const out: Line[] = [];
    let k = 0;
    const draw = () => {
      const value = zeros[k] ? 0 : seeds[k];
      k++;
      return value;
    };
    for (let a = 0; a < accounts; a++) {
      let begin = draw();
      for (let y = 0; y < years; y++) {
        const charged = draw();
        const other = draw();
        const deductions = Math.min(draw(), begin + charged + other);
        const end = begin + charged + other - deductions;
        out.push({
          year: 2023 - years + 1 + y,
          account: ACCOUNTS[a],
          figures: [begin, charged, other, deductions, end],
        });
        begin = end;
      }
    }
    return out;
  });

/** Zero printed as "(0)" everywhere; deductions in parentheses when `parenthesised`. No spacer cells. */
function html(table: Line[], parenthesised: boolean): string {
  const cell = (value: number, i: number) =>
    value === 0 ? "(0)" : parenthesised && i === 3 ? `(${value})` : String(value);
  const rows = [
    "<tr><td>Description</td><td>Balance at beginning of year</td><td>Charged to costs and expenses</td>" +
      "<td>Charged to other accounts</td><td>Deductions</td><td>Balance at end of year</td></tr>",
  ];
  for (const year of [...new Set(table.map((l) => l.year))].sort((a, b) => b - a)) {
    rows.push(`<tr><td>Year ended December 31, ${year}:</td></tr>`);
    for (const line of table.filter((l) => l.year === year))
      rows.push(
        `<tr><td>${line.account}</td>${line.figures.map((v, i) => `<td>${cell(v, i)}</td>`).join("")}</tr>`,
      );
  }
  return `<p>SCHEDULE II &#8212; VALUATION AND QUALIFYING ACCOUNTS</p><p>(in thousands)</p><table>${rows.join("")}</table>`;
}

test("a tying table that prints zero as (0), with adjacent cells, reads every row and reports no error", () => {
  fc.assert(
    fc.property(lines, fc.boolean(), (table, parenthesised) => {
      const report = checkSchedules(html(table, parenthesised));
      expect(report.schedules).toHaveLength(1);
      const [schedule] = report.schedules;
      expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
      // Every account row read with its five figures (a (0) read as a mark would leave four).
      const read = schedule.rows.filter((r) => !r.isTotal);
      expect(read.map((r) => [r.begin, ...r.additions, ...r.deductions.map(Math.abs), r.end])).toEqual(
        expect.arrayContaining(table.map((l) => l.figures)),
      );
      expect(read).toHaveLength(table.length);
    }),
    { numRuns: 300 },
  );
});

test("by hand: begin 10, charged (0), other 5, deductions (3), end 12", () => {
  // 10 + 0 + 5 − 3 = 12.
  const [schedule] = checkSchedules(
    html([{ year: 2023, account: "Allowance for doubtful accounts", figures: [10, 0, 5, 3, 12] }], true),
  ).schedules;
  expect(schedule.rows.map((r) => [r.begin, r.additions, r.deductions, r.end])).toEqual([
    [10, [0, 5], [-3], 12],
  ]);
  expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
});
