// HTML (1990s HTML, modern inline XBRL) → RawTables. Runs in the browser and in Node: no DOM.
import type { RawTable } from "../types";
import { LineIndex } from "./line-index";
import { parseTables, type ParsedTable } from "./tables";
import { htmlToLines } from "./text";
import { firstFigureRow } from "./figures";
import { strayRowsBefore } from "./strayRows";

export { LineIndex } from "./line-index";
export { htmlToLines, htmlToText, collapseWhitespace } from "./text";
export { decodeEntities } from "./entities";
export { parseTables, type ParsedTable } from "./tables";

const CONTEXT_CHARS = 600;
// Inline XBRL spends hundreds of bytes of markup per visible word: look back this far for context.
export const CONTEXT_LOOKBACK = 12000;

/** The visible text just before offset `start` (title, units), a line per block, not reaching back before `floor`. */
export function contextBefore(html: string, start: number, floor = 0): string {
  const lines = htmlToLines(html.slice(Math.max(floor, start - CONTEXT_LOOKBACK), start));
  const picked: string[] = [];
  let length = 0;
  for (let i = lines.length - 1; i >= 0 && length < CONTEXT_CHARS; i--) {
    // Only the end of a long paragraph is kept, cut at a word.
    const line =
      length + lines[i].length > CONTEXT_CHARS
        ? lines[i].slice(length + lines[i].length - CONTEXT_CHARS).replace(/^\S*\s/, "")
        : lines[i];
    picked.unshift(line);
    length += line.length + 1;
  }
  return picked.join("\n");
}

/** A parsed table as a RawTable, its context taken from the markup before it. */
export function toRawTable(html: string, table: ParsedTable, floor: number): RawTable {
  const raw: RawTable = {
    rows: table.rows,
    context: contextBefore(html, table.start, floor),
    source: "html",
  };
  // Issue 11: rows of figures printed before the table's opening tag, outside any table, are named.
  const stray = strayRowsBefore(html, table.start);
  return stray ? { ...raw, notes: [stray] } : raw;
}

/**
 * Every table in `html`, in document order (a table nested in a cell is read on its own).
 * Cells are tidied (see cells.ts) and carry their line (counted from `firstLine`), grid column and span.
 */
export function readHtmlTables(html: string, firstLine = 1): RawTable[] {
  const tables = parseTables(html, new LineIndex(html, firstLine));
  // Context stops at the end of the last table with figures that closed before this one opened
  // (a small title table before it is part of the context).
  const ends = tables
    .filter((t) => firstFigureRow(t.rows) >= 0)
    .map((t) => t.end)
    .sort((a, b) => a - b);
  let closed = 0;
  return tables.map((table) => {
    while (closed < ends.length && ends[closed] <= table.start) closed++;
    return toRawTable(html, table, closed > 0 ? ends[closed - 1] : 0);
  });
}
export { tidyRow, type TidyCell } from "./cells";
export { FIGURES_PER_ROW, firstFigureRow, isFigure } from "./figures";
