// The Import preview lays each value under its own column: a row with fewer additions than the
// table (a continuation line, a row without "charged to other accounts") leaves that column empty
// instead of sliding its deductions and end one column left.
import Decimal from "decimal.js";
import { previewOf } from "../../src/taskpane/import/preview";
import type { ScheduleModel, ScheduleRowModel } from "../../src/core/schedule2/types";

const d = (n: number) => new Decimal(n);
const row = (account: string, additions: number[], deductions: number[]): ScheduleRowModel => ({
  period: "2003",
  periodLabel: "2003",
  account,
  isTotal: false,
  begin: d(100),
  additions: additions.map(d),
  deductions: deductions.map(d),
  end: d(100 + additions.reduce((a, b) => a + b, 0) - deductions.reduce((a, b) => a + b, 0)),
  location: "line 1",
  cellLocations: [],
});

test("a row with one of two additions shows its deduction and end under Ded. and End", () => {
  const model: ScheduleModel = {
    title: "",
    units: "",
    columns: [
      { role: "begin", header: "Begin" },
      { role: "addition", header: "Charged to costs" },
      { role: "addition", header: "Charged to other accounts" },
      { role: "deduction", header: "Deductions" },
      { role: "end", header: "End" },
    ],
    signConvention: "deductions-subtracted",
    rows: [row("Allowance", [20, 5], [10]), row("Warranty", [20], [10])],
    parseNotes: [],
  };
  const preview = previewOf(model);
  expect(preview.columns.map((c) => c.short)).toEqual(["Begin", "Add. 1", "Add. 2", "Ded.", "End"]);
  const shown = preview.periods[0].rows.map((r) => r.values.map((v) => (v === null ? null : v.toNumber())));
  expect(shown).toEqual([
    [100, 20, 5, 10, 115],
    [100, 20, null, 10, 110],
  ]);
});
