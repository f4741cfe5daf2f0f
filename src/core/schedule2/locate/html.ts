// Finds Schedule II tables in an HTML document (a fragment or a whole 10-K of several MB).
// Tables are spotted by a cheap scan of <table> tags; only tables near a title, or whose raw
// markup mentions roll-forward words, are read in full.
import type { RawTable } from "../types";
import { htmlToText, type LineIndex, parseTables, type ParsedTable, toRawTable } from "../html";
import { findTitles, firstFigureRow, hasRollForwardHeaders, isFragment, type TitleMention } from "./signals";

interface Span {
  start: number;
  end: number;
}

/** How far (in visible characters) a title may stand before its table. */
const TITLE_REACH = 800;
const TITLE_REACH_MARKUP = 40000;
const ROLL_FORWARD_WORDS = /deduction|addition|write-?off|charged/i;

function topLevelTables(doc: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const tag = /<(\/?)table\b[^>]{0,2000}>/gi;
  tag.lastIndex = from;
  let depth = 0;
  let start = 0;
  for (let m = tag.exec(doc); m && m.index < to; m = tag.exec(doc)) {
    if (m[1] === "") {
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth > 0 && --depth === 0) {
      spans.push({ start, end: m.index + m[0].length });
    }
  }
  if (depth > 0) spans.push({ start, end: to });
  return spans;
}

interface Judged {
  table: ParsedTable;
  /** Some row carries figures enough for a schedule row. */
  hasFigures: boolean;
  /** Roll-forward header words in the rows above the first row of figures. */
  headed: boolean;
  /** Roll-forward words anywhere in the table (transposed tables carry them down the side). */
  mentions: boolean;
}

function judge(table: ParsedTable): Judged {
  const firstData = firstFigureRow(table.rows);
  const words = (rows: typeof table.rows) =>
    rows
      .map((row) => row.map((c) => c.text).join(" "))
      .join(" ")
      .toLowerCase();
  return {
    table,
    hasFigures: firstData >= 0,
    headed: firstData > 0 && hasRollForwardHeaders(words(table.rows.slice(0, firstData)), true),
    mentions: hasRollForwardHeaders(words(table.rows)),
  };
}

// A title inside a link is a table-of-contents or index entry, never the schedule itself.
function insideLink(doc: string, index: number): boolean {
  const before = doc.slice(Math.max(0, index - 600), index);
  const open = before.search(/<a\s[^>]*href[^>]*>(?![\s\S]*<\/a\s*>)/i);
  return open >= 0;
}

function visibleGap(doc: string, from: number, to: number): number {
  if (to - from > TITLE_REACH_MARKUP) return Infinity;
  return htmlToText(doc.slice(from, to)).length;
}

class HtmlLocator {
  private readonly judged = new Map<number, Judged[]>();

  constructor(
    private readonly doc: string,
    private readonly lines: LineIndex,
  ) {}

  tablesIn(span: Span): Judged[] {
    let found = this.judged.get(span.start);
    if (!found) {
      found = parseTables(this.doc, this.lines, span.start, span.end).map(judge);
      this.judged.set(span.start, found);
    }
    return found;
  }

  /** End of the last table with figures before `start`: context reads a title table, never figures. */
  contextFloor(spans: Span[], start: number): number {
    for (let i = spans.length - 1; i >= 0; i--) {
      const span = spans[i];
      if (span.end <= start && this.tablesIn(span).some((j) => j.hasFigures)) return span.end;
    }
    return 0;
  }

  /** The first table with figures that a title at `title` introduces (or heads), if any. */
  ownedBy(title: TitleMention, spans: Span[]): Judged | undefined {
    const accept = (j: Judged) => j.hasFigures && (title.strong ? j.mentions : j.headed);
    for (const span of spans) {
      if (span.end <= title.index) continue;
      const from = Math.max(title.index, span.start);
      if (span.start > title.index && visibleGap(this.doc, title.index, span.start) > TITLE_REACH)
        return undefined;
      const own = this.tablesIn(span).find((j) => j.table.end > from && accept(j));
      if (own) return own;
      if (span.start <= title.index) continue; // a title in a table without figures (a TOC, a caption table)
      return undefined;
    }
    return undefined;
  }
}

/** Schedule II tables of the HTML between `from` and `to`, in document order. */
export function locateHtmlTables(doc: string, lines: LineIndex, from: number, to: number): RawTable[] {
  const spans = topLevelTables(doc, from, to);
  const locator = new HtmlLocator(doc, lines);
  const chosen = new Map<number, Judged>();
  for (const title of findTitles(doc, from, to, true)) {
    if (insideLink(doc, title.index)) continue;
    const owned = locator.ownedBy(title, spans);
    if (owned) chosen.set(owned.table.start, owned);
  }
  // A schedule continued in a second table, or (in a fragment with no title) found by its headers alone.
  const fragment = isFragment(doc, from, to);
  for (const span of spans) {
    if (!ROLL_FORWARD_WORDS.test(doc.slice(span.start, span.end))) continue;
    for (const j of locator.tablesIn(span)) {
      if (!j.hasFigures || !j.headed || chosen.has(j.table.start)) continue;
      const continues = [...chosen.values()].some(
        (c) => c.table.end <= j.table.start && visibleGap(doc, c.table.end, j.table.start) <= TITLE_REACH,
      );
      if ((chosen.size === 0 && fragment) || continues) chosen.set(j.table.start, j);
    }
  }
  return [...chosen.values()]
    .sort((a, b) => a.table.start - b.table.start)
    .map(({ table }) => toRawTable(doc, table, Math.max(from, locator.contextFloor(spans, table.start))));
}
