// Finds Schedule II in plain or EDGAR text (a fragment or a whole filing): the slice from the
// title line to the end of its <TABLE>, or to the end of the block when the table has no tags.
import type { LineIndex } from "../html";
import { isPeriodLabel, splitPeriodFromLabel } from "../layout/periods";
import { LONE_PAGE_NUMBER, pastEarlyClose, SCHEDULE_NAME, type SourceLine } from "../text/fixedWidth";
import { isProseLine, wordCount } from "../text/prose";
import {
  FIGURES_PER_ROW,
  findTitles,
  hasRollForwardHeaders,
  isFigure,
  isFragment,
  ROLL_FORWARD_WORDS,
} from "./signals";

export interface TextSlice {
  start: number;
  end: number;
}

/** How many lines a title may stand above its <TABLE>. */
const TITLE_REACH_LINES = 25;
/** A block without table tags ends at a page or document marker, three blank lines, or this many lines. */
const MAX_BLOCK_LINES = 2000;
const PAGE_END = /<PAGE>|<\/TEXT>|<\/DOCUMENT>/gi;
const BLANK_LINES = /\n[ \t\r]*\n[ \t\r]*\n[ \t\r]*\n/g;
const TABLE_TAG = /<(\/?)TABLE\b[^>]{0,200}>/gi;
/** Enough figures for two schedule rows, wherever the line breaks fall (one value a line, or flattened). */
const MIN_FIGURES = 2 * FIGURES_PER_ROW;

/** The last search per pattern: the next match at or after `from` (null: none to the end of `doc`). */
const lastSearch = new Map<string, { doc: string; from: number; match: RegExpExecArray | null }>();

// A search runs on past `to` to the next match (or the end of the document): with a title every few
// lines that is quadratic. The searches come in document order, so the last one's answer is reused
// while `from` has not passed its match.
function firstMatch(pattern: RegExp, doc: string, from: number, to: number): RegExpExecArray | null {
  const cached = lastSearch.get(pattern.source);
  let m: RegExpExecArray | null;
  if (
    cached &&
    cached.doc === doc &&
    cached.from <= from &&
    (cached.match === null || cached.match.index >= from)
  ) {
    m = cached.match;
  } else {
    const search = new RegExp(pattern.source, "gi");
    search.lastIndex = from;
    m = search.exec(doc);
    lastSearch.set(pattern.source, { doc, from, match: m });
  }
  return m && m.index < to ? m : null;
}

/** How far back a title looks for the <TABLE> tag it may stand in. */
const TABLE_REACH = 50000;

/** The <TABLE> and </TABLE> tags of the text being searched, found once and in order. */
interface TableTags {
  starts: number[];
  ends: number[];
  opens: boolean[];
}

function tableTags(doc: string, from: number, to: number): TableTags {
  const tags: TableTags = { starts: [], ends: [], opens: [] };
  const tag = new RegExp(TABLE_TAG.source, "gi");
  tag.lastIndex = from;
  for (let m = tag.exec(doc); m && m.index < to; m = tag.exec(doc)) {
    tags.starts.push(m.index);
    tags.ends.push(m.index + m[0].length);
    tags.opens.push(m[1] === "");
  }
  return tags;
}

/** Index of the first entry of the sorted `values` at or above `value`. */
function firstAtLeast(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * True when `index` falls between a <TABLE> tag and its </TABLE> (a caption or a contents table):
 * the last tag that ends before `index`, within reach, opens a table. The tags are found once for
 * the whole text; searching a window per title cost the window's length for every title.
 */
function insideTable(tags: TableTags, index: number, from: number): boolean {
  const last = firstAtLeast(tags.ends, index + 1) - 1;
  return last >= 0 && tags.starts[last] >= Math.max(from, index - TABLE_REACH) && tags.opens[last];
}

function tableEnd(doc: string, from: number, to: number): number {
  const close = firstMatch(/<\/TABLE\s*>/, doc, from, to);
  return close ? close.index + close[0].length : to;
}

/** The slice a title at `index` introduces: its line to the end of the table or block. */
function sliceFor(
  doc: string,
  lines: LineIndex,
  tags: TableTags,
  index: number,
  from: number,
  to: number,
): TextSlice {
  const start = Math.max(from, lines.lineStart(index));
  if (insideTable(tags, index, from)) return { start, end: tableEnd(doc, index, to) };
  const pageEnd = blockPageEnd(doc, index, to);
  const titleLine = lines.lineAt(index);
  const table = firstMatch(TABLE_TAG, doc, index, pageEnd);
  if (table && table[1] === "" && lines.lineAt(table.index) - titleLine <= TITLE_REACH_LINES) {
    return { start, end: tableEnd(doc, table.index, to) };
  }
  let end = blockEnd(doc, index, pageEnd, lines.lineAt(index) + MAX_BLOCK_LINES, lines);
  if (lines.lineAt(end) > titleLine + MAX_BLOCK_LINES)
    end = capAtLine(doc, lines, index, titleLine + MAX_BLOCK_LINES);
  while (end > start && /\s/.test(doc[end - 1])) end--;
  return { start, end };
}

/** How many lines past a run of blank lines are read to tell whether the schedule goes on. */
const CONTINUATION_LINES = 80;

/**
 * Where a block without table tags ends: at the first run of blank lines after which the schedule
 * does not go on (see continuesAfterBlank), or at `pageEnd`. A block of labels alone goes on only
 * when a block of rows comes after it: otherwise the schedule ends before it.
 */
function blockEnd(doc: string, index: number, pageEnd: number, lastLine: number, lines: LineIndex): number {
  let widest = -1;
  let blockStart = index;
  // The row labels of the blocks taken so far: a block that opens by repeating one is another year's.
  const labels = new Set<string>();
  // Where the schedule ends if the blocks of labels alone since then lead to no rows.
  let beforeLabels: number | null = null;
  for (;;) {
    const blank = firstMatch(BLANK_LINES, doc, blockStart, pageEnd);
    if (!blank) return beforeLabels ?? pageEnd;
    const block = doc.slice(blockStart, blank.index);
    if (widest < 0) widest = widestRow(block);
    for (const line of block.split("\n", CONTINUATION_LINES)) {
      const label = rowLabel(line);
      if (label !== null) labels.add(label);
    }
    const next = nextBlock(doc, blank.index + blank[0].length, pageEnd);
    // Past MAX_BLOCK_LINES the block is cut anyway: a title every few lines never walks further.
    const goesOn =
      next && lines.lineAt(next.start) <= lastLine ? continuesAfterBlank(next.text, widest, labels) : null;
    if (!next || goesOn === null) return beforeLabels ?? blank.index;
    if (goesOn === "labels") beforeLabels ??= blank.index;
    else beforeLabels = null;
    blockStart = next.start;
  }
}

/**
 * The words a line opens with, as a row's label: its letters alone, in lower case, up to its first
 * figure (a tab or space slipped into a word does not make another label). Null when they are fewer
 * than two words or the line is a period label. "Allowance for doubtful accounts $ 140 …" and
 * "Allowance for doubtful accounts" give one label.
 */
function rowLabel(line: string): string | null {
  const text = line.replace(/^\|/, "").trim();
  const words = /^[A-Za-z][^$\d(|]*/.exec(text)?.[0] ?? "";
  if (wordCount(words) < 2 || isPeriodLabel(text)) return null;
  return words.toLowerCase().replace(/[^a-z]/g, "");
}

/** The next block of lines after `from` (up to the next run of blank lines), at most CONTINUATION_LINES. */
function nextBlock(doc: string, from: number, to: number): { start: number; text: string } | null {
  let start = from;
  while (start < to && /\s/.test(doc[start])) start++;
  if (start >= to) return null;
  const blank = firstMatch(BLANK_LINES, doc, start, to);
  const end = blank ? blank.index : to;
  const text = doc.slice(start, end).split("\n", CONTINUATION_LINES).join("\n");
  return { start, text };
}

/** The figures with digits on a line: a bare "$" or dash is a cell, but says nothing of a row's width. */
function figuresOnLine(line: string): number {
  let count = 0;
  for (const token of line.split(/[\s|]+/)) if (/\d/.test(token) && isFigure(token)) count++;
  return count;
}

/** The most figures on one line of `text`. */
function widestRow(text: string): number {
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, figuresOnLine(line));
  return widest;
}

/**
 * Whether the block after a run of blank lines is more of the same schedule: "rows" when it opens
 * like another year's block (see opensYearBlock; page numbers aside) or says "(continued)", has rows
 * of figures about as wide as the block before (half to twice as many on its widest line), and has
 * no title of its own and no line of prose before its first row (column headings repeated and
 * footnotes are not prose); a note below the rows (a footnote) may follow them. "labels" when it
 * opens so but holds only period labels and short lines without figures (a year over blank lines,
 * or labels whose rows were moved away): it goes on if rows follow. Null otherwise.
 */
function continuesAfterBlank(
  text: string,
  widest: number,
  labels: ReadonlySet<string>,
): "rows" | "labels" | null {
  const lines = text
    .split("\n")
    .map((line) => line.replace(/^\|/, "").trim())
    .filter((line) => line !== "" && !LONE_PAGE_NUMBER.test(line));
  if (lines.length === 0) return null;
  if (!opensYearBlock(lines, labels)) return null;
  // A title of its own starts another schedule; one that says "(continued)" goes on with this one.
  if (lines.some((line) => SCHEDULE_NAME.test(line) && !/\(continued\)/i.test(line))) return null;
  if (lines.every((line) => isPeriodLabel(line) || (figuresOnLine(line) === 0 && !isProseLine(line))))
    return "labels";
  let rows = 0;
  let blockWidest = 0;
  for (const line of lines) {
    const figures = figuresOnLine(line);
    if (figures >= FIGURES_PER_ROW) {
      rows++;
      blockWidest = Math.max(blockWidest, figures);
    } else if (rows === 0 && figures === 0 && isProseLine(line)) {
      return null;
    }
  }
  return rows > 0 && blockWidest * 2 >= widest && blockWidest <= widest * 2 ? "rows" : null;
}

/** How many of a block's first lines are searched for a row label of the blocks before. */
const REPEAT_LINES = 4;

/**
 * The block's first lines open another year's block of the schedule: one of its first two lines is
 * a period label, says "(continued)" or is a row whose label starts with its period; or one of its
 * first REPEAT_LINES repeats a row label of the blocks before (the year line above it lost or
 * garbled, a label swapped away: issue 11, the layout names an account read twice in one period);
 * or it opens with a line of figures and no words.
 */
function opensYearBlock(lines: string[], labels: ReadonlySet<string>): boolean {
  const opensPeriod = (line: string) =>
    isPeriodLabel(line) ||
    /\(continued\)/i.test(line) ||
    (figuresOnLine(line) >= FIGURES_PER_ROW && splitPeriodFromLabel(line) !== null);
  const repeats = (line: string) => {
    const label = rowLabel(line);
    return label !== null && labels.has(label);
  };
  // A line of figures and no words: a bare row, or the year line mangled into a figure.
  const bare = figuresOnLine(lines[0]) > 0 && wordCount(lines[0]) === 0;
  return bare || lines.slice(0, 2).some(opensPeriod) || lines.slice(0, REPEAT_LINES).some(repeats);
}

/** Where the page a title starts on ends, or the next one when the schedule runs on over the page break. */
function blockPageEnd(doc: string, index: number, to: number): number {
  for (let from = index; ;) {
    const page = firstMatch(PAGE_END, doc, from, to);
    if (!page) return to;
    const after = page.index + page[0].length;
    if (!/^<PAGE>$/i.test(page[0]) || !continuesAfterPage(doc, after, to)) return page.index;
    from = after;
  }
}

/** The first line of the new page (page numbers aside) is another period of the schedule, or says "(continued)". */
function continuesAfterPage(doc: string, from: number, to: number): boolean {
  const next = doc
    .slice(from, Math.min(to, from + 2000))
    .split("\n")
    .map((line) => line.replace(/^\|/, "").trim())
    .find((line) => line !== "" && !LONE_PAGE_NUMBER.test(line));
  return next !== undefined && (isPeriodLabel(next) || /\(continued\)/i.test(next));
}

/** The start of line `line` (at or after `from`), or the end of `doc` when it has fewer lines. */
function capAtLine(doc: string, lines: LineIndex, from: number, line: number): number {
  // Searched by halves: walking the lines cost up to MAX_BLOCK_LINES lines for every title.
  let low = from;
  let high = doc.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (lines.lineAt(mid) < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

function figureCount(text: string): number {
  let count = 0;
  for (const token of text.split(/[\s|]+/)) if (token !== "" && isFigure(token)) count++;
  return count;
}

/** A slice is a schedule when it has roll-forward header words and figures for two rows. */
function looksLikeSchedule(text: string, untitled = false): boolean {
  return hasRollForwardHeaders(text.toLowerCase(), untitled) && figureCount(text) >= MIN_FIGURES;
}

/**
 * The evidence looksLikeSchedule weighs, counted line by line from the first slice asked about as far
 * as the slices reach. Titles a few lines apart have slices that overlap almost wholly; reading each
 * slice again cost its length (up to MAX_BLOCK_LINES lines) per title. No header word and no figure
 * spans a line break, so a slice of whole lines is judged from the running counts. A slice that
 * starts past the lines read so far starts the counts afresh at its own line: the megabytes between
 * a contents table and the schedule near the end of a filing are never counted.
 */
class LineEvidence {
  private firstLine = 0;
  /** Running counts over the lines read so far: figures, then each header pattern's lines. */
  private figures = [0];
  private begin = [0];
  private end = [0];
  private activity = [0];
  private next = -1;

  constructor(
    private readonly doc: string,
    private readonly lines: LineIndex,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** looksLikeSchedule of a titled slice (it starts where a line starts). */
  looksLikeSchedule(slice: TextSlice): boolean {
    const { start, end } = slice;
    if (end <= start || (start !== this.lines.lineStart(start) && start !== this.from)) {
      return looksLikeSchedule(this.doc.slice(start, end));
    }
    if (this.next < 0 || this.lines.lineAt(start) < this.firstLine || start >= this.next) {
      this.restartAt(start);
    }
    const first = this.lines.lineAt(start) - this.firstLine;
    const last = this.lines.lineAt(end - 1) - this.firstLine;
    // The last line is read as far as the slice goes (it may stop at a tag or a page mark).
    const lastStart = Math.max(start, this.lines.lineStart(end - 1));
    const tail = this.doc.slice(lastStart, end);
    const tailLower = tail.toLowerCase();
    this.readThrough(last - 1);
    const has = (counts: number[], pattern: RegExp) =>
      counts[last] - counts[first] > 0 || pattern.test(tailLower);
    return (
      has(this.begin, ROLL_FORWARD_WORDS.BEGIN) &&
      has(this.end, ROLL_FORWARD_WORDS.END) &&
      has(this.activity, ROLL_FORWARD_WORDS.ACTIVITY) &&
      this.figures[last] - this.figures[first] + figureCount(tail) >= MIN_FIGURES
    );
  }

  private restartAt(start: number): void {
    this.firstLine = this.lines.lineAt(start);
    this.next = start;
    this.figures = [0];
    this.begin = [0];
    this.end = [0];
    this.activity = [0];
  }

  private readThrough(line: number): void {
    while (this.figures.length <= line + 1 && this.next < this.to) {
      const newline = this.doc.indexOf("\n", this.next);
      const lineEnd = newline < 0 || newline >= this.to ? this.to : newline;
      const text = this.doc.slice(this.next, lineEnd);
      const lower = text.toLowerCase();
      const add = (counts: number[], pattern: RegExp) =>
        counts.push(counts[counts.length - 1] + (pattern.test(lower) ? 1 : 0));
      this.figures.push(this.figures[this.figures.length - 1] + figureCount(text));
      add(this.begin, ROLL_FORWARD_WORDS.BEGIN);
      add(this.end, ROLL_FORWARD_WORDS.END);
      add(this.activity, ROLL_FORWARD_WORDS.ACTIVITY);
      this.next = lineEnd + 1;
    }
  }
}

const CLOSE_TAG_AT_END = /<\/TABLE\s*>$/i;

/** How many lines past a </TABLE> are read for rows of the table printed after it. */
const PAST_CLOSE_LINES = MAX_BLOCK_LINES;

/**
 * Rows of the schedule printed past its </TABLE> (issue 11: a close tag moved up above the Total
 * row, or a table closed early): what the EDGAR reader's rule (pastEarlyClose: rows in the table's
 * layout, up to a page mark, the next tag, a title, prose or a run of blank lines not followed by
 * such rows) takes past the tag, and the rows in the layout it names past a line of prose. They are
 * a slice of their own, from the line after the tag to the last of them, so they are read, or
 * named as a table beside the schedule that could not be laid out; never left outside in silence.
 * None when the slice does not end at a </TABLE> or the rule takes nothing past it.
 */
function rowsAfterTable(doc: string, lines: LineIndex, table: TextSlice, to: number): TextSlice[] {
  if (!CLOSE_TAG_AT_END.test(doc.slice(Math.max(table.start, table.end - 40), table.end))) return [];
  const newline = doc.indexOf("\n", table.end);
  if (newline < 0 || newline + 1 >= to) return [];
  // The table's lines and those after it, up to the next table tag or PAST_CLOSE_LINES lines.
  const nextTag = firstMatch(TABLE_TAG, doc, newline + 1, to);
  const limit = Math.min(
    nextTag ? nextTag.index : to,
    capAtLine(doc, lines, newline + 1, lines.lineAt(newline + 1) + PAST_CLOSE_LINES),
  );
  const first = lines.lineStart(table.start);
  const source: SourceLine[] = [];
  const starts: number[] = [];
  for (let at = first; at < limit;) {
    const newlineAt = doc.indexOf("\n", at);
    const lineEnd = newlineAt < 0 ? limit : Math.min(limit, newlineAt);
    source.push({ text: doc.slice(at, lineEnd), number: lines.lineAt(at) });
    starts.push(at);
    at = lineEnd + 1;
  }
  const close = starts.findIndex((start) => start > table.end - 1) - 1;
  if (close < 0) return [];
  const past = pastEarlyClose(source, 0, close);
  const last = Math.max(past.last, ...past.named);
  if (last <= close) return [];
  return [{ start: starts[close + 1], end: starts[last] + source[last].text.length }];
}

/** How many lines above a title are read for rows of its table printed above it. */
const BEFORE_TITLE_LINES = MAX_BLOCK_LINES;
/** A line that ends the lines above a title: a tag or page mark (the title's table starts there). */
const BEFORE_STOP = /<\/?(?:table|page|text|document)\b/i;

/** The row labels (see rowLabel) of the first `count` lines of `text`. */
function rowLabels(text: string, count = CONTINUATION_LINES): Set<string> {
  const labels = new Set<string>();
  for (const line of text.split("\n", count)) {
    const label = rowLabel(line);
    if (label !== null) labels.add(label);
  }
  return labels;
}

/** The share of a text's non-blank lines that open with a "|" (a pipe render's cells). */
function pipeShare(lines: string[]): number {
  const filled = lines.filter((line) => line.trim() !== "");
  return filled.filter((line) => /^\s*\|/.test(line)).length / Math.max(1, filled.length);
}

/**
 * Rows of the schedule's own table printed above its title (issue 11: the title line moved into the
 * middle of the table, so the year block above it is outside the slice, which starts at the title).
 * The lines right above the title, up to a run of two blank lines, a line of prose, a tag or page
 * mark, another title or `floor` (the end of the schedule found before), are taken when they hold
 * figures for two rows or more in the slice's layout: as wide on their widest line (half to twice
 * as many figures), printed the same way (as cells of a pipe render or not), and of the same table
 * (a row label of the slice's, or the roll-forward's column headings). Prose and other tables above
 * a title (a note, the previous statement) are normal in a 10-K and are not taken: a paragraph or a
 * blank-line run comes between, or their rows are not the schedule's. They are a slice of their own,
 * read as a table, or named as one beside the schedule that could not be laid out.
 */
function rowsBeforeTitle(doc: string, slice: TextSlice, floor: number): TextSlice[] {
  let top = slice.start;
  let blanks = 0;
  let figures = 0;
  let read = 0;
  for (let end = slice.start - 1; end > floor && read < BEFORE_TITLE_LINES; read++) {
    const lineStart = Math.max(floor, doc.lastIndexOf("\n", end - 1) + 1);
    const raw = doc.slice(lineStart, end);
    const text = raw.replace(/^\s*\|/, "").trim();
    if (raw.trim() === "") {
      if (++blanks >= 2) break;
    } else if (text === "") {
      blanks = 0; // a pipe render's empty cell
    } else {
      blanks = 0;
      if (BEFORE_STOP.test(text) || SCHEDULE_NAME.test(text)) break;
      const count = figuresOnLine(text);
      if (count === 0 && isProseLine(text)) break;
      figures += count;
      top = lineStart;
    }
    end = lineStart - 1;
  }
  if (figures < MIN_FIGURES || top >= slice.start) return [];
  const aboveText = doc.slice(top, slice.start).replace(/\s+$/, "");
  const below = doc.slice(slice.start, slice.end).split("\n", CONTINUATION_LINES * 4);
  const [widest, belowWidest] = [widestRow(aboveText), widestRow(below.join("\n"))];
  if (widest * 2 < belowWidest || widest > belowWidest * 2) return [];
  if (pipeShare(aboveText.split("\n")) >= 0.5 !== pipeShare(below) >= 0.5) return [];
  const labels = rowLabels(below.join("\n"));
  const sameTable =
    [...rowLabels(aboveText, BEFORE_TITLE_LINES)].some((label) => labels.has(label)) ||
    hasRollForwardHeaders(aboveText.toLowerCase(), true);
  return sameTable ? [{ start: top, end: top + aboveText.length }] : [];
}

/**
 * Year blocks of an untagged schedule after a line of prose (issue 11: a sentence slipped in above a
 * year's block, or printed in place of its year line). blockEnd ends the schedule at a block with
 * prose before its first row, so the rows below the prose were outside every slice, unread and
 * unnamed. When the rest of that block, below its last line of prose before the first row, goes on
 * the schedule as blockEnd judges a block (it opens like another year's block, has rows as wide as
 * the schedule's and no title of its own), it and the blocks that go on after it are a slice of
 * their own: named as a table beside the schedule that could not be laid out (or read, when it
 * repeats its column headings). None for a slice that ends at a tag, or a block with no prose above
 * its rows (blockEnd has judged it already).
 */
function rowsPastProse(doc: string, lines: LineIndex, slice: TextSlice, to: number): TextSlice[] {
  if (/<\/?TABLE\b[^>]{0,200}>\s*$/i.test(doc.slice(Math.max(slice.start, slice.end - 200), slice.end)))
    return [];
  const pageEnd = blockPageEnd(doc, slice.end, to);
  const next = nextBlock(doc, slice.end, pageEnd);
  if (!next) return [];
  // The block's lines up to its first row; the rest starts after the last line of prose among them.
  let at = next.start;
  let restStart = -1;
  for (const line of next.text.split("\n")) {
    const text = line.replace(/^\|/, "").trim();
    const figures = figuresOnLine(text);
    if (figures >= FIGURES_PER_ROW) break;
    if (figures === 0 && isProseLine(text)) restStart = at + line.length + 1;
    at += line.length + 1;
  }
  if (restStart < 0 || restStart >= pageEnd) return [];
  const block = doc.slice(slice.start, slice.end);
  const rest = nextBlock(doc, restStart, pageEnd);
  if (!rest || continuesAfterBlank(rest.text, widestRow(block), rowLabels(block)) !== "rows") return [];
  const start = lines.lineStart(rest.start);
  let end = blockEnd(doc, start, pageEnd, lines.lineAt(start) + MAX_BLOCK_LINES, lines);
  if (lines.lineAt(end) > lines.lineAt(start) + MAX_BLOCK_LINES)
    end = capAtLine(doc, lines, start, lines.lineAt(start) + MAX_BLOCK_LINES);
  while (end > start && /\s/.test(doc[end - 1])) end--;
  return end > start ? [{ start, end }] : [];
}

/** Schedule II slices of the text between `from` and `to`, in document order. */
export function locateTextSlices(doc: string, lines: LineIndex, from: number, to: number): TextSlice[] {
  lastSearch.clear();
  try {
    return locateSlices(doc, lines, from, to);
  } finally {
    lastSearch.clear(); // the cache holds the document: let it go
  }
}

function locateSlices(doc: string, lines: LineIndex, from: number, to: number): TextSlice[] {
  const found: TextSlice[] = [];
  const tags = tableTags(doc, from, to);
  const evidence = new LineEvidence(doc, lines, from, to);
  let judged: { slice: TextSlice; schedule: boolean } | null = null;
  for (const title of findTitles(doc, from, to, false)) {
    const last = found[found.length - 1];
    if (last && title.index < last.end) continue;
    const slice = sliceFor(doc, lines, tags, title.index, from, to);
    // Titles on one line (a page flattened onto it) share their slice: judge it once.
    if (judged === null || judged.slice.start !== slice.start || judged.slice.end !== slice.end) {
      judged = { slice, schedule: evidence.looksLikeSchedule(slice) };
    }
    if (judged.schedule) {
      const floor = Math.max(from, last ? last.end : from);
      found.push(
        ...rowsBeforeTitle(doc, slice, floor),
        slice,
        ...rowsAfterTable(doc, lines, slice, to),
        ...rowsPastProse(doc, lines, slice, to),
      );
    }
  }
  if (found.length > 0 || !isFragment(doc, from, to)) return found;
  // A fragment with no title: a <TABLE> whose headers read like a roll-forward, with the few lines above it.
  const tag = new RegExp(TABLE_TAG.source, "gi");
  tag.lastIndex = from;
  let previousEnd = from;
  for (let m = tag.exec(doc); m && m.index < to; m = tag.exec(doc)) {
    if (m[1] !== "") continue;
    const end = tableEnd(doc, m.index, to);
    if (looksLikeSchedule(doc.slice(m.index, end), true)) {
      const start = Math.max(previousEnd, lines.lineStart(Math.max(from, m.index - 600)));
      found.push({ start, end }, ...rowsAfterTable(doc, lines, { start, end }, to));
    }
    previousEnd = found.length > 0 ? Math.max(end, found[found.length - 1].end) : end;
    tag.lastIndex = end;
  }
  return found;
}
