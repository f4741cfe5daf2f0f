// Finds the Schedule II inside whatever the user has: a fragment that is just the table, a whole
// 10-K in HTML or text (several MB), or an EDGAR full submission with <DOCUMENT> blocks.
import type { RawTable } from "../types";
import { LineIndex } from "../html/line-index";
import { classifySchedule, type SkippedTable, skippedFor } from "../classify";
import { isFigure } from "./signals";
import { locateTextSlices } from "./text";

export { isFragment } from "./signals";
export type { SkippedTable } from "../classify";

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

/** An EDGAR full submission opens with its header; its first <DOCUMENT> comes within this many characters. */
const SUBMISSION_HEAD = 1 << 20;
/** An HTML document shows a tag of its own (a cell, <html>, <body>, <div>, <span>) within this many characters. */
const HTML_HEAD = 1 << 18;

/** The <TEXT> bodies of an EDGAR full submission, or the whole document when it is not one. */
function documentParts(doc: string): Part[] {
  // Only a submission is scanned for <TEXT>: a plain 10-K of several MB is not read for it.
  if (!/<DOCUMENT>/i.test(doc.slice(0, SUBMISSION_HEAD))) return [{ from: 0, to: doc.length }];
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
  return parts.length > 0 ? parts : [{ from: 0, to: doc.length }];
}

// HTML has cells; EDGAR text has <TABLE> too, but never <TR>/<TD>. Only the part's head is read.
function isHtml(doc: string, part: Part): boolean {
  const cell = /<t[dr][\s>/]|<(?:html|body|div|span)[\s>]/i;
  return cell.test(doc.slice(part.from, Math.min(part.to, part.from + HTML_HEAD)));
}

/** How many lines of a text slice are read for its title and headings. */
const HEADING_LINES = 60;

/**
 * What a text slice (from its title line) is: its title is its first lines, its headings the lines down
 * to the first with figures enough for a row. The title's lines are read top down (unlike HTML context).
 */
function classifyTextSlice(text: string) {
  const lines: string[] = [];
  for (const line of text.split("\n", HEADING_LINES)) {
    const figures = line.split(/[\s|]+/).filter((token) => token !== "" && isFigure(token)).length;
    if (figures >= 3) break;
    lines.push(line.replace(/<[^>]*>/g, " "));
  }
  const heading = lines.slice(0, 4).join("\n");
  return classifySchedule({ title: heading, headers: lines.slice(1).join(" ") });
}

/** Everything the locator found: the schedules to check, and tables it set aside (with a note why). */
export interface Survey {
  sources: ScheduleSource[];
  skipped: SkippedTable[];
}

function survey(doc: string): Survey {
  const lines = new LineIndex(doc);
  const sources: ScheduleSource[] = [];
  const skipped: SkippedTable[] = [];
  for (const part of documentParts(doc)) {
    if (isHtml(doc, part)) {
      // The HTML locator and table parser load only for HTML: a text check never pays for them.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { locateHtmlTables } = require("./html") as typeof import("./html");
      const found = locateHtmlTables(doc, lines, part.from, part.to);
      for (const table of found.tables) sources.push({ kind: "html", table });
      skipped.push(...found.skipped);
    } else {
      for (const slice of locateTextSlices(doc, lines, part.from, part.to)) {
        const text = doc.slice(slice.start, slice.end);
        const firstLine = lines.lineAt(slice.start);
        const skip = skippedFor(classifyTextSlice(text), `line ${firstLine}`);
        if (skip) skipped.push(skip);
        else sources.push({ kind: "text", text, firstLine });
      }
    }
  }
  return { sources, skipped };
}

/** A copy of plain data (strings, numbers, arrays, objects), so no caller sees another's edits. */
function copied<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copied) as T;
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = copied(field);
  return copy as T;
}

/**
 * The last document surveyed, kept until the current task ends: reading a document's schedules and
 * then its report's notes (readSchedules, then notesFor, as `tieout check` and the library's
 * checkSchedule do) survey the same text twice in one run of code, and the second is a copy.
 */
let recent: { doc: string; survey: Survey } | undefined;

/**
 * Every Schedule II in `doc`, in document order, and the tables set aside. Found by title ("Schedule
 * II", "Valuation and Qualifying Accounts", "Valuation Accounts", "Schedule VIII") or, in a fragment,
 * by roll-forward column headers; a title in a contents table or link list, with no schedule after
 * it, is skipped. Each table found is classified (see classify/): a pre-1995 Schedule II of amounts
 * receivable from related parties, or another roll-forward, is set aside with a note, never checked.
 */
export function surveySchedules(doc: string): Survey {
  if (recent?.doc === doc) return copied(recent.survey);
  const found = survey(doc);
  if (recent === undefined) void Promise.resolve().then(() => (recent = undefined));
  recent = { doc, survey: found };
  return copied(found);
}

/** Every Schedule II in `doc`, in document order (see surveySchedules). */
export function findScheduleSources(doc: string): ScheduleSource[] {
  return surveySchedules(doc).sources;
}
