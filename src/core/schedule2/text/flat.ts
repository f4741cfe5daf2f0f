// Text whose line breaks were lost: a whole schedule flattened onto one line (some EDGAR viewers
// store tables this way). Rows are recovered as runs of words followed by runs of amounts.
import { looksNumeric, parseAmount } from "../../numbers";
import { PERIOD_PHRASE } from "../layout/periods";
import type { RawCell, RawTable } from "../types";
import type { SourceLine } from "./fixedWidth";
import { tokenize } from "./tokens";

interface Run {
  words: string[];
  values: string[];
  line: number;
}

const SMALL_MARK = /^\((?:\d{1,2}|[A-Za-z])\)$/;

/** True when a "$", "(" or lone ")" belongs to an amount next to it rather than standing alone. */
function isAmountPart(text: string): boolean {
  return text === "$" || text === "(" || text === ")";
}

/** Splits the token stream into runs: words, then the amounts printed after them. */
function splitRuns(lines: SourceLine[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let pending = "";
  for (const line of lines) {
    for (const token of tokenize(line.text)) {
      const text = token.text;
      if (isAmountPart(text) && text !== ")") {
        pending += text;
        continue;
      }
      const amount = pending + text;
      if (looksNumeric(amount) || (text === ")" && current && current.values.length > 0)) {
        if (!current) current = { words: [], values: [], line: line.number };
        if (
          text === ")" ||
          (SMALL_MARK.test(text) && pending === "" && current.values.length > 0 && /[A-Za-z]/.test(text))
        ) {
          current.values[current.values.length - 1] += text === ")" ? ")" : ` ${text}`;
        } else {
          current.values.push(amount);
        }
      } else {
        if (!current || current.values.length > 0) {
          current = { words: [], values: [], line: line.number };
          runs.push(current);
        }
        current.words.push(amount);
      }
      pending = "";
    }
  }
  return runs;
}

function mostCommon(counts: number[]): number {
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best = 0;
  let bestTally = 0;
  for (const [count, times] of tally) {
    if (times > bestTally || (times === bestTally && count < best)) [best, bestTally] = [count, times];
  }
  return best;
}

/**
 * A row printed with one footnote mark too many ("22 (4)" flattened to "22", "(4)"): when a row has
 * more amounts than the table's usual count, a small parenthesised number right after another amount
 * is a footnote mark. Only applied when it brings the row to exactly the usual count.
 */
function foldFootnoteMarks(values: string[], usual: number): string[] {
  const isMark = (index: number) =>
    index > 0 &&
    SMALL_MARK.test(values[index]) &&
    parseAmount(values[index - 1]) !== null &&
    // An amount carries one or two marks; a longer run of "(1)"s is a run of amounts.
    !(index > 1 && SMALL_MARK.test(values[index - 1]) && SMALL_MARK.test(values[index - 2]));
  const marks = new Set(values.map((_, index) => index).filter(isMark));
  if (values.length - marks.size !== usual) return values;
  const folded: string[] = [];
  values.forEach((text, index) => {
    if (marks.has(index)) folded[folded.length - 1] += ` ${text}`;
    else folded.push(text);
  });
  return folded;
}

/** Words before the first period phrase are title and column headers; the phrase itself is a period row. */
function wordRows(words: string, line: number): RawCell[][] {
  const rows: RawCell[][] = [];
  let rest = words.trim();
  for (let match = PERIOD_PHRASE.exec(rest); match; match = PERIOD_PHRASE.exec(rest)) {
    const before = rest.slice(0, match.index).trim();
    if (before) rows.push([{ text: before, line }]);
    rows.push([{ text: match[0].trim(), line }]);
    rest = rest.slice(match.index + match[0].length).trim();
  }
  if (rest) rows.push([{ text: rest, line }]);
  return rows;
}

/** Reads a flattened schedule. The first word run (title and headers) becomes the header row. */
export function readFlatText(lines: SourceLine[], context: string): RawTable {
  const runs = splitRuns(lines);
  const usual = mostCommon(runs.filter((run) => run.values.length > 0).map((run) => run.values.length));
  const rows: RawCell[][] = [];
  let headerRowCount: number | undefined;
  for (const run of runs) {
    const labelRows = wordRows(run.words.join(" "), run.line);
    if (run.values.length === 0) {
      rows.push(...labelRows);
      continue;
    }
    const label = labelRows.pop();
    if (headerRowCount === undefined) {
      // The first run holds title + headers, then perhaps a period, then the first account.
      const header =
        labelRows.length > 0 && !PERIOD_PHRASE.test(labelRows[0][0].text) ? labelRows.shift() : undefined;
      if (header) {
        rows.push(header);
        headerRowCount = rows.length;
      } else {
        headerRowCount = 0;
      }
    }
    rows.push(...labelRows);
    const values = foldFootnoteMarks(run.values, usual).map((text) => ({ text, line: run.line }));
    rows.push([...(label ? label : []), ...values]);
  }
  return { rows, context, source: "flat-text", headerRowCount };
}
