// Text whose line breaks were lost: a whole schedule flattened onto one line (some EDGAR viewers
// store tables this way). Rows are recovered as runs of words followed by runs of amounts. What the
// flattening lost is recovered where the text or the accounting settles it:
//   - a period's year glued after a row's last figure ("… $28,812 1992 Accrued …") opens the next
//     block, and a caption's list of years ("1993, 1992 and 1991") stays one caption;
//   - header rules ("-------") end the header; a repeat of the header over each period is dropped;
//   - empty cells printed with no placeholder: a row with fewer figures than the table has columns
//     gets its figures placed by the roll-forward identity (./../layout/identityPlacement), and a
//     "—" where a column was left empty. A row the identity cannot place is left as printed, for
//     layout to name in a parse note.
import Decimal from "decimal.js";
import { looksNumeric, parseAmount } from "../../numbers";
import { namesBeginBalance, namesEndBalance } from "../layout/balances";
import {
  deductionByIdentity,
  emptyColumnsByIdentity,
  tieAsPlaced,
  preferredPlacer,
  placeRowsByIdentity,
} from "../layout/identityPlacement";
import { PERIOD_PHRASE } from "../layout/periods";
import { rolesFromHeaderText } from "../layout/roles";
import type { ColumnRole, RawCell, RawTable } from "../types";
import type { SourceLine } from "./fixedWidth";
import { tokenize } from "./tokens";

interface Run {
  words: string[];
  /** Word rows already ended inside the run (a header rule ends the words before it). */
  ended: string[];
  values: string[];
  line: number;
}

interface Token {
  text: string;
  line: number;
}

const SMALL_MARK = /^\((?:\d{1,2}|[A-Za-z])\)$/;
const BARE_YEAR = /^(?:19|20)\d\d$/;
/** A rule printed under a header ("--------", "======"). */
const RULE = /^[-=_]{4,}$/;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
/** The rest of a caption's list of periods: ", 1992 and 1991", ", September 27, 1998 and October 3, 1999". */
const MORE_PERIODS = new RegExp(
  `^(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:${MONTH}\\s+\\d{1,2},?\\s*)?(?:19|20)\\d\\d\\b)+`,
  "i",
);
/**
 * A year standing alone among words, before a capitalised word or at the end: a period row ("… apply:
 * 1993 Accrued …"). Before a word in lower case it is part of a name ("Reserve for 1998 restructuring").
 */
const LONE_YEAR = /(?:^|\s)((?:19|20)\d\d):?(?=\s+[A-Z]|\s*$)/;
/** The label column's own heading, glued before the first account ("Description Allowance for …"). */
const LABEL_HEADING = /^(?:[Dd]escription|DESCRIPTION|[Cc]lassification|CLASSIFICATION)\s+(?=[A-Z])/;

/** True when a "$", "(" or lone ")" belongs to an amount next to it rather than standing alone. */
function isAmountPart(text: string): boolean {
  return text === "$" || text === "(" || text === ")";
}

function tokensOf(lines: SourceLine[]): Token[] {
  return lines.flatMap((line) =>
    tokenize(line.text).map((token) => ({ text: token.text, line: line.number })),
  );
}

/**
 * Whether figures of four digits or more carry a thousands separator throughout: then a bare
 * "1992" among them is a year, not a figure.
 */
function separatesThousands(tokens: Token[]): boolean {
  return tokens.every(
    (token) =>
      BARE_YEAR.test(token.text) || !/^[$(]*\d{4,}(?:\.\d+)?\)?$/.test(token.text.replace(/^\$/, "")),
  );
}

function isWordToken(tokens: Token[], index: number): boolean {
  const text = tokens[index]?.text;
  return text !== undefined && !isAmountPart(text) && !looksNumeric(text) && !RULE.test(text);
}

/** Splits the token stream into runs: words, then the amounts printed after them. */
function splitRuns(lines: SourceLine[]): Run[] {
  const tokens = tokensOf(lines);
  // EDGAR's footnote tag: the notes under the table follow, no more rows.
  const notesAt = tokens.findIndex((token) => /^<FN>$/i.test(token.text));
  return runsOf(notesAt >= 0 ? tokens.slice(0, notesAt) : tokens);
}

/**
 * Issue 11, no silent drop: a table printed again after the footnotes (<FN>) of the one read (the
 * schedule repeated, or a second one) is not read; a parse note names its rows of figures.
 */
function tableAfterNotes(lines: SourceLine[]): { location: string; message: string } | null {
  const tokens = tokensOf(lines);
  const notesAt = tokens.findIndex((token) => /^<FN>$/i.test(token.text));
  if (notesAt < 0) return null;
  const rest = tokens.slice(notesAt + 1);
  const words = rest.map((token) => token.text).join(" ");
  if (!namesBeginBalance(words) || !namesEndBalance(words)) return null;
  const figureRuns = runsOf(rest).filter((run) => run.values.length >= 2);
  if (figureRuns.length === 0) return null;
  const first = figureRuns[0];
  const label = first.words.join(" ").slice(-80);
  const at = rest.find((token) => /\d/.test(token.text) && first.values[0].endsWith(token.text));
  return {
    location: `line ${at?.line ?? first.line}`,
    message:
      `A table printed after the footnotes (<FN>) of the one read is not read: ${figureRuns.length} ` +
      `rows of figures, the first "${label}" ${first.values.join(" ")}`,
  };
}

function runsOf(tokens: Token[]): Run[] {
  const years = separatesThousands(tokens);
  const runs: Run[] = [];
  let current: Run | null = null;
  let pending = "";
  const wordRun = (line: number): Run => {
    if (!current || current.values.length > 0) {
      current = { words: [], ended: [], values: [], line };
      runs.push(current);
    }
    return current;
  };
  tokens.forEach((token, index) => {
    const text = token.text;
    if (RULE.test(text)) {
      // A rule under the header: the words before it are one row.
      const run = wordRun(token.line);
      if (run.words.length > 0) run.ended.push(run.words.splice(0).join(" "));
      return;
    }
    if (isAmountPart(text) && text !== ")") {
      pending += text;
      return;
    }
    const amount = pending + text;
    const inWords = !current || current.values.length === 0;
    // A bare year among words, or after a row's figures with words next, is a period, not a figure.
    const year =
      years && pending === "" && BARE_YEAR.test(text) && (inWords || isWordToken(tokens, index + 1));
    // The text's last token, bare, after figures all printed with "$": a page number.
    const pageNumber =
      index === tokens.length - 1 &&
      pending === "" &&
      /^\d{1,4}$/.test(text) &&
      current !== null &&
      current.values.length > 0 &&
      current.values.every((value) => value.startsWith("$"));
    if (pageNumber) return;
    if (!year && (looksNumeric(amount) || (text === ")" && current && current.values.length > 0))) {
      if (!current) {
        current = { words: [], ended: [], values: [], line: token.line };
        runs.push(current);
      }
      if (
        text === ")" ||
        (SMALL_MARK.test(text) && pending === "" && current.values.length > 0 && /[A-Za-z]/.test(text))
      ) {
        current.values[current.values.length - 1] += text === ")" ? ")" : ` ${text}`;
      } else {
        current.values.push(amount);
      }
    } else {
      wordRun(token.line).words.push(amount);
    }
    pending = "";
  });
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

/** Small parenthesised numbers right after another amount: each may be a footnote mark. */
function possibleMarks(values: string[]): Set<number> {
  const isMark = (index: number) =>
    index > 0 &&
    SMALL_MARK.test(values[index]) &&
    parseAmount(values[index - 1]) !== null &&
    // An amount carries one or two marks; a longer run of "(1)"s is a run of amounts.
    !(index > 1 && SMALL_MARK.test(values[index - 1]) && SMALL_MARK.test(values[index - 2]));
  return new Set(values.map((_, index) => index).filter(isMark));
}

/**
 * A row printed with one footnote mark too many ("22 (4)" flattened to "22", "(4)"): when a row has
 * more amounts than the table's usual count, a small parenthesised number right after another amount
 * is a footnote mark. Only applied when it brings the row to exactly the usual count.
 */
function foldFootnoteMarks(values: string[], usual: number): string[] {
  const marks = possibleMarks(values);
  if (values.length - marks.size !== usual) return values;
  const folded: string[] = [];
  values.forEach((text, index) => {
    if (marks.has(index)) folded[folded.length - 1] += ` ${text}`;
    else folded.push(text);
  });
  return folded;
}

/** The first period in `text`: a phrase with the rest of its list, or a year standing alone. */
function firstPeriod(text: string): { index: number; text: string } | null {
  const phrase = PERIOD_PHRASE.exec(text);
  // A lone year counts only up to the phrase: searching past it made a run of phrases quadratic.
  // (Words are joined by single spaces, so 40 characters hold the year and the word after it.)
  const lone = LONE_YEAR.exec(phrase ? text.slice(0, phrase.index + 40) : text);
  const loneAt = lone ? lone.index + lone[0].indexOf(lone[1]) : Infinity;
  if (phrase && phrase.index <= loneAt) {
    const after = text.slice(phrase.index + phrase[0].length);
    const more = MORE_PERIODS.exec(after);
    const end = phrase.index + phrase[0].length + (more ? more[0].length : 0);
    return { index: phrase.index, text: text.slice(phrase.index, end) };
  }
  if (lone) return { index: loneAt, text: text.slice(loneAt, lone.index + lone[0].length) };
  return null;
}

/** Word rows of a run: each period phrase (or lone year) is a row of its own, between the texts around it. */
function wordRows(run: Run): string[] {
  const rows: string[] = [];
  for (const words of [...run.ended, run.words.join(" ")]) {
    let rest = words.trim();
    for (let match = firstPeriod(rest); match; match = firstPeriod(rest)) {
      const before = rest.slice(0, match.index).trim();
      if (before) rows.push(before);
      rows.push(match.text.trim());
      rest = rest.slice(match.index + match.text.length).trim();
    }
    const heading = LABEL_HEADING.exec(rest);
    if (heading) {
      rows.push(heading[0].trim());
      rest = rest.slice(heading[0].length).trim();
    }
    if (rest) rows.push(rest);
  }
  return rows;
}

const isPeriodRow = (text: string): boolean => {
  const period = firstPeriod(text);
  return period !== null && period.index === 0 && period.text.trim().length === text.trim().length;
};

/** "Column A … Column F" over a flattened header: one column per letter, the first the labels'. */
function letteredValueColumns(header: string): number {
  const letters = new Set(
    [...header.matchAll(/\bcol(?:umn|\.)?\s+([A-H])\b/gi)].map((match) => match[1].toUpperCase()),
  );
  if (!letters.has("A")) return 0;
  const last = Math.max(...[...letters].map((letter) => letter.charCodeAt(0) - 64));
  // Every letter up to the last printed: a count, not a mention of one column.
  return letters.size === last ? last - 1 : 0;
}

const EMPTY_CELL = "—";

interface Placement {
  roles: ColumnRole[];
  /** Per row, the column of each of its figures; null where the identity cannot place the row. */
  slots: (number[] | null)[];
}

function amountsOf(rowsValues: string[][]): Decimal[][] {
  return rowsValues.map((values) => values.map((text) => parseAmount(text) ?? new Decimal(0)));
}

function placementOf(rowsValues: string[][], count: number, headerRows: string[]): Placement {
  const amounts = amountsOf(rowsValues);
  const complete = amounts.filter((values) => values.length === count);
  const roles = deductionByIdentity(rolesFromHeaderText(count, headerRows.join(" "), headerRows), complete);
  if (!amounts.some((values) => values.length < count))
    return {
      roles,
      slots: amounts.map((values) => (values.length === count ? roles.map((_, i) => i) : null)),
    };
  return {
    roles,
    slots: complete.length > 0 ? placeRowsByIdentity(amounts, roles) : emptyColumnsByIdentity(amounts, roles),
  };
}

/** Order-preserving choices of `k` items. */
function subsets<T>(items: T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((item, i) => subsets(items.slice(i + 1), k - 1).map((rest) => [item, ...rest]));
}

/**
 * Rows with more figures than usual whose possible marks can be folded more than one way
 * ("640 (25) 115 (2) 500": "(25)" or "(2)"): folded the one way that lets the identity place the
 * row among the others, when exactly one way does; otherwise left as printed.
 */
function foldMarksByIdentity(
  rowsValues: string[][],
  usual: number,
  count: number,
  headerRows: string[],
): string[][] {
  return rowsValues.map((values, index) => {
    const marks = [...possibleMarks(values)];
    const excess = values.length - usual;
    if (excess <= 0 || marks.length < excess || marks.length > 3) return values;
    const others = rowsValues.filter((row, j) => j !== index && row.length <= usual);
    const fits = subsets(marks, excess)
      .map((dropped) => {
        const folded: string[] = [];
        values.forEach((text, i) => {
          if (dropped.includes(i)) folded[folded.length - 1] += ` ${text}`;
          else folded.push(text);
        });
        return folded;
      })
      .filter((folded) => {
        const all = [...others, folded];
        const { roles, slots } = placementOf(all, Math.max(count, usual), headerRows);
        const tied = tieAsPlaced(amountsOf(all), slots, roles);
        return tied[tied.length - 1];
      });
    return fits.length === 1 ? fits[0] : values;
  });
}

/**
 * Rows' figures (as printed) filled out to `count` columns where the roll-forward identity places
 * them; a row it cannot place is left as printed.
 */
function placeFigures(
  rowsValues: string[][],
  count: number,
  headerRows: string[],
  preferred: number[] = [],
): string[][] {
  if (!rowsValues.some((values) => values.length < count)) return rowsValues;
  const { roles, slots } = placementOf(rowsValues, count, headerRows);
  const amounts = amountsOf(rowsValues);
  const complete = amounts.filter((values) => values.length === count);
  const placeByPreference = preferredPlacer(roles, complete);
  return rowsValues.map((values, row) => {
    let placed = slots[row];
    if (!placed && values.length < count) {
      placed = placeByPreference(amounts[row]);
      if (placed) preferred.push(row);
    }
    if (!placed) return values;
    const out: string[] = roles.map(() => EMPTY_CELL);
    placed.forEach((slot, index) => (out[slot] = values[index]));
    return out;
  });
}

/**
 * A title with a number in it ("EXHIBIT 99.2 …") reads as a run of its own: when a later run's
 * words name both balances and the runs before it hold at most one figure each, those runs are
 * words of the header's run.
 */
function titleIntoHeader(runs: Run[]): Run[] {
  const names = (text: string) => namesBeginBalance(text) && namesEndBalance(text);
  const at = runs.findIndex((run) => [...run.ended, run.words.join(" ")].some(names));
  if (at <= 0 || runs.slice(0, at).some((run) => run.values.length > 1)) return runs;
  const before = runs.slice(0, at).flatMap((run) => [...run.ended, [...run.words, ...run.values].join(" ")]);
  return [{ ...runs[at], ended: [...before, ...runs[at].ended] }, ...runs.slice(at + 1)];
}

/** Reads a flattened schedule. The words that name the balances (title and headers) are the header rows. */
export function readFlatText(lines: SourceLine[], context: string): RawTable {
  const runs = titleIntoHeader(splitRuns(lines));
  // The usual count of figures, footnote marks not counted: rows with a mark are no longer ones.
  const usual = mostCommon(
    runs
      .filter((run) => run.values.length > 0)
      .map((run) => run.values.length - possibleMarks(run.values).size),
  );
  const rows: RawCell[][] = [];
  let headerRowCount: number | undefined;
  let header: string | undefined;
  const dataRows: { row: RawCell[]; values: string[]; line: number }[] = [];
  for (const run of runs) {
    const labelRows = wordRows(run);
    const line = run.line;
    const textRow = (text: string): RawCell[] => [{ text, line }];
    if (headerRowCount === undefined && run.values.length > 0) {
      // The first run holds title, caption, headers, perhaps a period, then the first account.
      const label = labelRows.pop();
      const at = labelRows.findIndex((text) => namesBeginBalance(text) && namesEndBalance(text));
      // No words name both balances: the first row is the header unless it is a period.
      const split = at >= 0 ? at + 1 : labelRows.length > 0 && !PERIOD_PHRASE.test(labelRows[0]) ? 1 : 0;
      const top = labelRows.slice(0, split);
      const rest = labelRows.slice(split);
      // A period printed above the header opens the first block: it goes below the header rows.
      const periods = top.filter((text, index) => index > 0 && isPeriodRow(text));
      const headers = top.filter((text, index) => !(index > 0 && isPeriodRow(text)));
      const heading = rest.filter((text) => LABEL_HEADING.test(`${text} X`));
      header = headers[headers.length - 1];
      rows.push(...headers.map(textRow));
      if (heading.length > 0 && header !== undefined)
        rows[rows.length - 1] = textRow(`${header} ${heading.join(" ")}`);
      headerRowCount = rows.length;
      rows.push(...periods.map(textRow));
      rows.push(...rest.filter((text) => !heading.includes(text)).map(textRow));
      labelRows.splice(0, labelRows.length, ...(label !== undefined ? [label] : []));
    }
    const label = run.values.length > 0 ? labelRows.pop() : undefined;
    for (const text of labelRows) {
      // The header printed again over each period, and the label column's heading, are not rows.
      if (text === header || (LABEL_HEADING.test(`${text} X`) && !/\s/.test(text))) continue;
      rows.push(textRow(text));
    }
    if (run.values.length === 0) continue;
    const row: RawCell[] = label !== undefined ? [{ text: label, line }] : [];
    rows.push(row);
    dataRows.push({ row, values: foldFootnoteMarks(run.values, usual), line });
  }
  const headerRows = rows.slice(0, headerRowCount ?? 0).map((cells) => cells[0].text);
  const lettered = letteredValueColumns(headerRows.join(" "));
  const folded = foldMarksByIdentity(
    dataRows.map(({ values }) => values),
    usual,
    lettered,
    headerRows,
  );
  const widest = Math.max(0, ...folded.map((values) => values.length));
  const preferred: number[] = [];
  const placed = placeFigures(folded, Math.max(widest, lettered), headerRows, preferred);
  dataRows.forEach(({ row, line }, index) => row.push(...placed[index].map((text) => ({ text, line }))));
  // A placement the identity left open: the sums are the same either way, the columns are a choice.
  const repeated = tableAfterNotes(lines);
  const notes = preferred.map((index) => ({
    location: `line ${dataRows[index].line}`,
    message:
      `Figures placed by the complete rows' signs and columns, not by the roll-forward (other columns ` +
      `would tie as well): ${[dataRows[index].row[0]?.text ?? "", ...folded[index]].join(" ").trim()}`,
  }));
  if (repeated) notes.push(repeated);
  return {
    rows,
    context,
    source: "flat-text",
    headerRowCount: headerRowCount ?? 0,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
