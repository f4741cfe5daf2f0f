// Finds Schedule II tables in an HTML document (a fragment or a whole 10-K of several MB) without
// reading the document: a scan for titles, one scan of <table> tags, and then only the tables a
// title owns (and the tables that continue them) are parsed. Each is classified by the words around
// it: only valuation-accounts schedules are returned; the others are listed as skipped.
import type { RawTable } from "../types";
import {
  CONTEXT_LOOKBACK,
  htmlToText,
  type LineIndex,
  parseTables,
  type ParsedTable,
  toRawTable,
} from "../html";
import { classifySchedule, type Classification, type SkippedTable, skippedFor } from "../classify";
import { findTitles, firstFigureRow, hasRollForwardHeaders, isFragment, type TitleMention } from "./signals";

interface Span {
  start: number;
  end: number;
}

/** How far (in visible characters) a title may stand before its table. */
const TITLE_REACH = 800;
/** Past this much markup between a title and a table, the table is not the title's. */
const TITLE_REACH_MARKUP = 40000;
const ROLL_FORWARD_WORDS = /deduction|addition|write-?off|charged/i;
/** How much of a title's visible text is read as its heading line. */
const TITLE_CHARS = 160;

/** Every top-level <table> … </table> between `from` and `to`: one regex pass over the table tags. */
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

/** Index of the first span that ends after `offset` (spans are in document order and disjoint). */
function firstEndingAfter(spans: Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Judged {
  table: ParsedTable;
  /** Some row carries figures enough for a schedule row. */
  hasFigures: boolean;
  /** Roll-forward header words in the rows above the first row of figures. */
  headed: boolean;
  /** Roll-forward words anywhere in the table (transposed tables carry them down the side). */
  mentions: boolean;
  /** The rows above the first row of figures, as words. */
  headers: string;
}

function words(rows: ParsedTable["rows"]): string {
  return rows
    .map((row) => row.map((c) => c.text).join(" "))
    .join(" ")
    .toLowerCase();
}

function judge(table: ParsedTable): Judged {
  const firstData = firstFigureRow(table.rows);
  const headers = firstData > 0 ? words(table.rows.slice(0, firstData)) : "";
  return {
    table,
    hasFigures: firstData >= 0,
    headed: firstData > 0 && hasRollForwardHeaders(headers, true),
    mentions: hasRollForwardHeaders(words(table.rows)),
    headers,
  };
}

// A title inside a link is a table-of-contents or index entry, never the schedule itself.
function insideLink(doc: string, index: number): boolean {
  const before = doc.slice(Math.max(0, index - 600), index);
  const open = before.search(/<a\s[^>]*href[^>]*>(?![\s\S]*<\/a\s*>)/i);
  return open >= 0;
}

/** Visible characters between two offsets; Infinity past TITLE_REACH_MARKUP of markup. */
function visibleLength(doc: string, from: number, to: number): number {
  if (to - from > TITLE_REACH_MARKUP) return Infinity;
  return to > from ? htmlToText(doc.slice(from, to)).length : 0;
}

/** The table a title introduces, and the tables of figures between them that it passed over. */
interface Owned {
  judged: Judged;
  span: number;
  passed: Judged[];
}

/** A table chosen as a schedule, with the span (top-level table) it sits in. */
interface Chosen {
  judged: Judged;
  span: number;
  classification: Classification;
}

class HtmlLocator {
  private readonly judged = new Map<number, Judged[]>();
  readonly spans: Span[];

  constructor(
    private readonly doc: string,
    private readonly lines: LineIndex,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.spans = topLevelTables(doc, from, to);
  }

  tablesIn(index: number): Judged[] {
    const span = this.spans[index];
    let found = this.judged.get(span.start);
    if (!found) {
      found = parseTables(this.doc, this.lines, span.start, span.end).map(judge);
      this.judged.set(span.start, found);
    }
    return found;
  }

  /**
   * End of the last table with figures before `start`: context reads a title table, never figures.
   * Only tables within the context's reach are read (context never looks further back).
   */
  contextFloor(before: number, start: number): number {
    const reach = start - CONTEXT_LOOKBACK;
    for (let i = before - 1; i >= 0 && this.spans[i].end > reach; i--) {
      if (this.spans[i].end <= start && this.tablesIn(i).some((j) => j.hasFigures)) return this.spans[i].end;
    }
    return Math.max(this.from, reach, 0);
  }

  /**
   * The first table with figures that a title at `title` introduces (or heads), if any: a table the
   * title stands in, or else the first top-level table after it, within reach. `gap` gives the visible
   * length from the title to a span's start (cached by the caller for titles sharing a table).
   */
  ownedBy(title: TitleMention, gap: (span: number) => number): Owned | undefined {
    const accept = (j: Judged) => j.hasFigures && (title.strong ? j.mentions : j.headed);
    for (let i = firstEndingAfter(this.spans, title.index); i < this.spans.length; i++) {
      const span = this.spans[i];
      const inside = span.start <= title.index;
      if (!inside && gap(i) > TITLE_REACH) return undefined;
      const after = this.tablesIn(i).filter((j) => j.table.end > Math.max(title.index, span.start));
      const at = after.findIndex(accept);
      // Issue 11: tables of figures passed over between the title and its table are named, not lost.
      if (at >= 0)
        return { judged: after[at], span: i, passed: after.slice(0, at).filter((j) => j.hasFigures) };
      if (!inside) return undefined;
      // A title in a table without figures (a contents table, a caption table): look at the next table.
    }
    return undefined;
  }

  /** The table as a RawTable, its context read back to the last table with figures before it. */
  raw(chosen: { judged: Judged; span: number }): RawTable {
    const { table } = chosen.judged;
    return toRawTable(this.doc, table, this.contextFloor(chosen.span + 1, table.start));
  }

  location(offset: number): string {
    return `line ${this.lines.lineAt(offset)}:${this.lines.columnAt(offset)}`;
  }

  /**
   * Tables right after `chosen` that continue it: each headed like a schedule, within reach of the
   * last (text and figure-less tables between them count toward the reach). Each table is read once.
   */
  continuations(
    chosen: Chosen,
    taken: Set<number>,
    unread?: (after: Chosen, table: Judged) => void,
  ): Chosen[] {
    const out: Chosen[] = [];
    let cursor = chosen.judged.table.end;
    let gap = 0;
    for (let i = chosen.span; i < this.spans.length; i++) {
      // Every table of a span starts inside it: a span that ends before the cursor (read already as
      // part of a table that went on past its own span) holds none to look at. Reading it anyway
      // read on through every table after it: quadratic in a table split into one-row tables.
      if (this.spans[i].end <= cursor) continue;
      for (const j of this.tablesIn(i)) {
        if (j.table.start < cursor) continue;
        gap += visibleLength(this.doc, cursor, j.table.start);
        if (gap > TITLE_REACH) return out;
        if (j.hasFigures && j.headed && !taken.has(j.table.start)) {
          out.push({ judged: j, span: i, classification: chosen.classification });
          gap = 0;
        } else {
          // Issue 11: figures right after a schedule, without its headings (moved away), are named.
          if (j.hasFigures && !taken.has(j.table.start)) unread?.(out[out.length - 1] ?? chosen, j);
          gap += visibleLength(this.doc, j.table.start, j.table.end);
        }
        cursor = j.table.end;
      }
    }
    return out;
  }

  /** The words a reader sees around a chosen table: its title line, its lead-in, its headings. */
  classify(chosen: { judged: Judged; span: number }, title: TitleMention | null): Classification {
    const raw = this.raw(chosen);
    const tableStart = chosen.judged.table.start;
    let titleText: string | undefined;
    if (title !== null) {
      // The title's own line: up to the table, or (a caption inside the table) up to the end of its cell.
      const cellEnd = /<\/t[dhr]\b/i.exec(this.doc.slice(title.index, title.index + 4000));
      const end = title.index < tableStart ? tableStart : title.index + (cellEnd ? cellEnd.index : 0);
      titleText = htmlToText(this.doc.slice(title.index, Math.min(end, title.index + 4000))).slice(
        0,
        TITLE_CHARS,
      );
    }
    return classifySchedule({ title: titleText, context: raw.context, headers: chosen.judged.headers });
  }
}

/** A parse note naming a table of figures after a schedule that is not read as part of it. */
function unreadTableNote(
  table: Judged,
  location: string,
  where: "after" | "before" = "after",
): { location: string; message: string } {
  const figureRows = table.table.rows
    .map((row) => row.map((cell) => cell.text.trim()).filter((text) => text !== ""))
    .filter((texts) => texts.filter((text) => /\d/.test(text)).length >= 2);
  const shown = figureRows
    .slice(0, 3)
    .map((texts) => texts.join(" "))
    .join("; ");
  const more = figureRows.length > 3 ? ` and ${figureRows.length - 3} more` : "";
  return {
    location,
    message: `A table of figures ${where === "after" ? "right after" : "before"} the schedule, without its column headings, was not read: ${shown}${more}`,
  };
}

/** What the locator found in an HTML part: schedules to check, and tables set aside with a note. */
export interface HtmlFindings {
  tables: RawTable[];
  skipped: SkippedTable[];
}

/** Schedule II tables of the HTML between `from` and `to`, in document order, and the tables set aside. */
export function locateHtmlTables(doc: string, lines: LineIndex, from: number, to: number): HtmlFindings {
  const locator = new HtmlLocator(doc, lines, from, to);
  const chosen = new Map<number, Chosen>();
  const skipped = new Map<number, SkippedTable>();
  const consider = (found: { judged: Judged; span: number }, title: TitleMention | null) => {
    const start = found.judged.table.start;
    if (chosen.has(start) || skipped.has(start)) return;
    const classification = locator.classify(found, title);
    const skip = skippedFor(classification, locator.location(start));
    if (skip) skipped.set(start, skip);
    else chosen.set(start, { ...found, classification });
  };

  const passedOver: Owned[] = [];
  // Titles that share a table: the visible gap from each to the table, measured once from the nearest.
  const titles = findTitles(doc, from, to, true).filter((title) => !insideLink(doc, title.index));
  const gapCache = new Map<number, { from: number; length: number }>();
  for (const title of titles.slice().reverse()) {
    const gap = (span: number) => {
      const start = locator.spans[span].start;
      if (start - title.index > TITLE_REACH_MARKUP) return Infinity;
      const cached = gapCache.get(span);
      const length =
        cached && cached.from >= title.index
          ? cached.length + visibleLength(doc, title.index, cached.from)
          : visibleLength(doc, title.index, start);
      gapCache.set(span, { from: title.index, length });
      return length;
    };
    const owned = locator.ownedBy(title, gap);
    if (owned) {
      consider(owned, title);
      if (owned.passed.length > 0) passedOver.push(owned);
    }
  }

  // A fragment with no title: a table found by its headers alone is the schedule.
  const wholeFragment = chosen.size === 0 && skipped.size === 0 && isFragment(doc, from, to);
  if (wholeFragment) {
    locator.spans.forEach((span, i) => {
      if (!ROLL_FORWARD_WORDS.test(doc.slice(span.start, span.end))) return;
      for (const judged of locator.tablesIn(i))
        if (judged.hasFigures && judged.headed) consider({ judged, span: i }, null);
    });
  }

  // A schedule continued in a second table.
  const taken = new Set(chosen.keys());
  const unread = new Map<number, { location: string; message: string }[]>();
  const noted = new Set<number>();
  const noteUnread = (on: Chosen, table: Judged, where: "after" | "before" = "after") => {
    const notes = unread.get(on.judged.table.start) ?? [];
    notes.push(unreadTableNote(table, locator.location(table.table.start), where));
    unread.set(on.judged.table.start, notes);
    noted.add(table.table.start);
  };
  for (const c of [...chosen.values()].sort((a, b) => a.judged.table.start - b.judged.table.start)) {
    for (const next of locator.continuations(c, taken, noteUnread)) {
      taken.add(next.judged.table.start);
      chosen.set(next.judged.table.start, next);
    }
  }
  // Issue 11: a table of figures between a schedule's title and its table, not read as a schedule
  // (its headings moved away, say), is named on that schedule.
  for (const owned of passedOver) {
    const on = chosen.get(owned.judged.table.start);
    if (!on) continue;
    for (const judged of owned.passed) {
      const start = judged.table.start;
      if (!taken.has(start) && !skipped.has(start) && !noted.has(start)) noteUnread(on, judged, "before");
    }
  }
  // Issue 11: a fragment is the schedule's own text block, so a table of figures in it that was not
  // read (its headings moved into the next table, say) is named on the first schedule after it.
  if (wholeFragment && chosen.size > 0) {
    const inOrder = [...chosen.values()].sort((a, b) => a.judged.table.start - b.judged.table.start);
    locator.spans.forEach((_, i) => {
      for (const judged of locator.tablesIn(i)) {
        const start = judged.table.start;
        if (!judged.hasFigures || taken.has(start) || noted.has(start)) continue;
        const next = inOrder.find((c) => c.judged.table.start > start);
        if (next) noteUnread(next, judged, "before");
      }
    });
  }

  return {
    tables: [...chosen.values()]
      .sort((a, b) => a.judged.table.start - b.judged.table.start)
      .map((c) => {
        const raw = locator.raw(c);
        const notes = unread.get(c.judged.table.start);
        return notes ? { ...raw, notes: [...(raw.notes ?? []), ...notes] } : raw;
      }),
    skipped: [...skipped.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s),
  };
}
