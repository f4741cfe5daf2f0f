// Splitting a line of report text into cells: words stay together, amounts stand alone,
// a "$" joins the amount after it, a ")" or a footnote mark joins the amount before it.
import { looksNumeric, parseAmount } from "../../numbers";
import type { RawCell } from "../types";

export interface Token {
  text: string;
  x: number;
}

const FOOTNOTE_AFTER_VALUE = /^(?:\((?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})\))+$|^[*†‡§]+$/;
const DASH_ZERO = /^(?:[-\u2010-\u2015\u2212]{1,3})$/;

/** Expands tabs to 8-column stops and blanks dot leaders, keeping every character's column. */
export function cleanLine(line: string): string {
  let expanded = "";
  for (const ch of line.replace(/\r$/, "")) {
    if (ch === "\t") expanded += " ".repeat(8 - (expanded.length % 8));
    else expanded += ch;
  }
  return blankDotLeaders(expanded.replace(/\u00a0/g, " "));
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
/** What may follow a dot leader: a space, a "$", a digit, a "(" or the end of the line. */
const endsLeader = (ch: string | undefined) =>
  ch === undefined || ch === "$" || ch === "(" || /[\s\d]/.test(ch);

/**
 * Blanks dot leaders: three or more dots, each perhaps followed by one space, ending before a space,
 * "$", digit, "(" or the line's end (the pattern `(?:\.\s?){3,}(?=\s|\$|\d|\(|$)`). Scanned once:
 * the pattern as a regular expression backtracks over a long run of dots that ends badly ("....a"),
 * which is quadratic in the run's length.
 */
export function blankDotLeaders(line: string): string {
  let out = "";
  let copied = 0;
  for (let at = 0; at < line.length; at++) {
    if (line[at] !== ".") continue;
    // The chain of dots from here, each one apart or one space apart.
    const dots = [at];
    for (;;) {
      const last = dots[dots.length - 1];
      if (line[last + 1] === ".") dots.push(last + 1);
      else if (isSpace(line[last + 1]) && line[last + 2] === ".") dots.push(last + 2);
      else break;
    }
    // The leader ends at the last dot (third or later) that is followed by a space, or at the
    // chain's last dot when what follows it may follow a leader.
    let end = -1;
    const lastDot = dots[dots.length - 1];
    if (dots.length >= 3) {
      if (endsLeader(line[lastDot + 1])) {
        end = lastDot + 1;
        // The dot's own space is taken too when what follows that space may follow a leader.
        if (isSpace(line[end]) && endsLeader(line[end + 1])) end++;
      } else {
        for (let k = dots.length - 2; k >= 2 && end < 0; k--)
          if (isSpace(line[dots[k] + 1])) end = dots[k] + 1;
      }
    }
    if (end >= 0) {
      out += line.slice(copied, at) + " ".repeat(end - at);
      copied = end;
    }
    at = Math.max(lastDot, end - 1);
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** Whitespace-separated tokens with their columns; a "$" glued to a word ("acct$") is its own token. */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const match of line.matchAll(/\S+/g)) {
    const text = match[0];
    const x = match.index ?? 0;
    const glued = /^(.*[A-Za-z.'’])(\$.*)$/.exec(text);
    if (glued) {
      tokens.push({ text: glued[1], x });
      tokens.push({ text: glued[2], x: x + glued[1].length });
    } else {
      tokens.push({ text, x });
    }
  }
  return tokens;
}

/** An amount printed in a form no label word takes: with a comma, parenthesis, point or "$", or a dash. */
function isStrongAmount(text: string): boolean {
  if (DASH_ZERO.test(text)) return true;
  return /[,().$]/.test(text) && /\d/.test(text) && parseAmount(text) !== null;
}

function isOpener(text: string): boolean {
  // Length first: a regular expression on a cell grown word by word would re-read all of it.
  return text.length <= 2 && /^(?:\$|\(|\$\(|\(\$)$/.test(text);
}

/**
 * An amount with its "$", parentheses and footnote marks is short; a longer cell is a label.
 * The bound keeps a long label from being re-read as a possible amount for every word added to it.
 */
const LONGEST_AMOUNT_CELL = 64;

function isValueCell(text: string): boolean {
  return text.length <= LONGEST_AMOUNT_CELL && looksNumeric(text);
}

/** Whether the token after a single space starts a new cell. */
function startsNewCell(cellText: string, next: string): boolean {
  if (isOpener(cellText)) return false;
  const cellIsValue = isValueCell(cellText);
  if (cellIsValue && (next === ")" || FOOTNOTE_AFTER_VALUE.test(next))) return false;
  if (next.startsWith("$")) return true;
  if (cellIsValue) return looksNumeric(next) || isOpener(next);
  return isStrongAmount(next) || next === "(";
}

/**
 * Cells of one fixed-width line: runs of two or more spaces always separate cells; a single
 * space separates them only between an amount and what follows it, or a label and an amount.
 */
export function splitCells(line: string, lineNumber: number): RawCell[] {
  const cells: RawCell[] = [];
  let current: { text: string; x: number; end: number } | null = null;
  for (const token of tokenize(line)) {
    const gap = current ? token.x - current.end : 0;
    // A "$" belongs to the amount after it, however far right the amount is aligned.
    const joins =
      current !== null && (isOpener(current.text) || (gap <= 1 && !startsNewCell(current.text, token.text)));
    if (current && joins) {
      current.text += (gap >= 1 ? " " : "") + token.text;
      current.end = token.x + token.text.length;
      continue;
    }
    if (current) cells.push(toCell(current, lineNumber));
    current = { text: token.text, x: token.x, end: token.x + token.text.length };
  }
  if (current) cells.push(toCell(current, lineNumber));
  return cells;
}

function toCell(cell: { text: string; x: number; end: number }, line: number): RawCell {
  return { text: cell.text, line, x: cell.x, width: cell.end - cell.x };
}

/** A rule line: dashes, equals or underscores only (the seed's "=============-" included). */
export function isRuleLine(line: string): boolean {
  return /^[\s\-=_~+*]*$/.test(line) && /[-=_]{3,}/.test(line);
}
