// Decimal helpers shared by the checks and the report: exact sums, printed forms, JSON numbers.
import Decimal from "decimal.js";
import { parseAmount, stripFootnotes } from "../../numbers";

export const ZERO = new Decimal(0);

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** `7997` → `7,997`, `-18` → `−18`, `212.5` → `212.5`: the figure as a reader of the table would write it. */
export function formatAmount(value: Decimal): string {
  const [whole, fraction] = value.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value.isNegative() && !value.isZero() ? "−" : "";
  return sign + grouped + (fraction === undefined ? "" : "." + fraction);
}

/** A difference always shows its sign, so `+18` and `−18` read differently at a glance. */
export function formatDifference(value: Decimal): string {
  return value.isPositive() && !value.isZero() ? "+" + formatAmount(value) : formatAmount(value);
}

/** Decimal → JSON number, never `-0` (a zero is not a negative figure). */
export function toJsonNumber(value: Decimal): number {
  const n = value.toNumber();
  return n === 0 ? 0 : n;
}

/** `-349` → `(349)`: a figure as a financial statement prints it, for figures whose printed text is unknown. */
export function formatPrinted(value: Decimal): string {
  return value.isNegative() && !value.isZero() ? `(${formatAmount(value.abs())})` : formatAmount(value);
}

/**
 * The figure as the table prints it ("(349)", "—", "1,989"), without its currency sign or footnote
 * marks; the accounting form of the value when the printed text is missing or reads as another number.
 */
export function printedFigure(text: string | undefined, value: Decimal): string {
  const clean = stripFootnotes((text ?? "").replace(/\s+/g, " ").trim())
    .replace(/^(?:US\$|USD|[$¥€£])\s*/i, "")
    .replace(/\s+/g, "");
  if (clean === "") return formatPrinted(value);
  const read = parseAmount(clean);
  if (read === null || !read.equals(value)) return formatPrinted(value);
  // Filings often print the closing parenthesis in a cell of its own: "(72,008" then ")".
  return clean.startsWith("(") && !clean.includes(")") ? `${clean})` : clean;
}
