// A sheet plan as CSV text. A spreadsheet opening a CSV reads "=…", "+…", "-…", "@…" (and a leading
// tab or carriage return) as a formula, so text starting so is written with a leading apostrophe;
// numbers are numbers, and Tieout's own formulas are written as formulas.
import { isFormula, type PlanCell, type SheetPlan } from "./types";

const READ_AS_FORMULA = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it holds a comma, quote or line break; hostile text defused. */
export function csvField(cell: PlanCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  const text = isFormula(cell) ? `=${cell.formula}` : READ_AS_FORMULA.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function planCsv(plan: SheetPlan): string {
  return plan.rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
