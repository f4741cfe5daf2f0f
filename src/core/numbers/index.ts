// Accounting text to exact decimals, as printed in financial tables:
// "1,466", "$ 1,466", "(473)", "$(3.2)", "-1,033", "−5", ".2", dashes for zero,
// a negative split across cells ("(1,234" then ")"), footnote marks glued on or alone.
import Decimal from "decimal.js";

// Filings print up to 13 integer digits (trillions) and some sums reach 20 and more; decimal.js's
// default of 20 significant digits rounds 12,345,678,901,234,567,890.00 + 1.25 − 0.75. Forty keeps
// every sum of printed figures exact (this module loads before any arithmetic on them).
Decimal.set({ precision: 40 });

// A footnote mark: (1) (12) (a) (A) (iv), or a printer's symbol. Letters/roman
// numerals are limited so "(Deductions)" or "(In thousands)" are never taken for marks.
// (Read from the end of a text by markBefore.)
const CURRENCY = /^(?:USD|US\$|EUR|GBP|JPY|CAD|AUD|CHF|RMB|CNY|¥|€|£)\s*/i;
const DASHES = /^[-\u2010-\u2015\u2212]+$/;
const MINUS_SIGNS = /[\u2010-\u2015\u2212]/g;
// Digits with well-formed thousands groups, or plain digits, with an optional fraction; or ".5".
const MAGNITUDE = /^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;

function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\t]/g, " ").trim();
}

/**
 * Removes trailing footnote marks ("(349)(1)" → "(349)", "$4.4(b)" → "$4.4",
 * "Allowance (1) (2)" → "Allowance"). A mark that is the whole text is kept:
 * "(1)" alone is minus one, and "(a)" alone is left for the caller to recognise.
 */
export function stripFootnotes(text: string): string {
  const current = normalizeSpaces(text);
  // Marks are taken off the end by index, each found in the last few characters: a pattern anchored
  // at the end is tried from every position, which made a label with many marks quadratic.
  const firstOther = current.search(/[^\s$(]/);
  let end = current.length;
  for (;;) {
    const start = markBefore(current, end);
    if (start < 0) return current.slice(0, end);
    // "$ (1)" is minus one dollars, not a bare "$" with a mark.
    if (firstOther < 0 || firstOther >= start) return current.slice(0, end);
    end = start;
    while (end > 0 && /\s/.test(current[end - 1])) end--;
  }
}

/** Where the footnote mark ending at `end` starts, or -1. */
function markBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && /[*†‡§]/.test(text[at - 1])) at--;
  if (at < end) return at;
  const tail = /\((?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})\)$/.exec(text.slice(Math.max(0, end - 6), end));
  return tail ? end - tail[0].length : -1;
}

/** True when the text is only a footnote mark: "(a)", "(A)", "*", "(ii)". Digits in parentheses are amounts. */
function isLoneFootnoteMark(text: string): boolean {
  return /^(?:\((?:[A-Za-z]|[ivxIVX]{2,4})\)|[*†‡§]+)$/.test(text);
}

/** Zero printed as a mark: "—", "–", "-", "--", "$ --", or a bare "$" with nothing after it. */
function isDashZero(text: string): boolean {
  const withoutDollar = text.replace(/\$/g, "").replace(/\s+/g, "");
  if (withoutDollar === "") return text.includes("$");
  return DASHES.test(withoutDollar);
}

/**
 * The amount printed in `text`, or null when the text holds none (a label, an empty cell,
 * a lone footnote mark, a lone ")"). Parentheses or a minus (any dash glyph) make it negative;
 * an opening parenthesis without its closing one is still negative (the ")" was split into the
 * next cell). Dashes and a bare "$" are zero. Negative zero "(0" reads as plain zero.
 */
export function parseAmount(text: string): Decimal | null {
  // Readers ask about the same short cell texts many times (form detection, then reading): a
  // bounded memo of the answer (Decimals are immutable, so sharing them is safe).
  if (text.length > 40) return readAmount(text);
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size >= 20000) memo.clear();
  const value = readAmount(text);
  memo.set(text, value);
  return value;
}

const memo = new Map<string, Decimal | null>();

function readAmount(text: string): Decimal | null {
  const trimmed = normalizeSpaces(text);
  if (trimmed === "" || isLoneFootnoteMark(trimmed)) return null;
  const body = stripFootnotes(trimmed);
  if (isDashZero(body)) return new Decimal(0);

  // "1 2" is two figures (or none), never twelve.
  if (/[\d.,]\s+[\d.,]/.test(body)) return null;
  // A currency written out or as another symbol stands where "$" does: "USD 7,956", "¥2,109,910".
  let rest = body.replace(CURRENCY, "$").replace(/\s+/g, "");
  let negative = false;
  // "$(3.2)", "($3.2)", "(1,234", "-$5", "$-5", "−1,033"
  rest = rest.replace(/^\$/, "");
  if (rest.startsWith("(")) {
    negative = true;
    rest = rest.slice(1);
    if (rest.endsWith(")")) rest = rest.slice(0, -1);
  } else if (rest.endsWith(")")) {
    // "1,234)": the "(" was split into the cell before.
    negative = true;
    rest = rest.slice(0, -1);
  }
  rest = rest.replace(/^\$/, "").replace(MINUS_SIGNS, "-");
  if (rest.startsWith("-")) {
    if (negative) return null; // "(-5)" is not an accounting form
    negative = true;
    rest = rest.slice(1).replace(/^\$/, "");
  }
  if (!MAGNITUDE.test(rest)) return null;
  const magnitude = new Decimal(rest.replace(/,/g, ""));
  if (magnitude.isZero()) return new Decimal(0);
  return negative ? magnitude.negated() : magnitude;
}

/** True when the text prints zero: a dash mark, a bare "$", or an amount equal to zero ("0", "(0", "$ 0.0"). */
export function isZeroMark(text: string): boolean {
  const value = parseAmount(text);
  return value !== null && value.isZero();
}

/** True when the text holds an amount (including a zero mark), so a reader should treat it as a value cell. */
export function looksNumeric(text: string): boolean {
  return parseAmount(text) !== null;
}
