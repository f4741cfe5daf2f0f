// Fixed-width report text: old EDGAR `<TABLE>` blocks (`<CAPTION>`, `<S>`, `<C>`, `<PAGE>`, in any
// case) and untagged column text. Cells keep their character columns so layout can align them.
import { looksNumeric } from "../../numbers";
import type { RawCell, RawTable } from "../types";
import { isProseLine, PROSE_LINE_WORDS, wordCount } from "./prose";
import { cleanLine, isRuleLine, splitCells } from "./tokens";

export interface SourceLine {
  text: string;
  /** 1-based line number in the whole input. */
  number: number;
}

const PAGE_MARK = /^\s*<\/?page>/i;
const TAG_ONLY = /^\s*<\/?(?:caption|table|fn|f\d)>\s*$/i;
const COLUMN_TAGS = /<[SC]>/i;
/** A page number printed alone on its line: "12", "- 12 -", "F-12". */
export const LONE_PAGE_NUMBER = /^\s*(?:-\s*)?(?:[A-Z]{1,2}-)?\d{1,3}(?:\s*-)?\s*$/;

/** Lines of text with their 1-based numbers in the whole input. */
export function numberLines(text: string, firstLine: number): SourceLine[] {
  return text.split("\n").map((line, index) => ({ text: line, number: firstLine + index }));
}

/** Page furniture: `<PAGE>` markers and the page number printed next to one (indexes into `lines`). */
export function pageFurniture(lines: SourceLine[]): Set<number> {
  const skip = new Set<number>();
  lines.forEach((line, index) => {
    if (!PAGE_MARK.test(line.text)) return;
    skip.add(index);
    for (const step of [-1, 1]) {
      let at = index + step;
      while (at >= 0 && at < lines.length && lines[at].text.trim() === "") at += step;
      if (at >= 0 && at < lines.length && LONE_PAGE_NUMBER.test(lines[at].text)) skip.add(at);
    }
  });
  return skip;
}

/** Value-column extents from the `<C>` tags of an `<S> <C> <C>` line. */
function columnsFromTags(tagLine: string): { x: number; width: number }[] {
  const starts = [...tagLine.matchAll(/<C>/gi)].map((m) => m.index ?? 0);
  return starts.map((x, i) => ({ x, width: (i + 1 < starts.length ? starts[i + 1] : x + 1000) - x }));
}

/** A row of the body: a label, then two figures or more that are not years. */
function isDataRow(row: RawCell[]): boolean {
  const figures = row.slice(1).filter((cell) => {
    const text = cell.text.trim();
    return looksNumeric(text) && /\d/.test(text) && !/^(?:19|20)\d\d$/.test(text);
  });
  return row.length > 0 && !looksNumeric(row[0].text.trim()) && figures.length >= 2;
}

/**
 * Where the header above the `<S>` line really ends: at the first row of figures after a heading
 * row (issue 11: a `<S>` line printed late, or lost, would make the rows above it headers, and
 * their figures vanish unread).
 */
function headerEnd(rows: RawCell[][], count: number): number {
  let heading = false;
  for (let i = 0; i < count; i++) {
    if (!isDataRow(rows[i])) heading = true;
    else if (heading) return i;
  }
  return count;
}

/**
 * One table from fixed-width lines. Rows above the `<S>` line are headers; rule lines, page
 * markers and tag lines are dropped; every other non-blank line becomes a row of cells.
 */
export function readFixedWidth(lines: SourceLine[], context: string, source: string): RawTable {
  const skip = pageFurniture(lines);
  const rows: RawCell[][] = [];
  let columns: { x: number; width: number }[] | undefined;
  let headerRowCount: number | undefined;
  lines.forEach((line, index) => {
    if (skip.has(index) || TAG_ONLY.test(line.text)) return;
    const text = cleanLine(line.text.replace(/<\/?caption>|<\/?table>/gi, (tag) => " ".repeat(tag.length)));
    if (COLUMN_TAGS.test(text) && /^[\s<>SCsc]*$/.test(text)) {
      if (!columns) {
        columns = columnsFromTags(text);
        headerRowCount = rows.length;
      }
      return;
    }
    if (text.trim() === "" || isRuleLine(text)) return;
    rows.push(splitCells(text, line.number));
  });
  if (headerRowCount !== undefined) headerRowCount = headerEnd(rows, headerRowCount);
  if (columns && headerRowCount !== undefined) {
    const periods = periodColumn(rows, columns, headerRowCount);
    if (periods) return { rows: periods.rows, context, source, columns: columns.slice(1), headerRowCount };
  }
  return { rows, context, source, columns, headerRowCount };
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * A first `<C>` column that holds only years, under no header, is the rows' period, not a figure
 * column ("DOUBTFUL ACCOUNTS   2002   $ 24,225 …" then "2001   4,477 …"). Its column is dropped
 * from the value columns and the year starts its row as the period label; the account words that
 * shared the row with the first year stand on their own line, as the heading of the years below.
 */
function periodColumn(
  rows: RawCell[][],
  columns: { x: number; width: number }[],
  headerRowCount: number,
): { rows: RawCell[][] } | null {
  if (columns.length < 4) return null;
  const { x, width } = columns[0];
  const inColumn = (cell: RawCell) => cell.x !== undefined && cell.x >= x && cell.x < x + width;
  const headers = rows.slice(0, headerRowCount).flat();
  if (
    headers.some(
      (cell) =>
        inColumn(cell) || (cell.x !== undefined && cell.x < x + width && cell.x + (cell.width ?? 0) > x),
    )
  )
    return null;
  const body = rows.slice(headerRowCount);
  let years = 0;
  for (const row of body) {
    const cells = row.filter(inColumn);
    if (cells.length === 0) continue;
    if (cells.length > 1 || !YEAR.test(cells[0].text)) return null;
    // A year needs figures after it: the values of its row.
    if (!row.some((cell) => cell.x !== undefined && cell.x >= x + width)) return null;
    years++;
  }
  if (years < 2) return null;
  const out = rows.slice(0, headerRowCount);
  const isWord = (row: RawCell[]) => row.length === 1 && (row[0].x ?? 0) < x && !YEAR.test(row[0].text);
  const push = (row: RawCell[]) => {
    const last = out.length > headerRowCount ? out[out.length - 1] : undefined;
    // An account name wrapped over lines of its own ("ALLOWANCE FOR" / "DOUBTFUL ACCOUNTS") is one heading.
    if (last && isWord(last) && isWord(row) && row[0].line === (last[0].line ?? 0) + 1) {
      const joined = `${last[0].text} ${row[0].text}`;
      out[out.length - 1] = [{ ...last[0], text: joined, line: row[0].line, width: undefined }];
    } else {
      out.push(row);
    }
  };
  for (const row of body) {
    const at = row.findIndex(inColumn);
    if (at > 0) {
      push(row.slice(0, at));
      push(row.slice(at));
    } else {
      push(row);
    }
  }
  return { rows: out };
}

/** Up to `count` non-blank lines before `index`, as the table's context (title, company, units). */
export function contextBefore(lines: SourceLine[], index: number, count = 12): string {
  const picked: string[] = [];
  for (let at = index - 1; at >= 0 && picked.length < count; at--) {
    const text = lines[at].text.trim();
    if (/<\/table>/i.test(text)) break;
    if (text !== "" && !PAGE_MARK.test(text)) picked.unshift(text);
  }
  return picked.join("\n");
}

/** The figures of a line (not years): amounts, dashes for zero. */
function figureCells(text: string, lineNumber: number): RawCell[] {
  return splitCells(cleanLine(text), lineNumber).filter((cell) => {
    const t = cell.text.trim();
    return looksNumeric(t) && !/^(?:19|20)\d\d$/.test(t);
  });
}

/** A schedule's name anywhere on a line, heading or not: "Schedule V", "Valuation and qualifying accounts". */
export const SCHEDULE_NAME =
  /\bschedule\s+[ivxl]+\b|\bvaluation\s+(?:and\s+qualifying|accounts)\b|\b(?:allowances\s+and\s+reserves|reserves\s+and\s+allowances)\b/i;

/** What an EDGAR text table takes past its `</TABLE>` line (see pastEarlyClose). */
export interface PastClose {
  /** Index of the last line the table takes: the `</TABLE>` line itself when it takes none past it. */
  last: number;
  /**
   * Rows of figures in the table's layout after the line of prose that stopped it, before a run of
   * blank lines: not read (the prose line between is no part of a table), so named in a parse note.
   */
  named: number[];
}

/**
 * Issue 11, no silent drop: a `</TABLE>` printed above the table's last rows (the Total row, the
 * last year's block) would leave them outside every table, unread. This is the one rule for what
 * past a `</TABLE>` belongs to the table: the EDGAR reader reads those lines with the table, the
 * text locator (which ends a schedule's slice at its `</TABLE>`) takes them as a slice of their own.
 *
 * The table goes on past the tag over the rows of figures that follow in its layout: their figures
 * end where the table's rows' do (or, when the table has no row of figures of its own, where the
 * first rows past the tag do), a row out of that layout between them taken too. It stops at a page
 * mark, the next tag, a schedule's title, a line of prose, or a run of blank lines not followed by
 * rows in it. Rows in the layout after the line of prose that
 * stopped it, up to a run of blank lines, are `named`.
 */
export function pastEarlyClose(lines: SourceLine[], start: number, close: number): PastClose {
  const ends = new Set<number>();
  const addEnds = (figures: RawCell[]) => {
    for (const cell of figures) ends.add((cell.x ?? 0) + (cell.width ?? 0));
  };
  for (let i = start; i < close; i++) {
    const figures = figureCells(lines[i].text, lines[i].number);
    if (figures.length >= 2) addEnds(figures);
  }
  const aligned = (cell: RawCell) => {
    const end = (cell.x ?? 0) + (cell.width ?? 0);
    for (let d = -2; d <= 2; d++) if (ends.has(end + d)) return true;
    return false;
  };
  const inLayout = (figures: RawCell[]) => figures.filter(aligned).length * 2 > figures.length;
  const stopsTable = (text: string) =>
    PAGE_MARK.test(text) || /<\/?(?:table|caption|fn|f\d)\b/i.test(text) || SCHEDULE_NAME.test(text);
  let last = close;
  let blanks = 0;
  let pastBlankRun = false;
  let prose = -1;
  for (let i = close + 1; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.trim() === "") {
      if (++blanks >= 2) pastBlankRun = true;
      continue;
    }
    blanks = 0;
    if (stopsTable(text)) break;
    if (COLUMN_TAGS.test(text) && /^[\s<>SCsc]*$/.test(text)) {
      // The table's "<S> <C>" line moved below its rows: it still gives the columns.
      if (last > close) last = i;
      continue;
    }
    const figures = figureCells(text, lines[i].number);
    if (figures.length === 0) {
      if (isProseLine(text)) {
        prose = i;
        break;
      }
      continue; // a row label on a line of its own, a rule
    }
    if (ends.size === 0) {
      // No layout known yet: the first rows past the tag give it, unless a blank-line run came first.
      if (pastBlankRun || figures.length < 2) break;
      addEnds(figures);
    } else if (!inLayout(figures)) {
      // A row out of the layout (a line slipped in) ends the table only after a blank-line run;
      // otherwise the table goes on when rows in its layout follow (it is read with them).
      if (pastBlankRun) break;
      continue;
    }
    pastBlankRun = false;
    last = i;
  }
  const named: number[] = [];
  if (prose < 0 || ends.size === 0) return { last, named };
  // Past the line of prose, up to a run of blank lines: rows in the layout, their label no sentence.
  blanks = 0;
  for (let i = prose + 1; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.trim() === "") {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (stopsTable(text)) break;
    if (isRuleLine(cleanLine(text))) continue;
    const figures = figureCells(text, lines[i].number);
    const label = cleanLine(text).slice(0, figures[0]?.x ?? 0);
    if (figures.length >= 2 && inLayout(figures) && wordCount(label) < PROSE_LINE_WORDS) named.push(i);
  }
  return { last, named };
}

/** A note naming a row of figures past a `</TABLE>` that a line of prose cut off from the table. */
function namedRowNote(line: SourceLine): { location: string; message: string } {
  const figures = figureCells(line.text, line.number);
  const label = cleanLine(line.text)
    .slice(0, figures[0]?.x ?? 0)
    .trim();
  return {
    location: `line ${line.number}`,
    message: `${label ? `"${label}" ` : ""}${figures.map((cell) => cell.text.trim()).join(" ")}: these figures, past the table's </TABLE> and a line of prose, were not read as a row of the schedule`,
  };
}

/** Every `<TABLE>` … `</TABLE>` block of EDGAR text, each read as a fixed-width table. */
export function readEdgarTables(lines: SourceLine[]): RawTable[] {
  const tables: RawTable[] = [];
  let start = -1;
  let skipTo = -1;
  lines.forEach((line, index) => {
    if (index <= skipTo) return;
    if (start < 0 && /<table\b[^>]*>/i.test(line.text)) start = index;
    if (start >= 0 && /<\/table>/i.test(line.text)) {
      const past = pastEarlyClose(lines, start, index);
      const table = readFixedWidth(
        lines.slice(start, past.last + 1),
        contextBefore(lines, start),
        "edgar-text",
      );
      if (past.named.length > 0)
        table.notes = [...(table.notes ?? []), ...past.named.map((at) => namedRowNote(lines[at]))];
      tables.push(table);
      start = -1;
      skipTo = past.last;
    }
  });
  if (start >= 0) tables.push(readFixedWidth(lines.slice(start), contextBefore(lines, start), "edgar-text"));
  return tables;
}
