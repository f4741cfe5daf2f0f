// Stored renders of web tables (XBRL viewer R pages, HTML exhibits) as text: the cells come one
// after another with no row boundaries. Three forms, one cell stream:
//   - "pipe-cells": every cell opens with "|" at the start of a line; lines without it continue the
//     cell ("|Balance at" / "Beginning" / "of Period"); "|" alone is an empty cell;
//   - "blank-line-cells": cells separated by blank lines, a line of spaces is an empty cell;
//   - "cell-per-line": every non-blank line is a cell (a heading wrapped over three lines is three).
// The stream is cut into rows where a label starts; the amounts after it are its values, with the
// parts a render splits ("$" / "4,471", "(246" / ")(1)") joined again. Everything is one pass.
import { looksNumeric } from "../../numbers";
import { isPeriodCaption } from "../layout/labels";
import { isPeriodLabel } from "../layout/periods";
import { isUnreadableFigure } from "../layout/rows";
import type { RawCell, RawTable } from "../types";
import type { SourceLine } from "./fixedWidth";
import { opensOwnCell, placeVanishedCells } from "./blankCells";
import { figureColumns, foldOverBottomLine, groupsIntoColumns, pastStackedPieces } from "./stackedHeader";
import { splitGluedTotals } from "./gluedTotals";
import { joinSplitLabels } from "./splitLabels";
import { leadCells, subHeaderAt, subTableStart } from "./subTables";
import {
  continuesCell,
  footnoteNumbers,
  gluedMark,
  isChrome,
  isPageNoise,
  markNumber,
  mayBeDigitMark,
} from "./marks";
import { withYearBefore, yearsAcross } from "./periodCells";
import { asLeadingPipes, closesCells } from "./trailingPipes";

export type StreamForm = "pipe-cells" | "blank-line-cells" | "cell-per-line";

export interface StreamCell {
  text: string;
  line: number;
  /** An empty cell of the render ("|" alone, a line of spaces): kept for column counting. */
  empty: boolean;
  /** A digit mark right after a figure: a footnote mark or a figure, as the column count says. */
  mark?: boolean;
  /** Known to be a figure (joined from parts), even when it reads like a mark: "(7" ")" → "(7)". */
  figure?: boolean;
  /** Text a render ran on under a figure (footnotes, a page number): the page's, never a figure. */
  page?: boolean;
  /** The parts of a figure with its digits lost ("$" then ")", "(" then ")"): named, never read. */
  lost?: boolean;
}

const FOOTNOTE_MARK = /^(?:\((?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})\)|\[\d{1,2}\]|[*†‡§]+)+$/;
const LETTER_MARK = /^(?:\((?:[A-Za-z]|[ivxIVX]{2,4})\)|\[\d{1,2}\]|[*†‡§]+)+$/;
const YEAR = /^(?:19|20)\d\d:?$/;
/** Viewer chrome and captions that are never a column heading. */
const NOT_A_HEADING =
  /^(?:col(?:umn)?\.?\s+[a-z]\.?|description|\(?(?:in|dollars\s+in|amounts\s+in|\$\s*in)\s+(?:thousands|millions|billions)[^)]*\)?|\d+\s+months?\s+ended|xml\s+\d+\s+r\d+|.*\[(?:line\s+items|table|abstract|axis|member)\])/i;
const MONTH_DATE =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d$/i;
/** Words a column heading of a Schedule II opens with, for renders that split a heading over lines. */
const HEADING_START =
  /^(?:balance|beginning|charged|charges|additions?|deductions?|write|written|amounts?|other|credited|usage|provisions?|acquisitions?|adjustments?|foreign|currency|translation|recoveries|reclass|net\b|ending|end\s+of|reserves?\b|reversals?|changes?\b|uncollectible|impact|effect)/i;

/** Which stream form the lines are in, or null when they are not a stored render's cell stream. */
export function detectStreamForm(lines: SourceLine[]): StreamForm | null {
  const nonBlank = lines.filter((line) => line.text.trim() !== "");
  if (nonBlank.length < 8) return null;
  const piped = nonBlank.filter((line) => /^\s*\|/.test(line.text) && !/\|.*\|/.test(line.text)).length;
  if (piped * 2 >= nonBlank.length || closesCells(lines)) return "pipe-cells";
  const spaceLines = lines.filter((line) => line.text !== "" && line.text.trim() === "").length;
  const emptyLines = lines.filter((line) => line.text === "").length;
  const amountLines = nonBlank.filter((line) => looksNumeric(line.text.trim()) || line.text.trim() === "$");
  const longLines = nonBlank.filter((line) => line.text.length > 60).length;
  if (amountLines.length >= 6 && longLines * 4 < nonBlank.length) {
    // A render whose cells are kept apart by blank lines has as many of those as cells.
    if (emptyLines + spaceLines >= nonBlank.length * 0.8) return "blank-line-cells";
    if (amountLines.length * 4 >= nonBlank.length) return "cell-per-line";
  }
  return null;
}

/**
 * Lines of a "|" render that stand in a long run of bare lines (six or more with no "|"): a cell
 * wraps over two to four lines, so such a run is a header or labels printed one cell per line
 * ("COL. B" / "COL. C" / … / "Year ended December 31, 2018"), each line its own cell.
 */
function linesOfLongBareRuns(lines: SourceLine[]): Set<number> {
  const inRuns = new Set<number>();
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 6) run.forEach((index) => inRuns.add(index));
    run = [];
  };
  lines.forEach((line, index) => {
    if (line.text.trim() === "" || /^\s*\|/.test(line.text)) flush();
    else run.push(index);
  });
  flush();
  return inRuns;
}

/** The render's cells, in order. */
export function streamCells(source: SourceLine[], form: StreamForm): StreamCell[] {
  const lines = form === "pipe-cells" ? asLeadingPipes(source) : source;
  const cells: StreamCell[] = [];
  let current: StreamCell | null = null;
  let fresh = false; // the open cell holds only its own "|" line so far
  const ownCells = form === "pipe-cells" ? linesOfLongBareRuns(lines) : new Set<number>();
  const close = (): void => {
    if (current) cells.push({ ...current, text: current.text.replace(/\s+/g, " ").trim() });
    current = null;
  };
  lines.forEach((line, index) => {
    const text = line.text.replace(/\u00a0/g, " ");
    const linesAreCells = ownCells.has(index);
    if (form === "pipe-cells") {
      const opened = /^\s*\|(.*)$/.exec(text);
      if (opened) {
        close();
        current = { text: opened[1], line: line.number, empty: opened[1].trim() === "" };
        fresh = true;
      } else if (text.trim() !== "") {
        if (linesAreCells && current && !current.empty && !fresh && /^\s*[a-z]/.test(text)) {
          current.text += ` ${text}`; // "Balance at" / "beginning" / "of period": a wrapped heading
        } else if (linesAreCells) {
          close(); // a line of a long run of bare lines: a cell of its own
          current = { text, line: line.number, empty: false };
          fresh = false;
        } else if (current && fresh && !continuesCell(current.text, text)) {
          close(); // text under a figure: the page's (footnotes, a page number), never a figure
          current = { text, line: line.number, empty: false, page: true };
        } else if (current) {
          fresh = false;
          current.text += ` ${text}`;
          current.empty = false;
        } else current = { text, line: line.number, empty: false };
      }
    } else if (form === "blank-line-cells") {
      if (text === "") close();
      else if (text.trim() === "") {
        close();
        cells.push({ text: "", line: line.number, empty: true });
      } else if (current && !opensOwnCell(current.text, text)) current.text += ` ${text}`;
      else {
        close(); // "$" / "6,700" under a label with no blank line between: cells of their own
        current = { text, line: line.number, empty: false };
      }
    } else if (text.trim() !== "") {
      cells.push({ text: text.trim(), line: line.number, empty: false });
    }
  });
  close();
  return form === "blank-line-cells" ? placeVanishedCells(cells) : cells;
}

function isFigure(text: string): boolean {
  return looksNumeric(text) && !FOOTNOTE_MARK.test(text);
}

/**
 * Joins the parts of amounts a render splits over cells: "$" before an amount, "(" before one, ")"
 * or a footnote mark after one (")(1)" closes and marks it). Empty cells are left in place.
 */
export function joinAmountParts(cells: StreamCell[]): StreamCell[] {
  const out: StreamCell[] = [];
  let opener: StreamCell | null = null;
  // The last figure written, when only empty cells stand after it.
  let lastFigure: StreamCell | null = null;
  let adjacent = false;
  const noted = footnoteNumbers(cells);
  for (const cell of cells) {
    const text = cell.text;
    if (cell.empty) {
      out.push(cell);
      // A mark stands right after its figure; after an empty cell a "(2)" is a figure of its own.
      adjacent = false;
      continue;
    }
    if (/^(?:\$|¥|€|£|USD|\(|\$\()$/.test(text)) {
      if (opener) out.push(opener);
      opener = { ...cell };
      continue;
    }
    if (opener) {
      if (isFigure(opener.text + text) && !/^\$/.test(text)) {
        const joined = { ...opener, text: `${opener.text}${text}`, figure: true };
        out.push(joined);
        lastFigure = joined;
        adjacent = true;
        opener = null;
        continue;
      }
      const closes = /^\)(.*)$/.exec(text);
      if (/\($/.test(opener.text) && closes && (closes[1] === "" || FOOTNOTE_MARK.test(closes[1].trim()))) {
        // "(" then ")": the digits between were lost (issue 11: the row is named, not dropped).
        const lost = { ...opener, text: `${opener.text}${text}`, figure: true, lost: true };
        out.push(lost);
        lastFigure = lost;
        adjacent = true;
        opener = null;
        continue;
      }
      out.push(opener);
      lastFigure = opener.text === "$" ? opener : null;
      opener = null;
    }
    const closing = /^\)(.*)$/.exec(text);
    if (lastFigure && closing && (closing[1] === "" || FOOTNOTE_MARK.test(closing[1].trim()))) {
      if (/^\$?\(/.test(lastFigure.text) && !lastFigure.text.endsWith(")")) lastFigure.text += ")";
      // "$" then ")": the "(2,499" between was lost, so the figure cannot be read (issue 11).
      if (lastFigure.text === "$") lastFigure.lost = true;
      lastFigure.figure = true; // "(7" ")" is minus seven, not a mark
      continue;
    }
    if (lastFigure && (LETTER_MARK.test(text) || (adjacent && /^[a-z]$/.test(text)))) {
      lastFigure.text += ` ${gluedMark(text)}`; // "(a)" after a figure: its footnote mark
      continue;
    }
    // "(246)" "(1)", "—" "(2)", "180" "1": a digit mark right after a figure, or a figure of its own;
    // which one is left to the column count (the cell is marked, see RawCell.mark).
    const digitMark: boolean =
      lastFigure !== null && mayBeDigitMark(text) && (adjacent || noted.has(markNumber(text)));
    out.push({ ...cell, mark: digitMark || undefined });
    // A mark may be a figure ("(76)" after "4"): a mark after it is still adjacent to a figure.
    lastFigure = isFigure(text) || digitMark ? out[out.length - 1] : null;
    adjacent = lastFigure !== null;
  }
  if (opener) out.push(opener);
  return out;
}

/** Header cells grouped into column headings (renders with one line per cell split them). */
function headingsOf(cells: StreamCell[], form: StreamForm): RawCell[] {
  const headings: RawCell[] = [];
  const years = yearsAcross(cells);
  for (const [index, cell] of cells.entries()) {
    const text = cell.text;
    if (cell.empty || NOT_A_HEADING.test(text) || MONTH_DATE.test(text)) continue;
    if (years.has(index)) {
      headings.push({ text: text.replace(/:$/, ""), line: cell.line }); // "2019" "2018": periods across
      continue;
    }
    if (form === "cell-per-line") {
      const last = headings[headings.length - 1];
      if (last && !HEADING_START.test(text)) last.text += ` ${text}`;
      else if (HEADING_START.test(text)) headings.push({ text, line: cell.line });
    } else if (
      HEADING_START.test(text) ||
      /\b(?:begin|end|period|year|balance)\b/i.test(text) ||
      // Between the opening and closing balances every cell is a column's heading, whatever its words.
      (headings.some((h) => BEGIN_HEADING.test(h.text)) && !isTitleLike(text))
    ) {
      headings.push({ text, line: cell.line });
    }
  }
  return headings;
}

function isTitleLike(text: string): boolean {
  return /schedule\s+(?:ii|viii|\d+)\b|valuation\s+and\s+qualifying/i.test(text) || /[.:]$/.test(text);
}

/** Index of the first cell that opens the body: a period label, or a label with a figure after it. */
function bodyStart(cells: StreamCell[]): number {
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i].text;
    if (cells[i].empty) continue;
    if (isPeriodLabel(text) && !/^(?:19|20)\d\d$/.test(text)) return i;
    if (isFigure(text) && !YEAR.test(text)) {
      // The label this figure belongs to: the last text cell before it.
      for (let j = i - 1; j >= 0; j--) {
        if (cells[j].empty || FOOTNOTE_MARK.test(cells[j].text)) continue;
        if (YEAR.test(cells[j].text)) return j;
        return isFigure(cells[j].text) ? i : withYearBefore(cells, j);
      }
      return i;
    }
  }
  return cells.length;
}

const BARE_YEAR = /^(?:19|20)\d\d$/;

/**
 * A row led by a year whose figures hold more years at a regular stride ("2005 $5.6 4.6 (3.6) $6.6
 * 2004 $4.1 …"): rows of a render that printed the year in the label column, one per year.
 */
function splitAtYears(row: RawCell[]): RawCell[][] {
  if (row.length < 4 || !BARE_YEAR.test(row[0].text)) return [row];
  const starts = row.flatMap((cell, index) => (BARE_YEAR.test(cell.text) ? [index] : []));
  if (starts.length < 2) return [row];
  const stride = starts[1] - starts[0];
  // Footnote marks after the last figure ("16,218" "(2)") belong to the last year's row.
  let length = row.length;
  while (length > 0 && row[length - 1].mark) length--;
  const regular =
    stride >= 3 &&
    starts.every((start, i) => start === i * stride) &&
    length - starts[starts.length - 1] === stride;
  if (!regular) return [row];
  return starts.map((start, i) => row.slice(start, i === starts.length - 1 ? row.length : start + stride));
}

const END_HEADING = /\b(?:end|ending|closing)\b/i;

/**
 * Where the header ends: at the body's first label, or later, just after the last heading naming
 * the closing balance when a period label or account heading came first ("Accounts receivable
 * allowance:" / "Year ended …" / "Balance at End of Period" … in either order) — but never past
 * the first figure.
 */
function headerEnd(cells: StreamCell[], start: number): number {
  let firstFigure = cells.length;
  for (let i = 0; i < cells.length; i++) {
    if (!cells[i].empty && isFigure(cells[i].text) && !YEAR.test(cells[i].text)) {
      firstFigure = i;
      break;
    }
  }
  let lastEnd = -1;
  for (let i = 0; i < firstFigure; i++) {
    if (END_HEADING.test(cells[i].text) && HEADING_START.test(cells[i].text)) lastEnd = i;
  }
  if (lastEnd < 0) return start;
  let end = lastEnd + 1;
  // The rest of a heading a render split over lines: "Balance at" / "End of" / "Period".
  while (end < firstFigure && (cells[end].empty || HEADING_TAIL.test(cells[end].text))) end++;
  // A header stacked over lines prints the bottom pieces after the closing balance's first piece
  // ("Balance at end" … "Description" / "period" / "Deductions" / "of period"): up to the period.
  end = pastStackedPieces(cells, end, firstFigure);
  return Math.min(end, firstFigure);
}

const HEADING_TAIL = /^(?:(?:of\s+)?(?:the\s+)?(?:period|year|fiscal\s+year|month)s?|[a-z].*)$/;

/** A row that is only a sentence (a footnote's text): a mark after it opens the next footnote. */
function isProse(row: RawCell[]): boolean {
  return row.length === 1 && /\.\s*$/.test(row[0].text) && row[0].text.split(/\s+/).length >= 3;
}

/** A footnote's mark standing alone where a row would start: "(2)" before the footnote's words. */
function isLoneMark(cell: RawCell): boolean {
  return FOOTNOTE_MARK.test(cell.text) && looksNumeric(cell.text);
}

/** The next cell that is not empty, from `from` on. */
function nextFilled(cells: StreamCell[], from: number): StreamCell | undefined {
  for (let i = from; i < cells.length; i++) if (!cells[i].empty) return cells[i];
  return undefined;
}

const BEGIN_HEADING = /\b(?:begin|beginning|beginnning|opening)\b/i;

/**
 * A stored render's cell stream as tables: one per printed sub-table (its own header row of
 * column headings, then one row per label). Sub-tables of one printed table share `part.of`.
 */
export function readStream(lines: SourceLine[], form: StreamForm, context: string): RawTable[] {
  const cells = joinAmountParts(streamCells(lines, form));
  const tables: RawTable[] = [];
  let from = 0;
  const group = lines[0]?.number ?? 0;
  while (from < cells.length) {
    const rest = cells.slice(from);
    const start = headerEnd(rest, bodyStart(rest));
    let end = rest.length;
    for (let i = start; i < rest.length; i++) {
      if (subHeaderAt(rest, i)) {
        end = subTableStart(rest, i, start);
        break;
      }
    }
    tables.push({
      ...streamTable(rest.slice(0, start), rest.slice(start, end), form, context),
      part: { of: group, index: tables.length },
    });
    if (end >= rest.length || end === 0) break;
    from += end;
  }
  joinSplitLabels(tables);
  return tables;
}

function streamTable(header: StreamCell[], body: StreamCell[], form: StreamForm, context: string): RawTable {
  const rows: RawCell[][] = [];
  const units = header.filter((cell) => /\bin\s+(?:thousands|millions|billions)\b/i.test(cell.text));
  rows.push(...units.map((cell) => [{ text: cell.text, line: cell.line }]));
  const lead = leadCells(header);
  const headings = headingsOf(
    header.filter((cell) => !lead.includes(cell)),
    form,
  );
  if (headings.length > 0) rows.push(headings);
  let headerRowCount = rows.length;
  let current: RawCell[] | null = null;
  // The sub-table's account title and period label, printed before its headings, open its body
  // as rows of their own (a heading and a period), never as the label of the first figures.
  rows.push(...lead.map((cell) => [{ text: cell.text, line: cell.line }]));
  const cells = body;
  const lost: { row: RawCell[]; cell: RawCell }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.empty || isChrome(cell.text) || (cell.page && isPageNoise(cell.text))) continue;
    const next = nextFilled(cells, i + 1);
    // A year with words after it heads a block ("2012" then "Allowance for…"), it is not a figure.
    // So does a caption naming the period but no year ("Year Ended December 31," over "2005" …).
    const yearHeading =
      (YEAR.test(cell.text) && (next === undefined || !isFigure(next.text))) || isPeriodCaption(cell.text);
    // "(12)" alone: a figure inside a row, a footnote's mark when words follow it outside one.
    const markForm = FOOTNOTE_MARK.test(cell.text) && looksNumeric(cell.text);
    const inRow =
      current !== null &&
      markForm &&
      !isProse(current) &&
      !(next !== undefined && !looksNumeric(next.text) && next.text.split(" ").length > 6);
    // "(1)" with words after it: the mark of the footnote that follows, unless the row needs it
    // as a figure (layout drops a mark only from a row with one amount too many).
    const opensWords =
      markForm && next !== undefined && !looksNumeric(next.text) && /[A-Za-z]{2}/.test(next.text);
    if ((cell.figure || cell.mark || inRow || isFigure(cell.text)) && !yearHeading) {
      if (!current) {
        current = [];
        rows.push(current);
      }
      const mark = cell.mark || (inRow && opensWords);
      current.push({ text: cell.text, line: cell.line, ...(mark ? { mark: true } : {}) });
      if (cell.lost) lost.push({ row: current, cell: current[current.length - 1] });
    } else if (current && isUnreadableFigure(cell.text)) {
      current.push({ text: cell.text, line: cell.line }); // a figure no one can read: layout names it
    } else if (current && current.length === 1 && isLoneMark(current[0]) && !yearHeading) {
      current[0].text += ` ${cell.text}`; // "(2)" "Includes rebates …": one footnote line
    } else {
      current = [{ text: cell.text, line: cell.line }];
      rows.push(current);
      if (yearHeading) current = null;
    }
  }
  const notes = lost.map(lostFigureNote);
  // Headings that do not group into the row's figure columns (a stacked header whose empty
  // cells vanished): the header as its pieces, one per row, for layout to read as a whole.
  if (
    headings.length > 0 &&
    !groupsIntoColumns(
      headings.map((cell) => cell.text),
      rows.slice(headerRowCount),
      form === "cell-per-line",
    )
  ) {
    const pieces = header.filter((cell) => !cell.empty && !lead.includes(cell) && !units.includes(cell));
    const folded = foldOverBottomLine(
      pieces.map((cell) => cell.text),
      figureColumns(rows.slice(headerRowCount)),
    );
    if (folded) {
      const line = pieces[0]?.line;
      rows.splice(
        headerRowCount - 1,
        1,
        folded.map((text) => ({ text, line })),
      );
    } else {
      rows.splice(headerRowCount - 1, 1, ...pieces.map((cell) => [{ text: cell.text, line: cell.line }]));
      headerRowCount += pieces.length - 1;
    }
  }
  return {
    rows: splitGluedTotals(
      rows.flatMap((row, index) => (index < headerRowCount ? [row] : splitAtYears(row))),
      headerRowCount,
    ),
    context,
    source: form,
    headerRowCount,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * Issue 11, no silent drop: a figure whose digits were lost ("$" then ")" with the "(2,499" between
 * gone) cannot be read, and the row it stands in is not a row of figures any more: it is named.
 */
function lostFigureNote({ row, cell }: { row: RawCell[]; cell: RawCell }): {
  location: string;
  message: string;
} {
  const label = row[0] !== cell && !looksNumeric(row[0].text) ? row[0] : null;
  const figures = row.filter((other) => other !== label).map((other) => other.text);
  return {
    location: `line ${cell.line}`,
    message:
      `Row not checked: a figure's digits are missing ("${cell.text}" with no amount) in ` +
      `${label ? `"${label.text}" ` : ""}${figures.join(" ")}`,
  };
}
