// The schedule's title as a person would write it, from the lines printed above the figures:
// the company (just above the title), the title line itself, and the caption lines under it
// ("Consolidated …", "For the years ended …"), joined with " · ". Never column headers, units,
// page numbers or prose: a title mentioned inside a sentence gives only the title phrase.
import { isPeriodLabel } from "./periods";

const STANDARD_TITLE = "Schedule II · Valuation and Qualifying Accounts";
const MAX_LENGTH = 160;
/** How many caption lines may follow the title line. */
const MAX_CAPTION_LINES = 3;

const TITLE_WORDS = /schedule\s+(?:ii|viii)\b|valuation\s+and\s+qualifying\s+accounts|valuation\s+accounts/i;
const TITLE_PHRASE =
  /(?:schedule\s+(?:ii|viii)\b[\s.:\-–—]*)?(?:consolidated\s+)?valuation\s+(?:and\s+qualifying\s+)?accounts(?:\s+and\s+reserves)?|schedule\s+(?:ii|viii)\b/i;
/** Where a units caption or the column headers begin: a flattened table runs straight on into them. */
const TITLE_ENDS =
  /\(?\s*(?:(?:dollars|amounts)\s+)?in\s+(?:thousands|millions|billions)\b|\(\s*000'?s?\s+omitted|\$\s*000'?s\b|\b(?:col(?:umn)?\.?\s+[a-e]\b|description\b|balance\s+at\b|balance\s+beginning\b|additions\b|deductions\b|charged\s+to\b|beginning\s+of\b)/i;
const COMPANY =
  /\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|plc|llc|l\.p|lp|n\.v|s\.a|ag|laboratories|subsidiaries|holdings|group)\b\.?/i;
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(?:[A-Z]{1,2}-)?\d{1,3}\s*[-–—]?$/i;
const SMALL_WORDS = new Set(["and", "of", "the", "for", "in", "to", "at", "on", "by", "its", "our"]);

function tidy(line: string): string {
  return line
    .replace(/^[\s|]+|[\s|]+$/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s:;,\-–—]+$/, "");
}

/** The line up to where units or column headers begin. */
function beforeHeaders(line: string): string {
  const end = TITLE_ENDS.exec(line);
  return tidy(end ? line.slice(0, end.index) : line);
}

/** A sentence rather than a heading: long, with several ordinary lower-case words. */
function isProse(line: string): boolean {
  const words = line.split(" ");
  const lowerWords = words.filter((word) => /^[a-z]{3,}/.test(word) && !SMALL_WORDS.has(word));
  return words.length >= 10 && lowerWords.length >= 3;
}

function isCompanyLine(line: string): boolean {
  return line.length <= 80 && COMPANY.test(line) && !isProse(line) && !TITLE_WORDS.test(line);
}

function isCaptionLine(line: string): boolean {
  return (
    line !== "" && line.length <= 100 && !isProse(line) && !isPeriodLabel(line) && !PAGE_NUMBER.test(line)
  );
}

/** Letters and digits only, lower case, one space between words: "Schedule II —" and "SCHEDULE II" agree. */
function wordsOf(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/**
 * Adds a caption line to the title's parts unless the title already says it, in order ("Schedule
 * II" then "Valuation and Qualifying Accounts" under a page header "Schedule II Valuation and
 * Qualifying Accounts"); a caption that says all a part said and more takes that part's place
 * ("Valuation and Qualifying Accounts" above "Schedule II — Valuation and Qualifying Accounts").
 */
function addCaption(parts: string[], caption: string): void {
  const words = wordsOf(caption);
  if (words.trim() === "" || parts.some((part) => wordsOf(part).includes(words))) return;
  const said = parts.findIndex((part) => words.includes(wordsOf(part)));
  if (said >= 0) parts[said] = caption;
  else parts.push(caption);
}

/** Parts joined until the title would pass MAX_LENGTH; an over-long first part is cut at a word. */
function joinParts(parts: string[]): string {
  let title = "";
  for (const part of parts) {
    const next = title === "" ? part : `${title} · ${part}`;
    if (next.length > MAX_LENGTH) break;
    title = next;
  }
  if (title !== "") return title;
  return parts[0].slice(0, MAX_LENGTH - 1).replace(/\s+\S*$/, "") + "…";
}

/**
 * The title from the lines before the table's figures, in printed order. `null` when no line
 * names the schedule ("Schedule II", "Valuation and Qualifying Accounts", …).
 */
export function titleFromLines(lines: readonly string[]): string | null {
  const shown = lines.map(tidy).filter((line) => line !== "" && !PAGE_NUMBER.test(line));
  const at = shown.findIndex((line) => TITLE_WORDS.test(line));
  if (at < 0) return null;
  const titleLine = beforeHeaders(shown[at]);
  if (isProse(titleLine) || !TITLE_WORDS.test(titleLine)) {
    const phrase = TITLE_PHRASE.exec(shown[at]);
    return phrase ? tidy(phrase[0]) : null;
  }
  const parts: string[] = [];
  const company = shown[at - 1];
  if (company !== undefined && isCompanyLine(company)) parts.push(company);
  parts.push(titleLine);
  const captions = shown.slice(at + 1, at + 1 + MAX_CAPTION_LINES);
  for (const [index, line] of captions.entries()) {
    // A line the next one carries on in lower case is the start of a sentence (a lead-in "Data
    // regarding asset reserves …" / "for Fiscal 2017 … are presented in the following table:").
    if (/^[a-z]/.test(shown[at + 2 + index] ?? "")) break;
    const caption = beforeHeaders(line);
    if (caption !== line || !isCaptionLine(caption)) {
      if (caption !== "" && isCaptionLine(caption)) addCaption(parts, caption);
      break;
    }
    addCaption(parts, caption);
  }
  return joinParts(parts);
}

/** The title from the context before the table, else from the table's own lines above its figures, else the standard one. */
export function scheduleTitle(context: string, tableLines: readonly string[]): string {
  const contextLines = context.split("\n");
  return titleFromLines(contextLines) ?? titleFromLines([...contextLines, ...tableLines]) ?? STANDARD_TITLE;
}
