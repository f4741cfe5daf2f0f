// What marks a Schedule II: its title, the words of its column headers, rows of figures.
import { lazy } from "../../../util/lazy";
import type * as HtmlText from "../html/text";

// The HTML text machinery (and its entity table) loads only for an HTML input's titles.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const htmlText = lazy(() => require("../html/text") as typeof HtmlText);

export interface TitleMention {
  index: number;
  /** "Valuation accounts" alone also appears in prose, so it needs the full header test. */
  strong: boolean;
}

// Words may be split by white space, character references or tags (`SCHEDULE<br/>II`, `&#160;`).
const GAP = String.raw`(?:\s|&nbsp;?|&#160;?|&#xa0;?|<[^>]{0,400}>)+`;
const STRONG_TITLE = new RegExp(
  String.raw`schedule${GAP}(?:ii|viii)(?![a-z0-9])|valuation${GAP}and${GAP}qualifying${GAP}accounts`,
  "gi",
);
// Also weak: the names of some 20-Fs and XBRL exports, and a bare "Schedule V" (before 1995 the
// property schedule); the classifier (../classify) tells these apart by their headings.
const WEAK_TITLE = new RegExp(
  String.raw`valuation${GAP}accounts(?![a-z])|valuation${GAP}allowances${GAP}and${GAP}reserves|allowances${GAP}and${GAP}reserves|reserves${GAP}and${GAP}allowances|schedule${GAP}v(?![a-z0-9])`,
  "gi",
);
/** Both in one pass over the document: group 1 is a strong title, group 2 a weak one. */
const ANY_TITLE = new RegExp(`(${STRONG_TITLE.source})|(${WEAK_TITLE.source})`, "gi");

/**
 * Every title mention between `from` and `to` that stands as a heading, in document order. A title
 * named inside a sentence ("see Schedule II", "Schedule II … is filed as part of this report") is
 * left out, unless the sentence ends with a colon: then it introduces the table below it.
 */
export function findTitles(doc: string, from: number, to: number, html: boolean): TitleMention[] {
  const found: TitleMention[] = [];
  // One pass for both kinds (the two never overlap): a whole filing is read once, not twice.
  const search = new RegExp(ANY_TITLE.source, "gi");
  search.lastIndex = from;
  for (let m = search.exec(doc); m && m.index < to; m = search.exec(doc)) {
    const strong = m[1] !== undefined;
    if (!inRunningText(doc, m.index, m.index + m[0].length, html)) found.push({ index: m.index, strong });
  }
  return found;
}

/** How much of the text after a title is read for prose, in characters. */
const AFTER_REACH = 100;
/** How far a heading's block may reach around a title, in source characters. */
const BLOCK_REACH = 3000;
const BLOCK_TAG = /<\/?(?:p|div|br|td|th|tr|li|h[1-6]|table|center)\b[^>]{0,2000}>/gi;
/** Words a heading may hold beside its title: the rest of the title, the years, the units, the company form. */
const HEADING_WORDS =
  /^(?:and|of|the|for|to|in|from|through|valuation|qualifying|accounts|reserves|consolidated|years?|ended|ending|periods?|fiscal|months?|weeks?|thousands|millions|dollars|inc|corp|co|ltd|plc|llc|subsidiaries|companies)$/;
const TITLE_REST =
  /^[\s.:\-–—]*(?:(?:and|valuation|qualifying|accounts|reserves|consolidated)\b[\s.:\-–—]*)*/i;

function proseWords(text: string): number {
  return (text.match(/\b[a-z][a-z'’]+\b/g) ?? []).filter((word) => !HEADING_WORDS.test(word)).length;
}

/** The visible text of the block (HTML element, or line of text) around a title, before and after it. */
function blockAround(
  doc: string,
  start: number,
  end: number,
  html: boolean,
): { before: string; after: string } {
  if (!html) {
    // A page flattened onto one line is one "line" of megabytes: read at most BLOCK_REACH around the title.
    const back = doc.slice(Math.max(0, start - BLOCK_REACH), start);
    const ahead = doc.slice(end, end + BLOCK_REACH);
    const newline = ahead.indexOf("\n");
    return {
      before: back.slice(back.lastIndexOf("\n") + 1),
      after: newline < 0 ? ahead : ahead.slice(0, newline),
    };
  }
  const back = doc.slice(Math.max(0, start - BLOCK_REACH), start);
  let blockStart = 0;
  for (const m of back.matchAll(BLOCK_TAG)) blockStart = (m.index ?? 0) + m[0].length;
  const ahead = doc.slice(end, end + BLOCK_REACH);
  const next = new RegExp(BLOCK_TAG.source, "i").exec(ahead);
  const { htmlToText } = htmlText();
  return {
    before: htmlToText(back.slice(blockStart)),
    after: htmlToText(next ? ahead.slice(0, next.index) : ahead),
  };
}

function inRunningText(doc: string, start: number, end: number, html: boolean): boolean {
  const { before, after } = blockAround(doc, start, end, html);
  // What follows the title up to a caption or figure: a flattened table runs straight on into its headers.
  const rest = after
    .replace(TITLE_REST, "")
    .slice(0, AFTER_REACH)
    .replace(/[(\d][\s\S]*$/, "");
  if (/:\s*$/.test(after)) return false;
  return proseWords(before) > 0 || proseWords(rest) > 1;
}

/** At most this many tables: a fragment cut from a filing, where a table found by its headers alone is the schedule. */
const FRAGMENT_TABLES = 4;
/** A fragment is at most this long (a whole 10-K runs to megabytes). */
const FRAGMENT_CHARS = 300_000;

/**
 * A fragment rather than a whole filing. Only in a fragment is an untitled roll-forward taken for the
 * schedule: a whole 10-K has roll-forwards in its notes with the very same headers.
 */
export function isFragment(doc: string, from = 0, to = doc.length): boolean {
  if (to - from > FRAGMENT_CHARS) return false;
  const tag = /<table\b/gi;
  tag.lastIndex = from;
  let count = 0;
  for (let m = tag.exec(doc); m && m.index < to; m = tag.exec(doc))
    if (++count > FRAGMENT_TABLES) return false;
  return true;
}

const BEGIN = /begin|opening|start of (?:the )?(?:period|year)/;
const END = /end of|at end|ending|closing|close of/;
const ACTIVITY = /addition|deduction|charge|write-?off|provision|recover/;

// Without a title, only Schedule II's own column words count: notes roll-forwards say "provision".
const SCHEDULE_ACTIVITY = /addition|deduction|charged to|charges to/;

/** The column-header words of a roll-forward: a begin balance, an end balance and some activity. */
export function hasRollForwardHeaders(lowerText: string, untitled = false): boolean {
  return (
    BEGIN.test(lowerText) && END.test(lowerText) && (untitled ? SCHEDULE_ACTIVITY : ACTIVITY).test(lowerText)
  );
}

/** The header patterns one by one (none spans a line), for readers that count them line by line. */
export const ROLL_FORWARD_WORDS = { BEGIN, END, ACTIVITY, SCHEDULE_ACTIVITY };

export { FIGURES_PER_ROW, firstFigureRow, isFigure } from "../html/figures";
