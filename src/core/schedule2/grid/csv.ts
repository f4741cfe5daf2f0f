// CSV (RFC 4180) to rows of text: quoted fields with commas, doubled quotes and line breaks,
// CRLF or LF line ends, a leading byte-order mark. One pass with indexOf, no backtracking regex,
// so any input is read in linear time; a quote never closed and a file past INPUT_LIMITS get an
// UnreadableInputError that says where and what to do.
import { INPUT_LIMITS, UnreadableInputError, tooLarge } from "./errors";

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

function lineOf(input: string, at: number): number {
  let line = 1;
  for (let i = input.indexOf("\n"); i >= 0 && i < at; i = input.indexOf("\n", i + 1)) line++;
  return line;
}

/** Rows of fields; a trailing line break does not add an empty row. */
export function parseCsv(text: string, what = "The CSV file"): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  if (input === "") return rows;
  const end = input.length;
  let row: string[] = [];
  let cells = 0;
  let at = 0;
  for (;;) {
    let field = "";
    if (input.charCodeAt(at) === QUOTE) {
      // A quoted field: up to the quote not doubled; "" inside is one quote.
      let from = at + 1;
      for (;;) {
        const close = input.indexOf('"', from);
        if (close < 0) {
          throw new UnreadableInputError(
            `${what}: the quoted field that opens on line ${lineOf(input, at)} is never closed; ` +
              'close it with " (a quote inside a field is written "")',
          );
        }
        field += input.slice(from, close);
        if (input.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          from = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
    }
    // Unquoted text, or text after a closing quote (kept as printed), up to the field's end.
    let stop = at;
    while (stop < end) {
      const c = input.charCodeAt(stop);
      if (c === COMMA || c === CR || c === LF) break;
      stop++;
    }
    field += input.slice(at, stop);
    at = stop;
    row.push(field);
    if (++cells > INPUT_LIMITS.cells)
      throw tooLarge(what, `more than ${INPUT_LIMITS.cells.toLocaleString("en-US")} cells`);
    if (at >= end) break;
    if (input.charCodeAt(at) === COMMA) {
      at++;
      continue;
    }
    at += input.charCodeAt(at) === CR && input.charCodeAt(at + 1) === LF ? 2 : 1;
    rows.push(row);
    if (rows.length > INPUT_LIMITS.rows)
      throw tooLarge(what, `more than ${INPUT_LIMITS.rows.toLocaleString("en-US")} rows`);
    row = [];
    if (at >= end) return rows;
  }
  rows.push(row);
  return rows;
}
