// The seed Schedule II (Lantronix, in thousands), transcribed by hand from
// ../shared/seeds/schedule-ii-valuation-and-qualifying-accounts.txt, with the seed file's line numbers.
import type { ScheduleModel } from "../../../../src/core/schedule2/types";
import { row, schedule, type Figure } from "./builders";

const DOUBTFUL = "Allowance for doubtful accounts";
const INVENTORY = "Reserve for excess and obsolete inventory";
const WARRANTY = "Warranty reserve";

type SeedLine = [
  line: number,
  account: string,
  begin: Figure,
  charged: Figure,
  other: Figure,
  deductions: Figure,
  end: Figure,
];

const BLOCKS: { year: string; lines: SeedLine[] }[] = [
  {
    year: "2002",
    lines: [
      [18, DOUBTFUL, 405, 1680, 49, 668, 1466],
      [19, INVENTORY, 2490, 3443, 39, 216, 5756],
      [20, WARRANTY, 562, 220, 0, 303, 479],
      [22, "Total", 3457, 5343, 88, 1187, 7701],
    ],
  },
  {
    year: "2003",
    lines: [
      [26, DOUBTFUL, 1466, -473, 10, 431, 572],
      [27, INVENTORY, 5756, 4189, 41, 1989, 7997],
      [28, WARRANTY, 479, 878, -153, 11, 1193],
      [30, "Total", 7701, 4594, -102, 2431, 9762],
    ],
  },
  {
    year: "2004",
    lines: [
      [34, DOUBTFUL, 572, -164, 0, 231, 177],
      [35, INVENTORY, 7997, 368, 0, 2336, 6029],
      [36, WARRANTY, 1193, 1168, 0, 591, 1770],
      [38, "Total", 9762, 1372, 0, 3158, 7976],
    ],
  },
];

/** The seed as a model; `change` lets a test alter one figure of one printed line. */
export function seedSchedule(change?: { line: number; end: Figure }): ScheduleModel {
  const rows = BLOCKS.flatMap(({ year, lines }) =>
    lines.map(([line, account, begin, charged, other, deductions, end]) =>
      row({
        period: year,
        periodLabel: `Year ended June 30, ${year}:`,
        account,
        isTotal: account === "Total",
        begin,
        additions: [charged, other],
        deductions: [deductions],
        end: change?.line === line ? change.end : end,
        location: `line ${line}`,
      }),
    ),
  );
  return schedule(
    rows,
    [
      { role: "begin", header: "Balance at beginning of period" },
      { role: "addition", header: "Charged (recovered) to costs and expenses" },
      { role: "addition", header: "Charged to other accounts" },
      { role: "deduction", header: "Deductions" },
      { role: "end", header: "Balance end of period" },
    ],
    { title: "Consolidated valuation and qualifying accounts", units: "thousands" },
  );
}
