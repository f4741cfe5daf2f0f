// Text with one table cell per line (EDGAR viewer pages copied as text), and text with "|"
// between cells. Both lose the column geometry of the printed table, so rows are rebuilt from
// the order of the cells and the header from the wording of its lines.
import { looksNumeric } from "../../numbers";
import { isPeriodLabel } from "../layout/periods";
import type { RawCell, RawTable } from "../types";
import type { SourceLine } from "./fixedWidth";

const FOOTNOTE_MARK = /^(?:\((?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})\)|[*†‡§]+)$/;
const LETTER_MARK = /^(?:\((?:[A-Za-z]|[ivxIVX]{2,4})\)|[*†‡§]+)$/;
/** Words that open a column heading in Schedule II headers. */
const HEADING_START =
  /^(?:balance|charged|charges|additions?|deductions?|write|written|amounts?|other|credited|usage|provisions?|acquisitions?|adjustments?|foreign|currency|translation|recoveries|reclass)/i;
const NOT_A_HEADING =
  /^(?:col(?:umn)?\.?\s+[a-z]\.?|\(?in\s+(?:thousands|millions|billions)[^)]*\)?|description)$/i;

interface Cell {
  text: string;
  line: number;
}

/** Non-blank lines as cells, with a "$" or "(" joined to the amount below it and a ")" or mark to the one above. */
function joinAmountParts(lines: SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  let opener: Cell | null = null;
  for (const line of lines) {
    const text = line.text.trim().replace(/^\|\s*/, "");
    if (text === "") continue;
    const previous = cells[cells.length - 1];
    const previousIsValue = previous !== undefined && looksNumeric(previous.text);
    if (text === "$" || text === "(") {
      opener = opener ? { text: opener.text + text, line: opener.line } : { text, line: line.number };
      continue;
    }
    if (opener) {
      if (looksNumeric(opener.text + text)) {
        cells.push({ text: opener.text + text, line: opener.line });
        opener = null;
        continue;
      }
      cells.push(opener);
      opener = null;
    }
    if (previousIsValue && (text === ")" || text === "%")) previous.text += text;
    else if (previousIsValue && LETTER_MARK.test(text)) previous.text += ` ${text}`;
    else cells.push({ text, line: line.number });
  }
  if (opener) cells.push(opener);
  return cells;
}

/** Header lines grouped into column headings: a new heading starts at a word like "Balance" or "Deductions". */
function groupHeadings(cells: Cell[]): RawCell[] {
  const headings: RawCell[] = [];
  for (const cell of cells) {
    if (NOT_A_HEADING.test(cell.text)) continue;
    const last = headings[headings.length - 1];
    const continuesLast = last && !HEADING_START.test(cell.text);
    const opensAfterParenthesis = last && /^\(/.test(cell.text);
    if (continuesLast || opensAfterParenthesis) last.text += ` ${cell.text}`;
    else if (HEADING_START.test(cell.text)) headings.push({ text: cell.text, line: cell.line });
  }
  return headings;
}

/**
 * One-cell-per-line text. A label line followed by amount lines is a row; label lines with no
 * amounts (periods, headings) are rows of their own; lines before the first period or row label
 * are the title and the column headers.
 */
export function readCellLines(lines: SourceLine[], context: string): RawTable {
  const cells = joinAmountParts(lines);
  const firstValue = cells.findIndex((cell) => looksNumeric(cell.text) && !FOOTNOTE_MARK.test(cell.text));
  let headerEnd = firstValue < 0 ? cells.length : firstValue - 1;
  const firstPeriod = cells.findIndex((cell) => isPeriodLabel(cell.text));
  if (firstPeriod >= 0 && firstPeriod < headerEnd) headerEnd = firstPeriod;
  const rows: RawCell[][] = [];
  const headerCells = cells.slice(0, Math.max(headerEnd, 0));
  const units = headerCells.filter((cell) => /\bin\s+(?:thousands|millions|billions)\b/i.test(cell.text));
  rows.push(...units.map((cell) => [cell]));
  const headings = groupHeadings(headerCells);
  if (headings.length > 0) rows.push(headings);
  const headerRowCount = rows.length;
  let current: RawCell[] | null = null;
  for (const cell of cells.slice(Math.max(headerEnd, 0))) {
    const isValue = looksNumeric(cell.text) && !(current === null && FOOTNOTE_MARK.test(cell.text));
    if (isValue) {
      if (!current) {
        current = [];
        rows.push(current);
      }
      current.push({ text: cell.text, line: cell.line });
    } else {
      current = [{ text: cell.text, line: cell.line }];
      rows.push(current);
    }
  }
  return { rows, context, source: "cell-per-line", headerRowCount };
}

/** Text with "|" between cells: each line is a row, each cell's position among the bars its column. */
export function readPipeText(lines: SourceLine[], context: string): RawTable {
  const rows: RawCell[][] = [];
  for (const line of lines) {
    if (!line.text.includes("|")) continue;
    const parts = line.text
      .replace(/^\s*\|/, "")
      .replace(/\|\s*$/, "")
      .split("|");
    const cells = parts
      .map((part, index) => ({ text: part.trim(), line: line.number, x: index, width: 1 }))
      .filter((cell) => cell.text !== "" && !/^[\s\-=_:+]+$/.test(cell.text));
    if (cells.length > 0) rows.push(cells);
  }
  return { rows, context, source: "pipe-text" };
}
