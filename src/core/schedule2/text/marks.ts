// Footnote marks and text that is not the table's, in a stored render's cell stream. A render puts
// a footnote mark in a cell of its own after the figure it qualifies ("3,296" "a", "180" "1"), runs
// the footnotes and the page number under the last cell ("93,992" / "1 Includes translation …"),
// and ends with viewer chrome ("QuickLinks"). These helpers say which is which; the stream calls them.
import { looksNumeric } from "../../numbers";

/** A bare digit or a digit in parentheses: a footnote mark or a figure, as the row's column count decides. */
const DIGIT_MARK = /^(?:\(\d{1,2}\)|\d)$/;

/** Viewer and page chrome printed after or around a table: never a label, never a figure. */
const CHROME =
  /^(?:quicklinks|quick\s+links|table\s+of\s+contents|back\s+to\s+(?:top|contents|index)|click\s+to\s+(?:see|view)\b.*|return\s+to\s+(?:top|index))$/i;

/** A cell that may be a footnote mark as much as a figure ("1", "(2)"). */
export function mayBeDigitMark(text: string): boolean {
  return DIGIT_MARK.test(text.trim());
}

/**
 * A mark in its own cell as it is glued to its figure: a bare letter "a" becomes "(a)", so the
 * figure reads "3,296 (a)" and the number readers strip it like any glued mark ("481(C)").
 */
export function gluedMark(mark: string): string {
  const text = mark.trim();
  return /^[A-Za-z]$/.test(text) ? `(${text})` : text;
}

/** Viewer chrome: "QuickLinks", "Table of Contents", "Back to top". */
export function isChrome(text: string): boolean {
  return CHROME.test(text.replace(/\s+/g, " ").trim());
}

/**
 * Whether a line of a "|" render that does not open a cell continues the cell before it. A heading
 * wraps over lines ("Balance at" / "Beginning" / "of Year"), a figure does not: text under a
 * figure is the page's (footnotes, a page number, viewer chrome) and stands on its own.
 */
export function continuesCell(cellText: string, line: string): boolean {
  const cell = cellText.trim();
  if (cell === "" || /^[$(]$/.test(cell)) return true;
  return !(looksNumeric(cell) && /\d/.test(cell)) && !isChrome(line);
}

/**
 * Page text with no words: a page number ("1", "- 91 -", "S-2", "Page 3") or a footnote's mark on
 * its own line ("- (1)", "a)"). Under the last figure it is never a figure of the table.
 */
export function isPageNoise(text: string): boolean {
  const rest = text.replace(/\bpage\b/i, "").trim();
  return rest.length <= 12 && !/[A-Za-z]{3,}/.test(rest);
}

/** A footnote's own line: its number, then its words ("2 Represents uncollectible accounts …", "(3) Includes"). */
const FOOTNOTE_TEXT = /(?:^|[.;:]\s+)\(?(\d{1,2})\)?\s+[A-Z][a-z]/g;

/**
 * The footnote numbers the page prints with their text ("1 Represents …", "2 Includes …"). A bare
 * digit after a figure with an empty cell between is a mark only when the page has its footnote;
 * right after the figure, the column count alone decides.
 */
export function footnoteNumbers(cells: readonly { text: string; empty: boolean }[]): Set<string> {
  const numbers = new Set<string>();
  for (const cell of cells) {
    if (cell.empty || cell.text.split(/\s+/).length < 3 || looksNumeric(cell.text)) continue;
    for (const match of cell.text.matchAll(FOOTNOTE_TEXT)) numbers.add(String(Number(match[1])));
  }
  return numbers;
}

/** The number of a digit mark: "2" and "(2)" are footnote 2. */
export function markNumber(text: string): string {
  return String(Number(text.replace(/[()\s]/g, "")));
}
