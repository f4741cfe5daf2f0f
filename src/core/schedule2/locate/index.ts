// Finds the Schedule II inside whatever the user has: a fragment that is just the table, a whole
// 10-K in HTML or text (several MB), or an EDGAR full submission with <DOCUMENT> blocks.
import type { RawTable } from "../types";
import { LineIndex } from "../html";
import { locateHtmlTables } from "./html";
import { locateTextSlices } from "./text";

export { isFragment } from "./signals";

/** Where a schedule was found: a table already read from HTML, or a text slice for a text reader. */
export type ScheduleSource =
  | { kind: "html"; table: RawTable }
  | {
      kind: "text";
      text: string;
      /** 1-based line of the slice's first line in the whole document. */
      firstLine: number;
    };

interface Part {
  from: number;
  to: number;
}

/** The <TEXT> bodies of an EDGAR full submission, or the whole document when it is not one. */
function documentParts(doc: string): Part[] {
  const parts: Part[] = [];
  const open = /<TEXT>/gi;
  for (let m = open.exec(doc); m; m = open.exec(doc)) {
    const from = m.index + m[0].length;
    const close = /<\/TEXT>/gi;
    close.lastIndex = from;
    const end = close.exec(doc);
    const to = end ? end.index : doc.length;
    parts.push({ from, to });
    open.lastIndex = to;
  }
  return /<DOCUMENT>/i.test(doc) && parts.length > 0 ? parts : [{ from: 0, to: doc.length }];
}

// HTML has cells; EDGAR text has <TABLE> too, but never <TR>/<TD>.
function isHtml(doc: string, part: Part): boolean {
  const cell = /<t[dr][\s>/]|<(?:html|body|div|span)[\s>]/gi;
  cell.lastIndex = part.from;
  const m = cell.exec(doc);
  return m !== null && m.index < part.to;
}

/**
 * Every Schedule II in `doc`, in document order. Found by title ("Schedule II", "Valuation and
 * Qualifying Accounts", "Valuation Accounts", "Schedule VIII") or, failing that, by roll-forward
 * column headers; a title in a contents table or link list, with no schedule after it, is skipped.
 */
export function findScheduleSources(doc: string): ScheduleSource[] {
  const lines = new LineIndex(doc);
  const sources: ScheduleSource[] = [];
  for (const part of documentParts(doc)) {
    if (isHtml(doc, part)) {
      for (const table of locateHtmlTables(doc, lines, part.from, part.to))
        sources.push({ kind: "html", table });
    } else {
      for (const slice of locateTextSlices(doc, lines, part.from, part.to)) {
        sources.push({
          kind: "text",
          text: doc.slice(slice.start, slice.end),
          firstLine: lines.lineAt(slice.start),
        });
      }
    }
  }
  return sources;
}
