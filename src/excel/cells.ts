// What we hand to `range.formulas`: Excel reads a typed string the way a user's typing is read,
// so "2003-07-21" would become a date and "(1,234)" a number. A leading apostrophe keeps text text.
import { CellInput, CellValue } from "./types";

export type FormulaCell = string | number | boolean;

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
const WOULD_BE_CONVERTED = new RegExp(
  `^\\s*[-+=@.$(%#'\\d]|^\\s*(true|false)\\s*$|^\\s*${MONTH}[a-z]*[\\s\\-/.,]*\\d`,
  "i",
);

/** Text exactly as given: never read as a formula, number, date or boolean. */
export function textCell(text: string): string {
  return WOULD_BE_CONVERTED.test(text) ? `'${text}` : text;
}

function finiteNumber(value: number, where: string): number {
  if (!Number.isFinite(value))
    throw new Error(`Cannot write ${value} to ${where}: it is not a finite number.`);
  return value;
}

/**
 * A table cell: strings starting with "=" are formulas, other strings are text, null is empty;
 * `{ text }` is always text (an apostrophe prefix where Excel would read it otherwise), `{ formula }`
 * a formula.
 */
export function formulaCell(input: CellInput, where: string): FormulaCell {
  if (input === null) return "";
  if (typeof input === "object") return "text" in input ? textCell(input.text) : `=${input.formula}`;
  if (typeof input === "number") return finiteNumber(input, where);
  if (typeof input === "string") return input.startsWith("=") ? input : textCell(input);
  return input;
}

/** A report figure: a number, or empty when there is none. */
export function numberCell(value: number | null, where: string): FormulaCell {
  return value === null ? "" : finiteNumber(value, where);
}

/** Empty means no formula and no value (a formula returning "" is not empty). */
export function isEmptyCell(value: unknown, formula: unknown): boolean {
  return (value === "" || value === null) && (formula === "" || formula === null);
}

/** Office.js types cell values as `any`; we narrow them to what a cell can hold. */
export function toCellValue(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return null;
}
