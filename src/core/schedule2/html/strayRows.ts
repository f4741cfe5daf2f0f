// Issue 11, never drop a row with figures in silence: rows (<tr>) printed before a table's opening
// tag, outside any <table> (the tag moved below them, or lost), belong to no table, so no reader
// takes them. Those with figures that stand shortly before a table read are named on it.
import { isFigure } from "./figures";
import { LineIndex } from "./line-index";
import { htmlToText } from "./text";

/** How far before a table (in markup characters) rows outside any table are looked for. */
const STRAY_REACH = 60000;
const TAGS = /<(\/?)(table|tr|td|th)\b[^>]{0,2000}>/gi;

export interface StrayRowsNote {
  location: string;
  message: string;
}

/** The cells' visible texts of one row's markup, the empty ones left out. */
function cellTexts(row: string): string[] {
  return row
    .split(/<t[dh]\b[^>]{0,2000}>/i)
    .slice(1)
    .map(htmlToText)
    .filter((text) => text !== "");
}

interface Scan {
  html: string;
  /** How far the markup has been scanned. */
  at: number;
  depth: number;
  /** Offset of a <tr> outside every table, while its row lasts. */
  open: number | null;
  rows: { offset: number; cells: string[] }[];
  /** The document's lines, made when a first note needs a location. */
  lines?: LineIndex;
}

/** The scan of the last document asked about: a document is scanned once, as far as asked. */
let scan: Scan | null = null;

/** Rows with two figures or more outside every table, in document order, those before `to` at least. */
function strayRows(html: string, to: number): { offset: number; cells: string[] }[] {
  if (!scan || scan.html !== html) scan = { html, at: 0, depth: 0, open: null, rows: [] };
  const state = scan;
  if (state.at >= to) return state.rows;
  const close = (at: number): void => {
    if (state.open === null) return;
    const cells = cellTexts(html.slice(state.open, at));
    if (cells.filter(isFigure).length >= 2) state.rows.push({ offset: state.open, cells });
    state.open = null;
  };
  const tags = new RegExp(TAGS.source, "gi");
  tags.lastIndex = state.at;
  let m: RegExpExecArray | null;
  for (m = tags.exec(html); m; m = tags.exec(html)) {
    // Past `to`, only as far as the row open there lasts (its figures are its cells up to then).
    if (m.index >= to && state.open === null) break;
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (name === "table") {
      close(m.index);
      if (!closing) state.depth++;
      else if (state.depth > 0) state.depth--;
    } else if (name === "tr" && state.depth === 0) {
      close(m.index);
      if (!closing) state.open = m.index;
    }
  }
  // Scanned up to a tag past `to` (not consumed), or to the end.
  state.at = m ? m.index : html.length;
  if (!m) close(html.length);
  return state.rows;
}

/** "line L:C" of `offset` in the scanned document (lines counted from 1). */
function locationAt(state: Scan, offset: number): string {
  state.lines ??= new LineIndex(state.html);
  return `line ${state.lines.lineAt(offset)}:${state.lines.columnAt(offset)}`;
}

/**
 * A note naming the rows with two figures or more that stand outside any <table> in the markup
 * shortly before `start` (a table's opening tag), or null when there are none.
 */
export function strayRowsBefore(html: string, start: number): StrayRowsNote | null {
  // No row tag before the table: nothing to scan.
  const firstRow = html.search(/<tr[\s>]/i);
  if (firstRow < 0 || firstRow >= start) return null;
  const from = Math.max(0, start - STRAY_REACH);
  const rows = strayRows(html, start).filter((row) => row.offset >= from && row.offset < start);
  if (rows.length === 0) return null;
  const first = rows[0];
  const count = rows.length === 1 ? "1 row" : `${rows.length} rows`;
  return {
    location: locationAt(scan!, first.offset),
    message: `${count} of figures printed outside any table (before this table's <table> tag) were not read, from ${first.cells.join(" ")}`,
  };
}
