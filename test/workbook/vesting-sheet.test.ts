// The vesting sheet plan: inputs on top, real date serials, and running totals as formulas that a
// formula engine (HyperFormula, standing in for Excel) evaluates to the hand-worked figures.
import Decimal from "decimal.js";
import { HyperFormula } from "hyperformula";
import type { GrantInput, Tranche } from "../../src/core/vesting/types";
import { vestingSheetPlan, type PlanCell } from "../../src/core/workbook";
import { engineRows, formulaText } from "./engine-cells";

const GRADED = "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years";
const grant: GrantInput = { grantDate: "2003-07-21", shares: 1000, schedule: GRADED };

/** 250 shares on each anniversary of 2003-07-21. */
const tranches: Tranche[] = ["2004-07-21", "2005-07-21", "2006-07-21", "2007-07-21"].map((date, k) => ({
  date,
  shares: new Decimal(250),
  cumulative: new Decimal(250 * (k + 1)),
  unvested: new Decimal(1000 - 250 * (k + 1)),
  percent: new Decimal(25 * (k + 1)),
}));

function evaluate(rows: PlanCell[][]) {
  const hf = HyperFormula.buildFromArray(engineRows(rows) as (string | number | null)[][], {
    licenseKey: "gpl-v3",
  });
  return (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
}

describe("vestingSheetPlan", () => {
  const plan = vestingSheetPlan(grant, tranches);
  const header = plan.headerRow as number;

  it("puts the grant's inputs above the table, the grant date as an Excel serial with a date format", () => {
    // 2003-01-01 is serial 37622 (36526 for 2000-01-01, + 366 + 365 + 365); July 21 is day 202 → 37823.
    expect(plan.rows[0]).toEqual(["Grant date", 37823]);
    expect(plan.cellFormats).toContainEqual({ row: 0, col: 1, format: "yyyy-mm-dd" });
    expect(plan.rows[1]).toEqual(["Shares granted", 1000]);
    expect(plan.rows[2]).toEqual(["Schedule", GRADED]);
    expect(plan.rows[header]).toEqual([
      "Vest date",
      "Shares vesting",
      "Cumulative vested",
      "Unvested",
      "Percent vested",
    ]);
  });

  it("writes vest dates as serials in a date column and shares in whole-share format", () => {
    // 2004-07-21 is a year (366 days, through 2004-02-29) after 37823 → 38189.
    expect(plan.rows[header + 1][0]).toBe(38189);
    expect(plan.dateColumns).toEqual([0]);
    expect(plan.columnFormats).toEqual(["yyyy-mm-dd", "#,##0", "#,##0", "#,##0", "0.00%"]);
  });

  it("computes cumulative, unvested and percent by formula: 250, 500, 750, 1,000 of 1,000", () => {
    expect(formulaText(plan.rows[header + 2][2])).toMatch(/^=C\d+\+B\d+$/);
    const cell = evaluate(plan.rows);
    const cumulative = [1, 2, 3, 4].map((k) => cell(header + k, 2));
    const unvested = [1, 2, 3, 4].map((k) => cell(header + k, 3));
    const percent = [1, 2, 3, 4].map((k) => cell(header + k, 4));
    expect(cumulative).toEqual([250, 500, 750, 1000]);
    expect(unvested).toEqual([750, 500, 250, 0]);
    expect(percent).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it("charts cumulative vesting over the data rows", () => {
    expect(plan.chart).toEqual({
      type: "line",
      title: "Cumulative shares vested",
      categoryColumn: 0,
      seriesColumns: [2],
      firstRow: header + 1,
      lastRow: header + 4,
    });
    expect(plan.boldRows).toEqual([header]);
  });

  it("shows a termination date among the inputs, and keeps the forfeited shares as unvested", () => {
    const terminated = vestingSheetPlan({ ...grant, terminationDate: "2005-12-31" }, tranches.slice(0, 2));
    const row = terminated.rows.findIndex((r) => r[0] === "Termination");
    // 2005-12-31: 2005-01-01 is 38353 (37622 + 365 + 366), + 364 → 38717.
    expect(terminated.rows[row]).toEqual(["Termination", 38717]);
    const cell = evaluate(terminated.rows);
    // Two tranches of 250 vested; 1,000 − 500 = 500 never vest.
    expect(cell((terminated.headerRow as number) + 2, 3)).toBe(500);
  });

  it("uses a fractional share format when the tranches are fractional", () => {
    const thirds = [1, 2, 3].map((k) => ({
      date: `200${3 + k}-07-21`,
      shares: new Decimal(1).div(3),
      cumulative: new Decimal(k).div(3),
      unvested: new Decimal(3 - k).div(3),
      percent: new Decimal(100 * k).div(3),
    }));
    const plan = vestingSheetPlan({ ...grant, shares: 1, rounding: "fractional" }, thirds);
    expect(plan.columnFormats?.[1]).toBe("#,##0.####");
  });
});
