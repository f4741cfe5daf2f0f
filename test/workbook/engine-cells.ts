// A sheet plan's cells as a formula engine (HyperFormula, standing in for Excel) takes typed input:
// a PlanFormula as "=…", text that would be read as a formula or number kept as text ("'…").
import { isFormula, type PlanCell } from "../../src/core/workbook";

export type EngineCell = string | number | boolean | null;

export function engineCell(cell: PlanCell): EngineCell {
  if (isFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === "string") return /^[=+\-@']/.test(cell) ? `'${cell}` : cell;
  return cell;
}

export const engineRows = (rows: PlanCell[][]): EngineCell[][] => rows.map((row) => row.map(engineCell));

/** The formula text of a plan cell ("=C7+D7"), or undefined when it is not a formula. */
export const formulaText = (cell: PlanCell): string | undefined =>
  isFormula(cell) ? `=${cell.formula}` : undefined;
