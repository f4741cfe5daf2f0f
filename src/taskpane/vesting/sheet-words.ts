// The inserted vesting sheet names its choices in words ("Cumulative, round down (default)"),
// not in the engine's ids ("cumulative-round-down").
import type { SheetPlan } from "../../core/workbook";

export interface SheetWords {
  /** The preset's name, when a preset was chosen. */
  schedule: string | null;
  rounding: string;
  dayOfMonth: string;
}

/** The plan with its Rounding and Day of month inputs (and a preset's name) in words. */
export function withWords(plan: SheetPlan, words: SheetWords): SheetPlan {
  const rows = plan.rows.map((row) => {
    const label = row[0];
    if (label === "Rounding") return [label, words.rounding, ...row.slice(2)];
    if (label === "Day of month") return [label, words.dayOfMonth, ...row.slice(2)];
    if (label === "Schedule" && words.schedule && typeof row[1] === "string") {
      return [label, `${words.schedule}: ${row[1]}`, ...row.slice(2)];
    }
    return row;
  });
  return { ...plan, rows };
}
