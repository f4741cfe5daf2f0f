// Where the sub-tables of a stored render's cell stream begin, and what stands before their column
// headings. A printed Schedule II often repeats its header per account or per year: "Revenue
// Allowance" / "Balance" / "Beginning of Period" … or "For the Year Ended December 31, 2010" /
// "Balance at Beginning of Period" …. The account title or period label just before such a header
// belongs to the sub-table that follows, not to the rows above it.
import { looksNumeric } from "../../numbers";
import { isPeriodLabel } from "../layout/periods";

export interface SubTableCell {
  text: string;
  empty: boolean;
}

const BEGIN = /\b(?:begin|beginning|beginnning|opening)\b/i;
const END = /\b(?:end|ending|closing)\b/i;
const YEAR = /^(?:19|20)\d\d:?$/;
const FOOTNOTE_MARK = /^(?:\((?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})\)|\[\d{1,2}\]|[*†‡§]+)+$/;
/** Words a Schedule II column heading opens with (a heading split over lines opens with one). */
export const HEADING_WORD =
  /^(?:balance|beginning|charged|charges|additions?|deductions?|write|written|amounts?|other|credited|usage|provisions?|acquisitions?|adjustments?|foreign|currency|translation|recoveries|reclass|net\b|ending|end\s+of|reserves?\b|reversals?|changes?\b|uncollectible|impact|effect|description)/i;
const UNITS = /^\(?(?:in|dollars\s+in|amounts\s+in|\$\s*in)\s+(?:thousands|millions|billions)[^)]*\)?$/i;
/** Words of an account's name, as a sub-table's title has them. */
const ACCOUNT_WORDS =
  /allowance|reserve|provision|valuation|inventor|receivable|returns|warrant|liabilit|accru|obsolesc|doubtful|\btax|credit\s+loss|discounts?|rebates?|chargebacks?|insurance|environmental|restructur|lifo/i;
const TITLE = /schedule\s+(?:ii|viii|[ivx]+|\d+)\b|valuation\s+and\s+qualifying/i;

function isFigureCell(text: string): boolean {
  return looksNumeric(text) && !FOOTNOTE_MARK.test(text) && !YEAR.test(text);
}

/** A line of a column heading: its opening word, a lower-case continuation, or a units caption. */
function isHeadingPiece(text: string): boolean {
  if (UNITS.test(text)) return true;
  if (/[.;]$/.test(text) || text.split(/\s+/).length > 6) return false;
  return HEADING_WORD.test(text) || /^[a-z(/]/.test(text);
}

/**
 * A sub-table's account title: a short name with an account's words, no figures, not the
 * schedule's own title and not a sentence.
 */
export function isAccountTitle(text: string): boolean {
  const words = text.split(/\s+/).length;
  return (
    ACCOUNT_WORDS.test(text) &&
    !/\d{2}/.test(text.replace(/\(\d{1,2}\)|\d$/g, "")) &&
    !TITLE.test(text) &&
    !/[.;]$/.test(text) &&
    (!HEADING_WORD.test(text) || /^reserves?\b/i.test(text)) &&
    words <= 8
  );
}

/** A period label that heads a sub-table ("For the Year Ended December 31, 2010"), not a bare year. */
export function isLeadPeriod(text: string): boolean {
  return isPeriodLabel(text) && !YEAR.test(text.trim());
}

/**
 * Whether a new column header starts at cell `i` inside the body: a heading naming the opening
 * balance, then one naming the closing balance, with no figure between (within a header's length).
 */
export function subHeaderAt(cells: SubTableCell[], i: number): boolean {
  const cell = cells[i];
  if (cell.empty || !BEGIN.test(cell.text) || !HEADING_WORD.test(cell.text)) return false;
  for (let j = i + 1, seen = 0; j < cells.length && seen < 16; j++) {
    if (cells[j].empty) continue;
    seen++;
    const text = cells[j].text;
    if (isFigureCell(text)) return false;
    if (END.test(text) && !isPeriodLabel(text) && text.split(/\s+/).length <= 6) return true;
  }
  return false;
}

/**
 * Where the sub-table whose header opens at `at` really starts: back over the pieces of its first
 * heading ("Balance" before "Beginning of Period"), a units caption, and at most one account title
 * and one period label printed just before it. Never back past a figure, a footnote or a sentence.
 */
export function subTableStart(cells: SubTableCell[], at: number, floor: number): number {
  let start = at;
  let title = false;
  let period = false;
  for (let j = at - 1; j > floor; j--) {
    const cell = cells[j];
    if (cell.empty) continue;
    const text = cell.text;
    if (isFigureCell(text) || FOOTNOTE_MARK.test(text)) break;
    if (!period && isLeadPeriod(text)) {
      period = true;
    } else if (!title && isAccountTitle(text)) {
      title = true;
    } else if (!(title || period) && isHeadingPiece(text)) {
      // a piece of the header: keep going
    } else break;
    start = j;
  }
  // Leave the empty cells between the rows above and the sub-table with the rows above.
  return start;
}

/**
 * The cells of a header that belong before the sub-table's first row: its period label (when the
 * header holds exactly one) and the account title printed before the first heading. In source order.
 */
export function leadCells<T extends SubTableCell>(header: T[]): T[] {
  const periods = header.filter((cell) => !cell.empty && isLeadPeriod(cell.text));
  // "Reserve for returns:" opens with a heading's word, but the colon makes it a block's title.
  const firstHeading = header.findIndex(
    (cell) =>
      !cell.empty && HEADING_WORD.test(cell.text) && !(/:$/.test(cell.text) && isAccountTitle(cell.text)),
  );
  const beforeHeadings = firstHeading < 0 ? header : header.slice(0, firstHeading);
  const titles = beforeHeadings.filter((cell) => !cell.empty && isAccountTitle(cell.text));
  const lead = new Set<T>([...(periods.length === 1 ? periods : []), ...titles.slice(-1)]);
  return header.filter((cell) => lead.has(cell));
}
