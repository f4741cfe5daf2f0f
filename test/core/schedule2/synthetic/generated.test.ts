// Property: a generated consistent schedule (random accounts, years, order, layout) reads back
// with every figure and ties; changing one printed figure is always found.
import fc from "fast-check";
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";

const ACCOUNTS = [
  "Allowance for doubtful accounts",
  "Inventory reserve",
  "Warranty reserve",
  "Tax valuation allowance",
];

interface Line {
  account: string;
  year: number;
  figures: number[]; // begin, charged, other, deductions, end
}

function printed(value: number): string {
  return value.toLocaleString("en-US");
}

/** Consistent figures: each end = begin + charged + other − deductions, each begin = the year before's end. */
function schedule(accounts: string[], firstYear: number, years: number, seeds: number[][]): Line[] {
  const lines: Line[] = [];
  accounts.forEach((account, a) => {
    let begin = seeds[a][0];
    for (let y = 0; y < years; y++) {
      const [charged, other, deductions] = seeds[a].slice(1 + y * 3, 4 + y * 3);
      const end = begin + charged + other - Math.min(deductions, begin + charged + other);
      const deducted = begin + charged + other - end;
      lines.push({ account, year: firstYear + y, figures: [begin, charged, other, deducted, end] });
      begin = end;
    }
  });
  return lines;
}

function edgarText(lines: Line[], descending: boolean): string {
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => (descending ? b - a : a - b));
  const rights = [50, 64, 78, 92, 106];
  const out = [
    "SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS",
    "(in thousands)",
    "<TABLE>",
    "<CAPTION>",
    "                                         Balance at    Charged to    Charged to                 Balance at",
    "                                         beginning     costs and     other                      end of",
    "Description                              of year       expenses      accounts     Deductions    year",
    "<S>                                      <C>           <C>           <C>          <C>           <C>",
  ];
  for (const year of years) {
    out.push(`Year ended December 31, ${year}:`);
    for (const line of lines.filter((l) => l.year === year)) {
      let text = line.account;
      line.figures.forEach((value, i) => {
        const cell = value === 0 && i === 2 ? "-" : printed(value);
        text = text.padEnd(rights[i] - cell.length) + cell;
      });
      out.push(text);
    }
  }
  out.push("</TABLE>");
  return out.join("\n");
}

function pipeText(lines: Line[]): string {
  const out = [
    "Schedule II (in thousands)",
    "| Description | Balance at beginning | Charged to costs | Charged to other accounts | Deductions | Balance at end |",
  ];
  for (const line of lines)
    out.push(`| ${line.year} ${line.account} | ${line.figures.map(printed).join(" | ")} |`);
  return out.join("\n");
}

const arbitrarySchedule = fc
  .record({
    accountCount: fc.integer({ min: 1, max: 3 }),
    years: fc.integer({ min: 2, max: 4 }),
    firstYear: fc.integer({ min: 1995, max: 2024 }),
    descending: fc.boolean(),
    pipe: fc.boolean(),
    seeds: fc.array(fc.array(fc.integer({ min: 0, max: 900000 }), { minLength: 13, maxLength: 13 }), {
      minLength: 3,
      maxLength: 3,
    }),
  })
  .map((g) => {
    const lines = schedule(ACCOUNTS.slice(0, g.accountCount), g.firstYear, g.years, g.seeds);
    const render = (printedLines: Line[]) =>
      g.pipe ? pipeText(printedLines) : edgarText(printedLines, g.descending);
    return { lines, render, text: render(lines) };
  });

test("property: a generated consistent schedule reads back exactly and ties", () => {
  fc.assert(
    fc.property(arbitrarySchedule, ({ lines, text }) => {
      const [model] = readSchedules(text);
      const read = model.rows
        .map((r) => `${r.period} ${r.account} ${[r.begin, ...r.additions, ...r.deductions, r.end].join(",")}`)
        .sort();
      const expected = lines.map((l) => `${l.year} ${l.account} ${l.figures.join(",")}`).sort();
      expect(read).toEqual(expected);
      const errors = checkSchedules(text).schedules[0].findings.filter((f) => f.severity === "error");
      expect(errors).toEqual([]);
    }),
    { numRuns: 60 },
  );
});

test("property: changing one printed ending balance is found", () => {
  fc.assert(
    fc.property(
      arbitrarySchedule,
      fc.nat(),
      fc.integer({ min: 1, max: 999 }),
      ({ lines, render }, pick, delta) => {
        const target = lines[pick % lines.length];
        const end = target.figures[4];
        const changedLines = lines.map((l) =>
          l === target ? { ...l, figures: [...l.figures.slice(0, 4), end + delta] } : l,
        );
        const findings = checkSchedules(render(changedLines)).schedules[0].findings;
        const atRow = findings.filter(
          (f) =>
            f.check === "rollforward" && f.period === String(target.year) && f.account === target.account,
        );
        // Deductions are printed positive, so subtracting them is the schedule's reading; a changed end that
        // happens to equal begin + every column added is flagged as a warning ("ties if read as …") instead.
        const [begin, charged, other, deducted] = target.figures;
        const tiesIfAdded = end + delta === begin + charged + other + deducted && deducted !== 0;
        expect(atRow.map((f) => f.severity)).toEqual([tiesIfAdded ? "warning" : "error"]);
      },
    ),
    { numRuns: 60 },
  );
});
