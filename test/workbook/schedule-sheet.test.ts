// The Schedule II sheet plan, evaluated by a real formula engine (HyperFormula) the way Excel
// would evaluate the written workbook: its check formulas must find exactly the breaks a
// reviewer finds by hand.
import Decimal from "decimal.js";
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import type { ScheduleModel, ScheduleRowModel, SignConvention } from "../../src/core/schedule2/types";
import { scheduleSheetPlan, type SheetPlan } from "../../src/core/workbook";
import { engineRows } from "./engine-cells";

type Figures = [number, number[], number[], number];

function row(
  period: string,
  account: string,
  [begin, additions, deductions, end]: Figures,
): ScheduleRowModel {
  const d = (n: number) => new Decimal(n);
  return {
    period,
    periodLabel: `Year ended June 30, ${period}:`,
    account,
    isTotal: account === "Total",
    begin: d(begin),
    additions: additions.map(d),
    deductions: deductions.map(d),
    end: d(end),
    location: `line ${period}`,
    cellLocations: [],
  };
}

function model(
  rows: ScheduleRowModel[],
  signConvention: SignConvention = "deductions-subtracted",
): ScheduleModel {
  return {
    title: "LANTRONIX, INC. CONSOLIDATED VALUATION AND QUALIFYING ACCOUNTS",
    units: "(IN THOUSANDS)",
    columns: [
      { role: "begin", header: "BALANCE AT BEGINNING OF PERIOD" },
      { role: "addition", header: "CHARGED (RECOVERED) TO COSTS AND EXPENSES" },
      { role: "addition", header: "CHARGED TO OTHER ACCOUNTS" },
      { role: "deduction", header: "DEDUCTIONS" },
      { role: "end", header: "BALANCE END OF PERIOD" },
    ],
    signConvention,
    rows,
    parseNotes: [],
  };
}

const ALLOWANCE = "Allowance for doubtful accounts";
const INVENTORY = "Reserve for excess and obsolete inventory";
const WARRANTY = "Warranty reserve";

/** The seed's twelve rows, as printed. */
function seedRows(inventoryEnd2003 = 7997): ScheduleRowModel[] {
  return [
    row("2002", ALLOWANCE, [405, [1680, 49], [668], 1466]),
    row("2002", INVENTORY, [2490, [3443, 39], [216], 5756]),
    row("2002", WARRANTY, [562, [220, 0], [303], 479]),
    row("2002", "Total", [3457, [5343, 88], [1187], 7701]),
    row("2003", ALLOWANCE, [1466, [-473, 10], [431], 572]),
    row("2003", INVENTORY, [5756, [4189, 41], [1989], inventoryEnd2003]),
    row("2003", WARRANTY, [479, [878, -153], [11], 1193]),
    row("2003", "Total", [7701, [4594, -102], [2431], 9762]),
    row("2004", ALLOWANCE, [572, [-164, 0], [231], 177]),
    row("2004", INVENTORY, [7997, [368, 0], [2336], 6029]),
    row("2004", WARRANTY, [1193, [1168, 0], [591], 1770]),
    row("2004", "Total", [9762, [1372, 0], [3158], 7976]),
  ];
}

/** Evaluates the plan and reads a column of a data row by its header. */
function evaluate(plan: SheetPlan) {
  const hf = HyperFormula.buildFromArray(engineRows(plan.rows) as (string | number | null)[][], {
    licenseKey: "gpl-v3",
  });
  const header = plan.rows[plan.headerRow as number];
  const firstDataRow = (plan.headerRow as number) + 1;
  return (dataRow: number, column: string) => {
    const col = header.indexOf(column);
    if (col < 0) throw new Error(`no column ${column} in ${header.join(" | ")}`);
    return hf.getCellValue({ sheet: 0, row: firstDataRow + dataRow, col });
  };
}

const CHECK_COLUMNS = [
  "Roll-forward diff",
  "Continuity diff",
  "Footing diff: Begin",
  "Footing diff: End",
  "Footing diff: DEDUCTIONS",
  "Footing diff: CHARGED TO OTHER ACCOUNTS",
];

describe("scheduleSheetPlan", () => {
  it("lays out period, account, begin, the printed activity headers, end, then the check columns", () => {
    const plan = scheduleSheetPlan(model(seedRows()));
    expect(plan.rows[plan.headerRow as number]).toEqual([
      "Period",
      "Account",
      "Begin",
      "CHARGED (RECOVERED) TO COSTS AND EXPENSES",
      "CHARGED TO OTHER ACCOUNTS",
      "DEDUCTIONS",
      "End",
      "Computed end",
      "Roll-forward diff",
      "Footing diff: Begin",
      "Footing diff: CHARGED (RECOVERED) TO COSTS AND EXPENSES",
      "Footing diff: CHARGED TO OTHER ACCOUNTS",
      "Footing diff: DEDUCTIONS",
      "Footing diff: End",
      "Continuity diff",
      "Check",
      "Source",
      "Period key",
      "Row kind",
    ]);
    expect(plan.rows[0][0]).toBe("LANTRONIX, INC. CONSOLIDATED VALUATION AND QUALIFYING ACCOUNTS");
    expect(plan.rows[1][0]).toBe("Units: (IN THOUSANDS)");
  });

  it("writes the figures as numbers, in accounting format, with the header and the totals bold", () => {
    const plan = scheduleSheetPlan(model(seedRows()));
    const first = (plan.headerRow as number) + 1;
    expect(plan.rows[first].slice(0, 7)).toEqual([
      "Year ended June 30, 2002:",
      ALLOWANCE,
      405,
      1680,
      49,
      668,
      1466,
    ]);
    expect(plan.columnFormats?.[2]).toBe('#,##0_);(#,##0);"–"_)');
    // Totals are data rows 3, 7 and 11.
    expect(plan.boldRows).toEqual(expect.arrayContaining([plan.headerRow, first + 3, first + 7, first + 11]));
    expect(plan.boldRows).not.toContain(first);
  });

  it("ties the seed: every difference is 0 and every row shows ✓", () => {
    const plan = scheduleSheetPlan(model(seedRows()));
    const cell = evaluate(plan);
    for (let r = 0; r < 12; r++) {
      expect(cell(r, "Roll-forward diff")).toBe(0);
      expect(cell(r, "Check")).toBe("✓");
    }
    // 2003 inventory: 5,756 + 4,189 + 41 − 1,989 = 7,997.
    expect(cell(5, "Computed end")).toBe(7997);
    // Footing of 2003's total end: 572 + 7,997 + 1,193 = 9,762.
    expect(cell(7, "Footing diff: End")).toBe(0);
    // Continuity of 2004 inventory: begins 7,997, 2003 ended 7,997.
    expect(cell(9, "Continuity diff")).toBe(0);
    // 2002 is the first year: nothing to continue from.
    expect(cell(1, "Continuity diff")).toBeNull();
  });

  it("finds the three breaks of the seed with 2003's inventory end changed from 7,997 to 7,979", () => {
    const cell = evaluate(scheduleSheetPlan(model(seedRows(7979))));
    // Roll-forward: reported 7,979 − computed 7,997 = −18.
    expect(cell(5, "Roll-forward diff")).toBe(-18);
    // Footing: total 9,762 − (572 + 7,979 + 1,193 = 9,744) = 18.
    expect(cell(7, "Footing diff: End")).toBe(18);
    // Continuity: 2004 begins 7,997 − 2003 ended 7,979 = 18.
    expect(cell(9, "Continuity diff")).toBe(18);
    const marked = Array.from({ length: 12 }, (_, r) => cell(r, "Check"));
    expect(marked).toEqual(["✓", "✓", "✓", "✓", "✓", "✗", "✓", "✗", "✓", "✗", "✓", "✓"]);
    // Nothing else moved.
    for (let r = 0; r < 12; r++) {
      for (const column of CHECK_COLUMNS) {
        if ((r === 5 && column === "Roll-forward diff") || (r === 7 && column === "Footing diff: End"))
          continue;
        if (r === 9 && column === "Continuity diff") continue;
        expect([0, null]).toContain(cell(r, column));
      }
    }
  });

  it("takes continuity by period, not row order, when the years are printed newest first", () => {
    const rows = [
      row("2004", ALLOWANCE, [572, [-164, 0], [231], 177]),
      row("2003", ALLOWANCE, [1466, [-473, 10], [431], 572]),
      row("2002", ALLOWANCE, [405, [1680, 49], [668], 1466]),
    ];
    const cell = evaluate(scheduleSheetPlan(model(rows)));
    // 2004 begins 572 = 2003's end; 2003 begins 1,466 = 2002's end; 2002 has no earlier year.
    expect(cell(0, "Continuity diff")).toBe(0);
    expect(cell(1, "Continuity diff")).toBe(0);
    expect(cell(2, "Continuity diff")).toBeNull();
  });

  it("adds signed deductions under the all-added convention", () => {
    // 100 + 30 + 0 + (−20) = 110
    const cell = evaluate(
      scheduleSheetPlan(model([row("2020", "Allowance", [100, [30, 0], [-20], 110])], "all-added")),
    );
    expect(cell(0, "Computed end")).toBe(110);
    expect(cell(0, "Roll-forward diff")).toBe(0);
  });

  it("subtracts the size of parenthesised deductions under the absolute-deductions convention", () => {
    // 100 + 30 + 0 − |−20| = 110
    const rows = [row("2020", "Allowance", [100, [30, 0], [-20], 110])];
    const cell = evaluate(scheduleSheetPlan(model(rows, "absolute-deductions")));
    expect(cell(0, "Computed end")).toBe(110);
    expect(cell(0, "Check")).toBe("✓");
  });

  it("keeps decimals exact: 0.1 + 0.2 − 0.3 ties, shown with one decimal place", () => {
    const rows = [row("2020", "Allowance", [0.1, [0.2, 0], [0.3], 0])];
    const plan = scheduleSheetPlan(model(rows));
    expect(plan.columnFormats?.[2]).toBe('#,##0.0_);(#,##0.0);"–"_)');
    const cell = evaluate(plan);
    expect(cell(0, "Roll-forward diff")).toBe(0);
    expect(cell(0, "Check")).toBe("✓");
  });

  it("foots a grand total printed after sub-totals against those sub-totals", () => {
    const rows = [
      row("2020", "Receivables", [10, [5, 0], [3], 12]),
      row("2020", "Total", [10, [5, 0], [3], 12]),
      row("2020", "Inventory", [20, [1, 0], [1], 20]),
      row("2020", "Total", [20, [1, 0], [1], 20]),
      row("2020", "Total", [30, [6, 0], [4], 33]),
    ];
    const cell = evaluate(scheduleSheetPlan(model(rows)));
    expect(cell(1, "Footing diff: End")).toBe(0);
    expect(cell(3, "Footing diff: End")).toBe(0);
    // Grand total end 33 − (12 + 20) = 1: a footing break the sheet must show.
    expect(cell(4, "Footing diff: End")).toBe(1);
    expect(cell(4, "Footing diff: Begin")).toBe(0);
  });
});

describe("scheduleSheetPlan tolerance cell", () => {
  it("marks a break within the tolerance typed above the table as tying", () => {
    const plan = scheduleSheetPlan(model(seedRows(7979)));
    const toleranceRow = plan.rows.findIndex((r) => r[0] === "Tolerance");
    plan.rows[toleranceRow][1] = 18;
    const cell = evaluate(plan);
    // Every break of the tampered seed is 18 in size: all within a tolerance of 18.
    expect(Array.from({ length: 12 }, (_, r) => cell(r, "Check")).every((c) => c === "✓")).toBe(true);
  });
});

describe("scheduleSheetPlan on generated schedules", () => {
  // A consistent schedule: each account's year rolls forward and begins where the last year ended.
  const account = fc.record({
    begin: fc.integer({ min: 0, max: 10_000 }),
    years: fc.array(fc.tuple(fc.integer({ min: -500, max: 5_000 }), fc.integer({ min: 0, max: 5_000 })), {
      minLength: 1,
      maxLength: 4,
    }),
  });
  const schedule = fc.record({
    accounts: fc.array(account, { minLength: 1, maxLength: 3 }),
    descending: fc.boolean(),
    tamper: fc.integer({ min: 1, max: 99 }),
  });

  it("ties a consistent schedule and shows a changed end figure as exactly that roll-forward difference", () => {
    fc.assert(
      fc.property(schedule, ({ accounts, descending, tamper }) => {
        const years = Math.min(...accounts.map((a) => a.years.length));
        const rows: ScheduleRowModel[] = [];
        accounts.forEach((a, k) => {
          let balance = a.begin;
          for (let y = 0; y < years; y++) {
            const [charged, deducted] = a.years[y];
            const end = balance + charged - deducted;
            rows.push(row(String(2001 + y), `Account ${k}`, [balance, [charged, 0], [deducted], end]));
            balance = end;
          }
        });
        if (descending) rows.reverse();
        const plan = scheduleSheetPlan(model(rows));
        const cell = evaluate(plan);
        rows.forEach((_, r) => expect(cell(r, "Check")).toBe("✓"));

        const endCol = (plan.rows[plan.headerRow as number] as string[]).indexOf("End");
        const target = tamper % rows.length;
        const targetRow = (plan.headerRow as number) + 1 + target;
        plan.rows[targetRow][endCol] = (plan.rows[targetRow][endCol] as number) + tamper;
        expect(evaluate(plan)(target, "Roll-forward diff")).toBe(tamper);
        expect(evaluate(plan)(target, "Check")).toBe("✗");
      }),
      { numRuns: 40 },
    );
  });
});
