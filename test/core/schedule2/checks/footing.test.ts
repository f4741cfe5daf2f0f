import { runChecks } from "../../../../src/core/schedule2/checks";
import { genericColumns, row, schedule, type Figure } from "./builders";

/** A row of one addition and one deduction column: [account, begin, addition, deduction, end]. */
function line(
  period: string,
  [account, begin, addition, deduction, end]: [string, Figure, Figure, Figure, Figure],
  isTotal = false,
) {
  return row({
    period,
    account,
    isTotal,
    begin,
    additions: [addition],
    deductions: [deduction],
    end,
    location: `${period} ${account}`,
  });
}

const footings = (findings: ReturnType<typeof runChecks>) => findings.filter((f) => f.check === "footing");

describe("footing", () => {
  it("checks an unlabelled total row, naming it Total in the message", () => {
    // Begin 10 + 20 = 30; additions 5 + 5 = 10; deductions 3 + 4 = 7; end 12 + 21 = 33, printed 34.
    // The total's own roll-forward: 30 + 10 − 7 = 33, printed 34, so it breaks too.
    const model = schedule(
      [
        line("2023", ["A", 10, 5, 3, 12]),
        line("2023", ["B", 20, 5, 4, 21]),
        line("2023", ["", 30, 10, 7, 34], true),
      ],
      genericColumns(1, 1),
    );
    const found = footings(runChecks(model));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      account: "",
      column: "Ending balance",
      expected: 33,
      actual: 34,
      difference: 1,
    });
    expect(found[0].message).toBe(
      "2023 · Total, Ending balance: the 2 rows it totals sum to 33, the total shows 34 (difference +1)",
    );
  });

  it("foots each column, naming the column as printed and the total's cell", () => {
    const model = schedule(
      [
        row({
          period: "2023",
          account: "A",
          begin: 10,
          additions: [5, 1],
          deductions: [3],
          end: 13,
          cells: ["B2", "C2", "D2", "E2", "F2"],
        }),
        row({
          period: "2023",
          account: "B",
          begin: 20,
          additions: [5, 0],
          deductions: [4],
          end: 21,
          cells: ["B3", "C3", "D3", "E3", "F3"],
        }),
        // Other accounts: 1 + 0 = 1, printed 2 (and the total's end, 30 + 12 − 7 = 35, ties its own row).
        row({
          period: "2023",
          account: "Total",
          isTotal: true,
          begin: 30,
          additions: [10, 2],
          deductions: [7],
          end: 35,
          cells: ["B4", "C4", "D4", "E4", "F4"],
        }),
      ],
      [
        { role: "begin", header: "Balance at beginning of year" },
        { role: "addition", header: "Charged to costs and expenses" },
        { role: "addition", header: "Charged to other accounts" },
        { role: "deduction", header: "Write-offs" },
        { role: "end", header: "Balance at end of year" },
      ],
    );
    // The ends also fail to foot: 13 + 21 = 34 against 35.
    expect(footings(runChecks(model)).map((f) => [f.column, f.expected, f.actual, f.location])).toEqual([
      ["Charged to other accounts", 1, 2, "D4"],
      ["Balance at end of year", 34, 35, "F4"],
    ]);
  });

  it("foots a grand total against the sub-totals printed before it", () => {
    // Sub-total 1 = A + B, sub-total 2 = C + D, grand total = both sub-totals.
    const rows = [
      line("2023", ["A", 10, 5, 3, 12]),
      line("2023", ["B", 20, 5, 4, 21]),
      line("2023", ["Total receivables", 30, 10, 7, 33], true),
      line("2023", ["C", 1, 1, 1, 1]),
      line("2023", ["D", 2, 2, 2, 2]),
      line("2023", ["Total inventory", 3, 3, 3, 3], true),
      line("2023", ["Total", 33, 13, 10, 36], true),
    ];
    expect(runChecks(schedule(rows, genericColumns(1, 1)))).toEqual([]);

    // Grand total begin 33 → 34 and end 36 → 37 (its own roll-forward, 34 + 13 − 10 = 37, still ties):
    // the sub-totals foot to 30 + 3 = 33 and 33 + 3 = 36.
    rows[6] = line("2023", ["Total", 34, 13, 10, 37], true);
    const found = footings(runChecks(schedule(rows, genericColumns(1, 1))));
    expect(found.map((f) => [f.account, f.column, f.expected, f.actual])).toEqual([
      ["Total", "Beginning balance", 33, 34],
      ["Total", "Ending balance", 36, 37],
    ]);
  });

  it("accepts a running total of every row of its period printed after a sub-total", () => {
    const rows = [
      line("2023", ["A", 10, 5, 3, 12]),
      line("2023", ["B", 20, 5, 4, 21]),
      line("2023", ["Subtotal", 30, 10, 7, 33], true),
      line("2023", ["C", 1, 1, 1, 1]),
      line("2023", ["Total", 31, 11, 8, 34], true),
    ];
    expect(runChecks(schedule(rows, genericColumns(1, 1)))).toEqual([]);
  });

  it("totals the rows of the total's own period when years are interleaved", () => {
    const rows = [
      line("2023", ["A", 10, 5, 3, 12]),
      line("2022", ["A", 8, 4, 2, 10]),
      line("2023", ["B", 20, 5, 4, 21]),
      line("2022", ["B", 19, 3, 2, 20]),
      line("2023", ["Total", 30, 10, 7, 33], true),
      line("2022", ["Total", 27, 7, 4, 30], true),
    ];
    expect(runChecks(schedule(rows, genericColumns(1, 1)))).toEqual([]);
  });

  it("foots additions as a whole when a continuation line puts an extra figure in an unknown column", () => {
    // B's additions 7 and 1 plus a continuation figure 4: additions sum 10 + 2 + 7 + 1 + 4 = 24.
    const build = (totalOther: number) =>
      schedule(
        [
          row({ period: "2023", account: "A", begin: 10, additions: [10, 2], deductions: [2], end: 20 }),
          row({ period: "2023", account: "B", begin: 10, additions: [7, 1, 4], deductions: [2], end: 20 }),
          row({
            period: "2023",
            account: "Total",
            isTotal: true,
            begin: 20,
            additions: [17, totalOther],
            deductions: [4],
            end: 20 + 17 + totalOther - 4,
          }),
        ],
        genericColumns(2, 1),
      );
    expect(runChecks(build(7))).toEqual([]);
    // Total additions 17 + 8 = 25 against 24; its end then reads 41 against the rows' 40.
    expect(footings(runChecks(build(8))).map((f) => [f.column, f.expected, f.actual])).toEqual([
      ["Addition 1 + Addition 2", 24, 25],
      ["Ending balance", 40, 41],
    ]);
  });

  it("foots deductions by magnitude when parentheses are presentation only", () => {
    // Deductions (30), 10, (5) are all subtracted: 100 + 20 − 30 = 90, 50 + 5 − 10 = 45, 80 − 5 = 75;
    // total 230 + 25 − 45 = 210 with deductions printed (45) = 30 + 10 + 5.
    const model = schedule(
      [
        line("2023", ["A", 100, 20, -30, 90]),
        line("2023", ["B", 50, 5, 10, 45]),
        line("2023", ["C", 80, 0, -5, 75]),
        line("2023", ["Total", 230, 25, -45, 210], true),
      ],
      genericColumns(1, 1),
    );
    expect(runChecks(model)).toEqual([]);
  });

  it("has nothing to foot for a total with no rows before it", () => {
    const model = schedule([line("2023", ["Total", 10, 5, 3, 12], true)], genericColumns(1, 1));
    expect(runChecks(model)).toEqual([]);
  });
});
