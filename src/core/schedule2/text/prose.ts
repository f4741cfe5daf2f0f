// Is this line of report text prose (a sentence of a paragraph or a footnote), not a row, a row
// label or a heading? One rule for the text locator (where a schedule's blocks end, what past a
// </TABLE> is the table's) and the EDGAR fixed-width reader (where a table going on past an early
// </TABLE> stops).
import { isHeaderWording } from "../layout/labels";

/** A line of this many words or more, and no figure, is a paragraph's line, not a row label. */
export const PROSE_LINE_WORDS = 8;
/** A footnote's opening: "Note:", "(a)", "(1)", "*" (a note is not prose that ends a schedule). */
const FOOTNOTE = /^(?:notes?\b|\((?:\d{1,2}|[a-z])\)|[*†‡])/i;

/** The words of a line: runs of letters (a figure, a "$" or a dash is no word). */
export function wordCount(line: string): number {
  return (line.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}

/**
 * A line of prose, for a line that holds no figure: PROSE_LINE_WORDS words or more, or a short
 * sentence (three words or more ending with a lower-case word and a full stop: "Represents
 * write-offs, net of recoveries."; not "ACME HOLDINGS, INC."). Column headings ("Balance at
 * beginning of period …") and a footnote's opening line ("(1) …", "Note: …") are not prose. A
 * leading "|" (a pipe render's cell) is not read.
 */
export function isProseLine(line: string): boolean {
  const text = line.replace(/^\s*\|/, "").trim();
  if (isHeaderWording(text) || FOOTNOTE.test(text)) return false;
  const words = wordCount(text);
  return words >= PROSE_LINE_WORDS || (words >= 3 && /\b[a-z]{2,}\.\s*$/.test(text));
}
