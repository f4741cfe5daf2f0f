// A "|" render that closes cells instead of opening them: each cell ends with " |" ("1,734 |"),
// a "|" alone closes an empty cell, and a line without "|" runs on into the cell its next "|"
// closes ("Allowance for revenue adjustments1" / "|"). Rewritten as the usual render, one "|" line
// per cell, so one cell stream reads both; the lines keep their numbers for locations.
import type { SourceLine } from "./fixedWidth";

const CLOSED = /^(?!\s*\|)(.*\S)\s*\|\s*$/;
const OPENED = /^\s*\|\s*\S/;

/** Whether the render closes its cells with "|": many "text |" lines, almost no "|text" ones. */
export function closesCells(lines: readonly SourceLine[]): boolean {
  const closed = lines.filter((line) => CLOSED.test(line.text)).length;
  const opened = lines.filter((line) => OPENED.test(line.text)).length;
  return closed >= 8 && opened * 10 < closed;
}

/** The lines with every cell opened by "|" (unchanged when the render already opens its cells). */
export function asLeadingPipes(lines: SourceLine[]): SourceLine[] {
  if (!closesCells(lines)) return lines;
  const out: SourceLine[] = [];
  let pending: SourceLine[] = [];
  for (const line of lines) {
    const text = line.text.replace(/\u00a0/g, " ");
    if (text.trim() === "") continue;
    const closed = CLOSED.exec(text);
    const bare = /^\s*\|\s*$/.test(text);
    if (!closed && !bare) {
      pending.push(line);
      continue;
    }
    const parts = [...pending.map((p) => p.text.trim()), closed ? closed[1].trim() : ""].filter(
      (t) => t !== "",
    );
    out.push({ number: (pending[0] ?? line).number, text: `|${parts.join(" ")}` });
    pending = [];
  }
  // Lines after the last "|" (footnotes, a page number) are the page's: each stays a line of its own.
  out.push(...pending);
  return out;
}
