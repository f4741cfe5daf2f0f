// Finds Schedule II in plain or EDGAR text (a fragment or a whole filing): the slice from the
// title line to the end of its <TABLE>, or to the end of the block when the table has no tags.
import type { LineIndex } from "../html";
import { isPeriodLabel } from "../layout/periods";
import { LONE_PAGE_NUMBER } from "../text/fixedWidth";
import { FIGURES_PER_ROW, findTitles, hasRollForwardHeaders, isFigure, isFragment } from "./signals";

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

/** True when `index` falls between a <TABLE> tag and its </TABLE> (a caption or a contents table). */
function insideTable(doc: string, index: number, from: number): boolean {
  // Searched in the window only: a search of the whole document would run on to its next tag.
  const window = doc.slice(Math.max(from, index - 50000), index);
  const tag = new RegExp(TABLE_TAG.source, "gi");
  let open = false;
  for (let m = tag.exec(window); m; m = tag.exec(window)) open = m[1] === "";
  return open;
}

function tableEnd(doc: string, from: number, to: number): number {
  const close = firstMatch(/<\/TABLE\s*>/, doc, from, to);
  return close ? close.index + close[0].length : to;
}

/** The slice a title at `index` introduces: its line to the end of the table or block. */
function sliceFor(doc: string, lines: LineIndex, index: number, from: number, to: number): TextSlice {
  const start = Math.max(from, lines.lineStart(index));
  if (insideTable(doc, index, from)) return { start, end: tableEnd(doc, index, to) };
  const pageEnd = blockPageEnd(doc, index, to);
  const titleLine = lines.lineAt(index);
  const table = firstMatch(TABLE_TAG, doc, index, pageEnd);
  if (table && table[1] === "" && lines.lineAt(table.index) - titleLine <= TITLE_REACH_LINES) {
    return { start, end: tableEnd(doc, table.index, to) };
  }
  const blank = firstMatch(BLANK_LINES, doc, index, pageEnd);
  let end = blank ? blank.index : pageEnd;
  if (lines.lineAt(end) > titleLine + MAX_BLOCK_LINES)
    end = capAtLine(doc, lines, index, titleLine + MAX_BLOCK_LINES);
  while (end > start && /\s/.test(doc[end - 1])) end--;
  return { start, end };
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

function capAtLine(doc: string, lines: LineIndex, from: number, line: number): number {
  let at = from;
  while (lines.lineAt(at) < line) {
    const next = doc.indexOf("\n", at);
    if (next < 0) return doc.length;
    at = next + 1;
  }
  return at;
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
  for (const title of findTitles(doc, from, to, false)) {
    const last = found[found.length - 1];
    if (last && title.index < last.end) continue;
    const slice = sliceFor(doc, lines, title.index, from, to);
    if (looksLikeSchedule(doc.slice(slice.start, slice.end))) found.push(slice);
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
      found.push({ start, end });
    }
    previousEnd = end;
    tag.lastIndex = end;
  }
  return found;
}
