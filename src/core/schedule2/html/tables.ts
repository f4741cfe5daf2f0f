// A tolerant, dependency-free reader of HTML tables. One regex walks the tags; text between
// tags is sliced (never built character by character) and only inside cells. It accepts tag
// soup: unclosed <TR>/<TD>, any case, self-closing <td/>, tables nested in cells (each read
// as a table of its own), colspan/rowspan (each cell gets its grid column x and span width).
// A row is never lost to the markup around it (issue 11): a tag cut off before its ">" does not
// swallow the row after it, rows standing after their table's </table> are still the table's, and a
// table that opens right where the last closed, with a row of figures first, goes on with it.
import type { RawCell } from "../types";
import { decodeEntities } from "./entities";
import type { LineIndex } from "./line-index";
import { collapseWhitespace } from "./text";
import { type TidyCell, tidyRow } from "./cells";
import { isFigure } from "./figures";

interface HtmlCell extends TidyCell {
  line: number;
  column: number;
  /** Offset of the cell's first visible character in the document, or -1. */
  offset: number;
}

/** A table as read from markup, located by offsets in the document. */
export interface ParsedTable {
  start: number;
  end: number;
  rows: RawCell[][];
}

interface OpenCell {
  parts: string[];
  x: number;
  width: number;
  /** Offset of the first visible character other than "$" (the figure itself), or -1. */
  textStart: number;
  /** Offset of the first character that is not white space: where a lone "$" cell is. */
  anyStart: number;
  tagged: boolean;
  supFrom: number;
}

interface OpenTable {
  start: number;
  /** The table opened right where the last top-level table closed: it may go on with it. */
  after?: Closed;
  /** The table was closed once and reopened by rows that stood after its </table>. */
  reopened?: boolean;
  /** Visible characters outside its cells since it was reopened. */
  strayText?: number;
  rows: HtmlCell[][];
  row: HtmlCell[] | null;
  /** Some value in the table is an inline XBRL fact (then untagged "(1)" cells are footnote marks). */
  tagged: boolean;
  column: number;
  /**
   * Per grid column, the count of rows closed up to which a cell with rowspan above covers it (rows
   * are counted, not each column counted down at each row: a wide row of rowspans stays linear).
   */
  coveredUntil: number[];
  /** Rows closed so far (a rowspan counts down once per row, whether or not the row had cells). */
  rowsClosed: number;
  cell: OpenCell | null;
  /** The rows as last tidied: a table read again at each close (reopened, or one that goes on) is tidied once a row. */
  tidied?: Tidied;
}

/** A table's rows as tidied at some close, and what would make a row tidy differently at a later one. */
interface Tidied {
  tagged: boolean;
  /** The offset footnotes were looked for up to. */
  until: number;
  rows: RawCell[][];
  /** Per row, the marks no footnote defined up to `until` (a footnote for one later may). */
  undefinedMarks: string[][];
  /** Per mark, the rows that hold it undefined. */
  rowsByMark: Map<string, Set<number>>;
  /** Per grid column, how many of the tidied cells there are figures (a table that goes on has its figures where these are). */
  figureColumns: Map<number | undefined, number>;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:._-]*)([^>]{0,2000})>|<!--/g;
/** A row or cell tag inside another tag's attributes: that tag was cut off before its ">". */
const ROW_TAG_INSIDE = /<\/?t[rdh](?![a-zA-Z0-9:._-])/i;
const BREAKS = new Set([
  "br",
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "center",
  "tbody",
]);
const SKIP_TO_CLOSE = new Set(["script", "style", "ix:header"]);
const ORDINAL = /^(?:st|nd|rd|th)$/i;

const CHARACTER = /&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,10});?|[^\s$]/g;

/**
 * Offset in `chunk` of the first character a reader sees, a "$" or a space written as a
 * reference (`&nbsp;`) skipped, so a location points at the figure; -1 when there is none.
 */
function firstVisible(chunk: string): number {
  for (const match of chunk.matchAll(CHARACTER)) {
    const shown = match[0].length > 1 ? decodeEntities(match[0]) : match[0];
    if (collapseWhitespace(shown).replace(/\$/g, "") !== "") return match.index ?? -1;
  }
  return -1;
}

function spanAttribute(attributes: string, name: string): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d{1,4})`, "i").exec(attributes);
  const value = match ? parseInt(match[1], 10) : 1;
  return value >= 1 ? Math.min(value, 1000) : 1;
}

/** How far past a table's end (in markup characters) its footnotes may stand. */
const FOOTNOTE_REACH = 30000;
/**
 * A footnote "(1) Allowance related to …": a digit mark, then (across spaces and tags, but not into
 * another row) a word. A mark in a figure column is followed by figures, dashes or the row's end.
 */
const FOOTNOTE =
  /\((\d{1,2})\)(?:\s|&nbsp;?|&#160;?|&#xa0;?|<(?!\/?(?:tr|table)\b)[a-zA-Z/][^>]{0,2000}>){0,40}[A-Za-z]/gi;

/** Where footnotes "(n) text" stand in the document: found in one pass, the first time a table needs them. */
class FootnoteIndex {
  private offsets: number[] | null = null;
  private keys: string[] = [];

  constructor(
    private readonly html: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  private scan(): number[] {
    const offsets: number[] = [];
    const search = new RegExp(FOOTNOTE.source, "gi");
    search.lastIndex = this.from;
    const end = Math.min(this.html.length, this.to + FOOTNOTE_REACH);
    for (let m = search.exec(this.html); m && m.index < end; m = search.exec(this.html)) {
      offsets.push(m.index);
      this.keys.push(m[1]);
    }
    return offsets;
  }

  /** The keys of the footnotes that stand at or after `from` and before `to`. */
  keysBetween(from: number, to: number): Set<string> {
    const offsets = (this.offsets ??= this.scan());
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (offsets[mid] < from) low = mid + 1;
      else high = mid;
    }
    const keys = new Set<string>();
    for (let i = low; i < offsets.length && offsets[i] < to; i++) keys.add(this.keys[i]);
    return keys;
  }

  /** A footnote with `key` stands after `at` and before `until`. */
  defines(key: string, at: number, until: number): boolean {
    const offsets = (this.offsets ??= this.scan());
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (offsets[mid] <= at) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < offsets.length && offsets[i] < until; i++) if (this.keys[i] === key) return true;
    return false;
  }
}

/**
 * Rows that stand after their table's </table> (a closing tag moved up or repeated) are still the
 * table's when no more than this much visible text (a page number, a footnote) stands between.
 */
const STRAY_ROW_REACH = 2000;
/** Past this much markup after a table's end, nothing is read as part of it. */
const STRAY_ROW_MARKUP = 40000;

/** The last top-level table closed, while rows standing after it may still be its own. */
interface Closed {
  table: OpenTable;
  end: number;
  /** Visible characters read since it closed. */
  visible: number;
}

class TableReader {
  private readonly stack: OpenTable[] = [];
  readonly done: ParsedTable[] = [];
  private last: Closed | null = null;
  /** Reading past the end asked for: only what goes on with the last table is read. */
  beyond = false;
  /** Nothing more past the end goes on with the last table. */
  stopped = false;

  constructor(
    private readonly html: string,
    private readonly lines: LineIndex,
    private readonly footnotes: FootnoteIndex,
  ) {}

  private get top(): OpenTable | undefined {
    return this.stack[this.stack.length - 1];
  }

  text(from: number, to: number): void {
    if (from >= to) return;
    if (this.stack.length === 0) {
      this.outsideTables(from, to);
      return;
    }
    const top = this.stack[this.stack.length - 1];
    const cell = top.cell;
    if (!cell) {
      // Text outside the cells of a table reopened by stray rows: past a reach, the rows have ended.
      if (top.reopened && this.stack.length === 1) {
        top.strayText =
          (top.strayText ?? 0) +
          collapseWhitespace(decodeEntities(this.html.slice(from, Math.min(to, from + 4 * STRAY_ROW_REACH))))
            .length;
        if (top.strayText > STRAY_ROW_REACH) {
          this.closeTable(from);
          this.forget();
        }
      }
      return;
    }
    const chunk = this.html.slice(from, to);
    if (cell.anyStart < 0 && /\S/.test(chunk)) cell.anyStart = from + chunk.search(/\S/);
    if (cell.textStart < 0) {
      const visible = firstVisible(chunk);
      if (visible >= 0) cell.textStart = from + visible;
    }
    cell.parts.push(chunk);
  }

  /** At the end asked for: read on past it when the last table may go on (it closed, nothing open). */
  goBeyond(): boolean {
    this.beyond = true;
    this.stopped = this.stack.length > 0 || this.last === null;
    return !this.stopped;
  }

  // Visible text after the last table closed: past a reach, rows after it are not its own.
  private outsideTables(from: number, to: number): void {
    if (!this.last) return;
    const chunk = this.html.slice(from, Math.min(to, from + 4 * STRAY_ROW_REACH));
    this.last.visible +=
      collapseWhitespace(decodeEntities(chunk)).length + (to - from > chunk.length ? 1 : 0);
    if (this.last.visible > STRAY_ROW_REACH) this.forget();
  }

  private forget(): void {
    this.last = null;
    if (this.beyond) this.stopped = true;
  }

  /** Whether a tag at `at`, past the end asked for, is still read. */
  readsOn(at: number): boolean {
    if (this.stopped) return false;
    if (this.stack.length > 0) return true;
    return this.last !== null && at - this.last.end <= STRAY_ROW_MARKUP;
  }

  tag(closing: boolean, name: string, attributes: string, at: number, end: number): void {
    if (name === "table") {
      if (closing) this.closeTable(end);
      else this.openTable(at);
      return;
    }
    if (this.stack.length === 0 && !closing && (name === "tr" || name === "td" || name === "th"))
      this.reopen();
    const table = this.top;
    if (!table) return;
    if (name === "tr") {
      this.closeRow(table);
      if (!closing) this.openRow(table);
    } else if (name === "td" || name === "th") {
      this.closeCell(table);
      if (!closing) this.openCell(table, attributes);
    } else if (table.cell) {
      this.inCellTag(table.cell, closing, name);
    }
  }

  private openTable(at: number): void {
    // A table opened between the cells of another (not inside a cell) ends that one, as a browser
    // reads it: a table start printed twice does not bury the rows in a table with no heading.
    const top = this.top;
    if (top && !top.cell) this.closeTable(at);
    let after: Closed | undefined;
    if (this.stack.length === 0) {
      if (this.last && this.last.visible === 0) after = this.last;
      else if (this.beyond) {
        this.stopped = true;
        return;
      }
      this.last = null;
    }
    this.stack.push({
      start: at,
      after,
      rows: [],
      row: null,
      column: 0,
      coveredUntil: [],
      rowsClosed: 0,
      cell: null,
      tagged: false,
    });
  }

  /** A row or cell after the last table's </table>: the table goes on (its parsed form is read again at its close). */
  private reopen(): void {
    const last = this.last;
    if (!last) {
      if (this.beyond) this.stopped = true;
      return;
    }
    this.last = null;
    const index = this.doneAt(last.table.start);
    if (index >= 0) this.done.splice(index, 1);
    last.table.reopened = true;
    last.table.strayText = 0;
    this.stack.push(last.table);
  }

  private inCellTag(cell: OpenCell, closing: boolean, name: string): void {
    if (BREAKS.has(name)) {
      cell.parts.push(" ");
    } else if (name === "sup") {
      if (!closing) cell.supFrom = cell.parts.length;
      else if (cell.supFrom >= 0) this.closeSup(cell);
    } else if (name === "ix:nonfraction" && !closing) {
      // The printed figure is read, never the fact's sign="-": the auditor ties what the page shows, and
      // Kraft Heinz (fixture 12) prints negative deduction facts as "1", a table that ties only as printed.
      cell.tagged = true;
    }
  }

  // A superscript mark becomes " (a)" so it reads as a footnote, never as more digits.
  private closeSup(cell: OpenCell): void {
    const raw = cell.parts.splice(cell.supFrom).join("");
    cell.supFrom = -1;
    const mark = collapseWhitespace(decodeEntities(raw));
    if (mark === "") return;
    if (ORDINAL.test(mark)) cell.parts.push(raw);
    else if (/^[A-Za-z0-9]{1,3}$/.test(mark)) cell.parts.push(` (${mark}) `);
    else cell.parts.push(` ${raw} `);
  }

  private openRow(table: OpenTable): void {
    table.row = [];
    table.column = 0;
  }

  private openCell(table: OpenTable, attributes: string): void {
    if (!table.row) this.openRow(table);
    while ((table.coveredUntil[table.column] ?? 0) > table.rowsClosed) table.column++;
    const width = spanAttribute(attributes, "colspan");
    const rowspan = spanAttribute(attributes, "rowspan");
    if (rowspan > 1)
      for (let c = table.column; c < table.column + width; c++)
        table.coveredUntil[c] = table.rowsClosed + rowspan;
    table.cell = {
      parts: [],
      x: table.column,
      width,
      textStart: -1,
      anyStart: -1,
      tagged: false,
      supFrom: -1,
    };
    table.column += width;
  }

  private closeCell(table: OpenTable): void {
    const cell = table.cell;
    if (!cell || !table.row) return;
    table.cell = null;
    const text = collapseWhitespace(decodeEntities(cell.parts.join("")));
    const at = cell.textStart >= 0 ? cell.textStart : cell.anyStart;
    const line = at >= 0 ? this.lines.lineAt(at) : 0;
    const column = at >= 0 ? this.lines.columnAt(at) : 0;
    table.row.push({ text, line, column, offset: at, x: cell.x, width: cell.width, tagged: cell.tagged });
    if (cell.tagged) table.tagged = true;
  }

  private closeRow(table: OpenTable): void {
    this.closeCell(table);
    if (!table.row) return;
    // Rowspans count down once per row, whether or not the row had cells.
    table.rowsClosed++;
    if (table.row.some((cell) => cell.text !== "")) table.rows.push(table.row);
    table.row = null;
  }

  /**
   * The table's rows tidied, footnotes looked for up to FOOTNOTE_REACH past `end`. Rows only ever
   * join a table, so a table tidied before is tidied again only in its new rows and in the rows
   * whose undefined marks a footnote between the two reaches now defines (a footnote found stays
   * found): reading a table again at each of many closes stays linear.
   */
  private tidy(table: OpenTable, end: number): RawCell[][] {
    const until = end + FOOTNOTE_REACH;
    let tidied = table.tidied;
    const redo = new Set<number>();
    if (!tidied || tidied.tagged !== table.tagged || until < tidied.until) {
      tidied = {
        tagged: table.tagged,
        until,
        rows: [],
        undefinedMarks: [],
        rowsByMark: new Map(),
        figureColumns: new Map(),
      };
      table.tidied = tidied;
    } else if (until > tidied.until) {
      for (const key of this.footnotes.keysBetween(tidied.until, until))
        for (const row of tidied.rowsByMark.get(key) ?? []) redo.add(row);
      tidied.until = until;
    }
    for (let index = tidied.rows.length; index < table.rows.length; index++) redo.add(index);
    for (const index of redo) this.tidyOne(table, tidied, index);
    return tidied.rows;
  }

  private tidyOne(table: OpenTable, tidied: Tidied, index: number): void {
    for (const key of tidied.undefinedMarks[index] ?? []) tidied.rowsByMark.get(key)?.delete(index);
    const undefinedMarks: string[] = [];
    const defined = (mark: HtmlCell) => {
      const key = mark.text.slice(1, -1);
      const found = this.footnotes.defines(key, mark.offset, tidied.until);
      if (!found) {
        undefinedMarks.push(key);
        let rows = tidied.rowsByMark.get(key);
        if (!rows) tidied.rowsByMark.set(key, (rows = new Set()));
        rows.add(index);
      }
      return found;
    };
    const count = (row: RawCell[] | undefined, by: number) => {
      for (const cell of row ?? [])
        if (isFigure(cell.text))
          tidied.figureColumns.set(cell.x, (tidied.figureColumns.get(cell.x) ?? 0) + by);
    };
    count(tidied.rows[index], -1);
    tidied.rows[index] = tidyRow(table.rows[index], table.tagged, defined).map(
      ({ text, line, column, x, width }): RawCell => ({ text, line, column, x, width }),
    );
    count(tidied.rows[index], 1);
    tidied.undefinedMarks[index] = undefinedMarks;
  }

  /** Index in `done` of the table that starts at `start` (the one sought was closed last, or nearly). */
  private doneAt(start: number): number {
    for (let index = this.done.length - 1; index >= 0; index--)
      if (this.done[index].start === start) return index;
    return -1;
  }

  private closeTable(end: number): void {
    const table = this.stack.pop();
    if (!table) return;
    this.closeRow(table);
    table.reopened = false;
    const rows = this.tidy(table, end);
    const after = table.after;
    table.after = undefined;
    const at = after ? this.doneAt(after.table.start) : -1;
    const before = at >= 0 ? this.done[at] : undefined;
    // The rows in `before` are the table before's as last tidied: its figure columns are counted there.
    const figureColumns = after?.table.tidied?.figureColumns;
    if (after && before && figureColumns && goesOn(figureColumns, rows)) {
      // The table before it was split (a closing tag moved, a page break): one table.
      after.table.rows.push(...table.rows);
      after.table.tagged ||= table.tagged;
      this.done.splice(at, 1);
      this.done.push({ start: after.table.start, end, rows: this.tidy(after.table, end) });
      this.last = { table: after.table, end, visible: 0 };
      return;
    }
    this.done.push({ start: table.start, end, rows });
    if (this.stack.length > 0) return;
    // Past the end asked for, a table of its own is not read here (parseTables drops it).
    if (after && this.beyond) this.stopped = true;
    else this.last = { table, end, visible: 0 };
  }

  finish(end: number): ParsedTable[] {
    while (this.stack.length > 0) this.closeTable(end);
    return this.done.sort((a, b) => a.start - b.start);
  }
}

const figureCount = (row: RawCell[]) => row.filter((cell) => isFigure(cell.text)).length;

/**
 * A row a split table may open with: one short cell naming an account or a period ("Allowance For
 * Inventory Losses", "2022"), never a footnote ("(1) The majority …") or a paragraph.
 */
const HEADING_CELL = /^[A-Za-z0-9\u2013\u2014-][^]{0,79}$/;
/** How many such rows may stand before the first row of figures. */
const HEADINGS_BEFORE_FIGURES = 2;

/**
 * A table that opened right where `before` closed goes on with it when it has no heading of its own:
 * it opens with a row of figures (two or more), or with an account's or period's name or two and then one, and
 * those figures stand in columns where `before` has figures. A footnote ("(1) The majority …"), a
 * header of several cells or a row of prose first makes it a table of its own. `before`: how many
 * figures the table before has in each grid column.
 */
function goesOn(before: Map<number | undefined, number>, rows: RawCell[][]): boolean {
  const at = rows.findIndex((row) => figureCount(row) >= 2);
  if (at < 0 || at > HEADINGS_BEFORE_FIGURES) return false;
  if (!rows.slice(0, at).every((row) => row.length === 1 && HEADING_CELL.test(row[0].text))) return false;
  return rows[at].filter((cell) => isFigure(cell.text)).every((cell) => (before.get(cell.x) ?? 0) > 0);
}

/** Where a hidden part (script, style, inline XBRL header, comment) that starts at `from` ends. */
function skipHidden(html: string, name: string, from: number, to: number): number {
  if (name === "!--") {
    const close = html.indexOf("-->", from);
    return close < 0 || close >= to ? to : close + 3;
  }
  const pattern = new RegExp(`</${name.replace(".", "\\.")}\\s*>`, "gi");
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match && match.index < to ? match.index + match[0].length : to;
}

/** Every table between offsets `from` and `to` of `html`, in document order (nested ones too). */
export function parseTables(html: string, lines: LineIndex, from = 0, to = html.length): ParsedTable[] {
  const reader = new TableReader(html, lines, new FootnoteIndex(html, from, to));
  const tag = new RegExp(TAG.source, "g");
  tag.lastIndex = from;
  let textFrom = from;
  // Past `to` (the end of a table, for the locator), only what goes on with that table is read:
  // rows after its </table>, a table that continues it (see TableReader.readsOn).
  let limit = to;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match.index >= limit) {
      reader.text(textFrom, limit);
      textFrom = limit;
      if (limit < html.length && reader.goBeyond()) limit = html.length;
      else break;
    }
    if (reader.beyond && !reader.readsOn(match.index)) break;
    let tagEnd = Math.min(match.index + match[0].length, limit);
    let attributes = match[3];
    // A tag cut off before its ">" ends where the next row or cell tag starts: it never takes that row.
    const cut = attributes !== undefined && attributes.includes("<") ? ROW_TAG_INSIDE.exec(attributes) : null;
    if (cut) {
      attributes = attributes.slice(0, cut.index);
      tagEnd = Math.min(match.index + 1 + match[1].length + match[2].length + cut.index, limit);
    }
    reader.text(textFrom, match.index);
    if (match[2] === undefined) {
      textFrom = skipHidden(html, "!--", tagEnd, limit);
    } else {
      const name = match[2].toLowerCase();
      const closing = match[1] === "/";
      reader.tag(closing, name, attributes, match.index, tagEnd);
      textFrom =
        !closing && SKIP_TO_CLOSE.has(name) && !attributes.endsWith("/")
          ? skipHidden(html, name, tagEnd, limit)
          : tagEnd;
    }
    tag.lastIndex = textFrom;
    if (reader.stopped) break;
  }
  if (textFrom < limit && !reader.stopped && (!reader.beyond || reader.readsOn(limit)))
    reader.text(textFrom, limit);
  const end = reader.beyond ? Math.max(to, textFrom) : to;
  // A table read past `to` is only kept as a part of the table that ended there.
  return reader.finish(end).filter((table) => table.start < to);
}
