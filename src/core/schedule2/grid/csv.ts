// CSV (RFC 4180) to rows of text: quoted fields with commas, doubled quotes and line breaks,
// CRLF or LF line ends, a leading byte-order mark. Fields are sliced, never built per character.

const FIELD = /"((?:[^"]|"")*)"|([^,\r\n"]*)/y;

/** Rows of fields; a trailing line break does not add an empty row. */
export function parseCsv(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  if (input === "") return rows;
  let row: string[] = [];
  let at = 0;
  for (;;) {
    FIELD.lastIndex = at;
    const m = FIELD.exec(input) as RegExpExecArray;
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    at = FIELD.lastIndex;
    // A stray quote inside an unquoted field, or text after a closing quote, is kept as printed.
    while (at < input.length && input[at] !== "," && input[at] !== "\r" && input[at] !== "\n") {
      const stop = input.slice(at).search(/[,\r\n]/);
      const end = stop < 0 ? input.length : at + stop;
      row[row.length - 1] += input.slice(at, end);
      at = end;
    }
    if (at >= input.length) break;
    if (input[at] === ",") {
      at++;
      continue;
    }
    at += input.startsWith("\r\n", at) ? 2 : 1;
    rows.push(row);
    row = [];
    if (at >= input.length) return rows;
  }
  rows.push(row);
  return rows;
}
