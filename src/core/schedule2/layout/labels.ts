// Reading the words around the figures: account labels, headings, titles, units.
import { stripFootnotes } from "../../numbers";
import type { RawCell } from "../types";

const UNITS_NOTE = /\((?:[^)]*\b(?:thousands|millions|billions)\b[^)]*)\)/i;

/**
 * A footnote digit glued to the last word ("Allowance for revenue adjustments1", "Reserves²"): a
 * word of lower-case letters does not end in one digit, so the digit is the mark.
 */
const GLUED_DIGIT_MARK = /(?<=[a-z]{4})[1-9]$|[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/;

/** A row label as the keys print it: footnote marks, dot leaders, a units note and a trailing colon or dash removed. */
export function cleanLabel(text: string): string {
  return stripFootnotes(
    text
      .replace(UNITS_NOTE, "")
      .replace(/(?:\s?\.){3,}\s*$/, "")
      .replace(/\s+/g, " ")
      .trim(),
  )
    .replace(/\s*[:—–-]+$/, "")
    .replace(/\$$/, "")
    .trim()
    .replace(GLUED_DIGIT_MARK, "");
}

export function isTotalLabel(label: string): boolean {
  return /^(?:grand\s+)?totals?\b/i.test(label);
}

/** "–Current", "- Noncurrent": a sub-row whose account is the heading above plus this label. */
export function isSubLabel(label: string): boolean {
  return /^[–—-]\s*\S/.test(label);
}

/** A label that continues the line above (a wrapped account name): it starts in lower case. */
export function continuesAbove(label: string): boolean {
  return /^[a-z]/.test(label);
}

/** A name cut after a word no name ends with: "Allowance for", "Reserve for excess and". */
const UNFINISHED =
  /\b(?:for|of|and|or|on|in|to|from|the|a|an|with|against|at|by|under|less|net\s+of)\s*$|&\s*$/i;
/** A heading that opens a block says so: "Deducted from asset accounts:", "Allowance for —". */
const HEADING_END = /[:—–-]\s*$/;

/**
 * Whether a line of words with no figures (`first`) is the start of the account name finished on
 * the row of figures below it (`second`), rather than a heading over that row. Real filings wrap
 * "Allowance for doubtful / Accounts" with capitals, so lower case is one cue among three: the
 * first line stops on a word no name ends with; or the second line is indented under the first,
 * is short, and the next account (`following`) is back at the first line's margin, as a block's
 * accounts would not be.
 */
export function isWrappedName(first: RawCell, second: RawCell, following: RawCell | undefined): boolean {
  if (HEADING_END.test(first.text)) return false;
  if (continuesAbove(second.text) || UNFINISHED.test(first.text)) return true;
  if (first.x === undefined || second.x === undefined || following?.x === undefined) return false;
  const short = second.text.trim().split(/\s+/).length <= 3;
  return short && second.x > first.x && following.x <= first.x;
}

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
/** "fiscal year ended:", "Year Ended December 31,", "For the years ending": a period's kind, no year. */
const PERIOD_CAPTION = new RegExp(
  `^(?:for\\s+the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:years?|periods?|quarters?|(?:\\d{1,2}|three|six|nine|twelve)\\s+months?)[\\s-]+(?:ended|ending)(?:\\s+${MONTH}(?:\\s+\\d{1,2})?)?\\s*[,:]?$`,
  "i",
);

/**
 * A caption over the period rows that names the kind of period but no year ("fiscal year ended:"
 * over "February 1, 2003", "Year Ended December 31," over "2005"): the periods are the rows below.
 */
export function isPeriodCaption(text: string): boolean {
  return PERIOD_CAPTION.test(text.replace(/\s+/g, " ").trim());
}

/**
 * A line under an account name that is not part of it, nor a heading of its own: a period caption,
 * or a description in parentheses ("(deducted from inventories)", "(included in other current
 * liabilities)") — the keys name the account without it.
 */
export function isAsideLine(text: string): boolean {
  const line = text.replace(/\s+/g, " ").trim();
  return isPeriodCaption(line) || (/^\([^()]*[A-Za-z]{3}[^()]*\)$/.test(line) && !/\d/.test(line));
}

/** Column-header wording repeated inside a table (after a page break): not a heading. */
export function isHeaderWording(text: string): boolean {
  return /^(?:description|balance\s+at|beginning|end\s+of|charged\s+to|additions|deductions|col(?:umn)?\.?\s+[a-e]\b)/i.test(
    text,
  );
}

export function unitsIn(text: string): string | null {
  const match = /\bin\s+(thousands|millions|billions)\b|\((000)'?s?\s+omitted\)|\$\s*(000)'?s\b/i.exec(text);
  if (!match) return null;
  if (match[1]) return match[1].toLowerCase();
  return "thousands";
}

/** A line that is only a units caption: "(In millions)", "(Dollars in thousands)". */
export function isUnitsCaption(text: string): boolean {
  return unitsIn(text) !== null && text.replace(/[()]/g, "").trim().split(/\s+/).length <= 5;
}

const TITLE = /schedule\s+(?:ii|viii|\d+)\b|valuation\s+and\s+qualifying|valuation\s+accounts/i;

/** The schedule's own title (or part of it) printed inside the table: not an account heading. */
export function isTitleLine(text: string): boolean {
  return TITLE.test(text);
}

/**
 * An account named only in the text before the table: a caption like "Allowance for Doubtful
 * Accounts (in millions)" or a lead-in "the activity of the allowance for credit losses and ...".
 */
export function accountFromContext(context: string): string | null {
  const leadIn =
    /\b(?:activity|changes?|roll-?forward|movements?)\s+(?:of|in)\s+(?:the|our)\s+(.+?)(?=\s+(?:for|during|in)\s+(?:the\s+|each\s+of\s+the\s+)?(?:fiscal\s+)?(?:years?|periods?)\b|\s*\(|[.:;]|$)/i.exec(
      context.replace(/\s+/g, " "),
    );
  if (leadIn) return leadIn[1].trim();
  const lines = context.split("\n").reverse();
  const caption = lines.find(
    (line) => /\b(?:allowance|reserve|valuation allowance|provision)/i.test(line) && !TITLE.test(line),
  );
  if (!caption) return null;
  return asWords(cleanLabel(caption));
}

/**
 * A caption set in capitals like the title above it ("ALLOWANCE FOR UNCOLLECTIBLES") names the
 * account in ordinary words: "Allowance for uncollectibles". Row labels keep their printed case.
 */
function asWords(name: string): string {
  if (/[a-z]/.test(name) || !/[A-Z]{3}/.test(name)) return name;
  const lower = name.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
