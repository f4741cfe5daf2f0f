// One line per table row: XBRL viewer pages stored as text ("XML nn Rnn.htm IDEA: XBRL DOCUMENT")
// whose rows come out as one line each, cells separated by spaces or glued together
// ("Accounts receivable—trade, net (a)$24,966 $180,764 $— $(180,755)$24,975"), sometimes with the
// label on its own line above its figures, under a header stacked over many lines. The figures are
// split by the number grammar (./figureRun); where a run splits more than one way the column count
// and the roll-forward choose, and a row still ambiguous is given to layout with every split made,
// so it is named in a parse warning ("Row not read …") instead of guessed at.
import Decimal from "decimal.js";
import { parseAmount } from "../../numbers";
import { isPeriodLabel } from "../layout/periods";
import { columnRoles, rolesFromHeaderText } from "../layout/roles";
import type { ColumnRole, RawCell, RawTable } from "../types";
import { runReadings, type RunCell, type RunReading } from "./figureRun";
import type { SourceLine } from "./fixedWidth";

/** A line as the reader sees it: a row of figures, figures alone, words, or nothing. */
interface Line {
  source: SourceLine;
  text: string;
  kind: "data" | "figures" | "text" | "blank";
  readings: RunReading[];
}

/** How many lines form detection reads. */
const DETECTION_LINES = 400;
const VIEWER_MARK = /\bXBRL\s+DOCUMENT\b/i;
/** A footnote mark alone on its line, its text on the next. */
const MARK_LINE = /^(?:\(\d{1,2}\)|\([A-Za-z]\)|\[\d{1,2}\]|[*†‡])$/;
const FOOTNOTE_START = /^(?:\(\d{1,2}\)|\([A-Za-z]\)|\[\d{1,2}\]|[*†‡])/;
const BEGIN_WORD = /\b(?:begin|beginning|beginnning|opening)\b/i;
const END_WORD = /\b(?:end|ending|closing)\b/i;
/** Pieces of a stacked column header. */
const HEADING_PIECE =
  /^(?:col(?:umn)?\.?\s+[a-h]\b|description|balance|beginning|begin|of\s+(?:the\s+)?(?:period|year)|period|year|at\s+end|end\s+of|charged|charges|costs?\s+and|expenses?|additions?|deductions?|other|accounts?|to\s+|from\s+|and\s+|net\b|recover|reserves?|write|written|provisions?|reversals?|amounts?|adjustments?|acquisitions?|translation|currency|foreign|usage|revenues?|against)/i;
const UNITS = /\bin\s+(?:thousands|millions|billions)\b/i;

/** The digit marks the text has footnotes for: "(2)" of a line "(2) The valuation allowance …". */
function footnoteMarks(lines: SourceLine[]): Set<string> {
  const marks = new Set<string>();
  for (const line of lines) {
    const mark = /^\s*(\(\d{1,2}\))(?:\s*$|\s*[A-Za-z])/.exec(line.text);
    if (mark) marks.add(mark[1]);
  }
  return marks;
}

function classify(source: SourceLine, marks: ReadonlySet<string>): Line {
  const text = source.text.replace(/\u00a0/g, " ");
  const trimmed = text.trim();
  if (trimmed === "") return { source, text, kind: "blank", readings: [] };
  if (FOOTNOTE_START.test(trimmed) && /[A-Za-z]{3}/.test(trimmed))
    return { source, text, kind: "text", readings: [] }; // "(1) Uncollectible accounts written off."
  const readings = runReadings(text, marks).filter((reading) => reading.cells.length >= 2);
  if (readings.length === 0) return { source, text, kind: "text", readings: [] };
  const label = text.slice(0, readings[0].labelEnd).trim();
  if (label === "") return { source, text, kind: "figures", readings };
  if (!/[A-Za-z]|^(?:19|20)\d\d$/.test(label) || readings[0].cells.length < 3)
    return { source, text, kind: "text", readings: [] };
  return { source, text, kind: "data", readings };
}

function classifyAll(sourceLines: SourceLine[]): Line[] {
  const marks = footnoteMarks(sourceLines);
  return sourceLines.map((line) => classify(line, marks));
}

/** Whether two cells of the usual reading touch with no space between: a render that glues cells. */
function gluesCells(line: Line): boolean {
  const cells = line.readings[0]?.cells ?? [];
  return cells.some((cell, index) => index > 0 && cells[index - 1].end === cell.start);
}

/**
 * Share of rows whose figures end at character columns other rows' figures end at too: near 1 for
 * fixed-width text, low for a render that prints each row at its own label's length. Two figures
 * at the same start and end prove nothing (a render prints repeated blocks of a schedule alike):
 * only another row's figure of another width ending there counts as lining up.
 */
function alignment(rows: Line[]): number {
  const cells = rows.map((row) => row.readings[0].cells);
  return alignmentOfEnds(
    cells.map((own) => own.map((cell) => cell.end)),
    cells.map((own) => own.map((cell) => cell.start)),
  );
}

/**
 * `alignment` over each row's figure end columns: one pass to count, per column, the rows with a
 * figure ending there, one pass to judge each row (linear in the figures). Exported for its tests.
 * With the figures' start columns (`rowStarts`, parallel to `rowEnds`), an end is shared only with
 * a figure of another start, and an end shared only with figures of the same start and width
 * counts neither way; a row with no end of either kind is not judged.
 */
export function alignmentOfEnds(
  rowEnds: readonly (readonly number[])[],
  rowStarts?: readonly (readonly number[])[],
): number {
  if (rowStarts) return widthAwareAlignment(rowEnds, rowStarts);
  const ends = rowEnds.map((own) => new Set(own));
  // How many rows have a figure ending at each column: shared when two or more do.
  const rowsEndingAt = new Map<number, number>();
  for (const own of ends) for (const end of own) rowsEndingAt.set(end, (rowsEndingAt.get(end) ?? 0) + 1);
  let aligned = 0;
  for (const own of ends) {
    let shared = 0;
    for (const end of own) if ((rowsEndingAt.get(end) ?? 0) >= 2) shared++;
    if (shared * 2 > own.size) aligned++;
  }
  return ends.length === 0 ? 1 : aligned / ends.length;
}

function widthAwareAlignment(
  rowEnds: readonly (readonly number[])[],
  rowStarts: readonly (readonly number[])[],
): number {
  // Per end column: how many figures end there, and how many of them start at each column.
  const total = new Map<number, number>();
  const byStart = new Map<string, number>();
  const figures = rowEnds.map((own, row) => {
    const seen = new Map<number, number>();
    own.forEach((end, k) => seen.set(end, rowStarts[row][k] ?? end));
    return seen;
  });
  for (const own of figures) {
    for (const [end, start] of own) {
      total.set(end, (total.get(end) ?? 0) + 1);
      byStart.set(`${end}:${start}`, (byStart.get(`${end}:${start}`) ?? 0) + 1);
    }
  }
  let judged = 0;
  let aligned = 0;
  for (const own of figures) {
    let shared = 0;
    let alone = 0;
    for (const [end, start] of own) {
      const all = total.get(end) ?? 0;
      if (all - (byStart.get(`${end}:${start}`) ?? 0) > 0) shared++;
      else if (all < 2) alone++;
    }
    if (shared + alone === 0) continue;
    judged++;
    if (shared * 2 > shared + alone) aligned++;
  }
  return judged === 0 ? 1 : aligned / judged;
}

/** The figure end columns of the rows detection judges, over every line given (for tests and the bench). */
export function detectionRowEnds(sourceLines: SourceLine[]): number[][] {
  return figureRows(classifyAll(sourceLines))
    .filter((line) => line.readings[0].cells.length >= 3)
    .map((row) => row.readings[0].cells.map((cell) => cell.end));
}

/** Rows of figures: lines ending in figures, and label lines with their figures on the next line. */
function figureRows(lines: Line[]): Line[] {
  return lines.filter(
    (line, index) =>
      line.kind === "data" || (line.kind === "figures" && previousFilled(lines, index)?.kind === "text"),
  );
}

function previousFilled(lines: Line[], index: number): Line | undefined {
  for (let at = index - 1; at >= 0; at--) if (lines[at].kind !== "blank") return lines[at];
  return undefined;
}

/**
 * Whether the text is a one-line-per-row render: two or more rows of three figures or more, and
 * evidence that the lines are not column-aligned text (the viewer's mark, cells glued together, or
 * figures that do not line up from row to row).
 */
export function isLineRender(sourceLines: SourceLine[]): boolean {
  // A stored page holds its table near the top: the first lines tell, so a whole filing stays cheap.
  const lines = classifyAll(sourceLines.slice(0, DETECTION_LINES));
  const rows = figureRows(lines).filter((line) => line.readings[0].cells.length >= 3);
  if (rows.length < 2) return false;
  const viewer = sourceLines.slice(0, 5).some((line) => VIEWER_MARK.test(line.text));
  return viewer || rows.some(gluesCells) || alignment(rows) < 0.5;
}

/** The tables of a one-line-per-row render: one per printed sub-table, sharing `part.of`. */
export function readLineRender(sourceLines: SourceLine[]): RawTable[] {
  const lines = classifyAll(sourceLines);
  const tables: RawTable[] = [];
  const group = sourceLines[0]?.number ?? 0;
  let from = 0;
  while (from < lines.length) {
    const span = nextTable(lines, from);
    if (!span) break;
    tables.push({ ...buildTable(lines, span, from), part: { of: group, index: tables.length } });
    from = span.end;
  }
  return tables;
}

interface Span {
  /** First header line, first body line, and the line after the table. */
  header: number;
  body: number;
  end: number;
}

function isRowStart(lines: Line[], index: number): boolean {
  const line = lines[index];
  return line.kind === "data" || (line.kind === "text" && nextFilled(lines, index)?.kind === "figures");
}

function nextFilled(lines: Line[], index: number): Line | undefined {
  const at = nextFilledIndex(lines, index);
  return at < 0 ? undefined : lines[at];
}

function nextFilledIndex(lines: Line[], index: number): number {
  for (let at = index + 1; at < lines.length; at++) if (lines[at].kind !== "blank") return at;
  return -1;
}

/** Words of an account's name: a line with them is an account heading, not a column heading. */
const ACCOUNT_NAME = /allowance|reserve\s+for|receivable|valuation|inventor|deferred|doubtful|returns/i;

function isHeadingLine(line: Line): boolean {
  const text = line.text.trim();
  if (line.kind !== "text" || text.length > 90 || /\[(?:abstract|line items|table|axis|member)/i.test(text))
    return false;
  if (isPeriodLabel(text) || /^(?:for\s+the\s+)?(?:fiscal\s+)?years?\s+ended\b/i.test(text)) return false;
  // An account's name is one piece; a line of three pieces or more runs across the columns.
  if (
    ACCOUNT_NAME.test(text) &&
    text.split(/\s{2,}/).length < 3 &&
    !/\b(?:balance|beginning|end\s+of|charged|deductions?|additions?)\b/i.test(text)
  )
    return false;
  return text.split(/\s{2,}/).some((piece) => HEADING_PIECE.test(piece.replace(/^\(in [a-z]+\)\s*/i, "")));
}

/**
 * The next table from `from`: its first row, the header above it (back to the line that opens the
 * stacked headings), and its end (the line that opens the next sub-table's header, or the text's end).
 */
function nextTable(lines: Line[], from: number): Span | null {
  let first = -1;
  for (let i = from; i < lines.length && first < 0; i++) if (isRowStart(lines, i)) first = i;
  if (first < 0) return null;
  // Back from the first row over period labels and account headings to the header's last line.
  let body = first;
  while (body > from) {
    const line = lines[body - 1];
    if (line.kind === "blank" || (line.kind === "text" && !isHeadingLine(line) && !isUnitsLine(line))) body--;
    else break;
  }
  // The header: the stacked headings above, up to the title or prose before them; none unless
  // one of them names the closing balance.
  let header = body;
  while (header > from) {
    const line = lines[header - 1];
    if (line.kind === "blank" || isHeadingLine(line) || isUnitsLine(line) || isShortPiece(line)) header--;
    else break;
  }
  while (header < body && lines[header].kind === "blank") header++;
  if (!lines.slice(header, body).some((line) => END_WORD.test(line.text))) {
    header = body;
    body = first;
  }
  // The table ends where a new header opens after its rows: headings naming both balances.
  let end = lines.length;
  let seenRow = false;
  for (let i = body; i < lines.length; i++) {
    if (isRowStart(lines, i)) {
      seenRow = true;
      continue;
    }
    if (seenRow && isHeadingLine(lines[i]) && opensHeader(lines, i)) {
      end = i;
      break;
    }
  }
  return { header, body, end };
}

function isUnitsLine(line: Line): boolean {
  return line.kind === "text" && UNITS.test(line.text) && line.text.trim().split(/\s+/).length <= 6;
}

/** A short line inside a stacked header: "(1)", "Beginning", "Costs and". */
function isShortPiece(line: Line): boolean {
  const text = line.text.trim();
  return line.kind === "text" && text.length <= 30 && !isPeriodLabel(text) && !/[.:]$/.test(text);
}

/** Headings naming the opening and then the closing balance before the next row of figures. */
function opensHeader(lines: Line[], at: number): boolean {
  let begin = false;
  // A header is a few dozen lines at most: the look ahead is bounded, so the scan stays linear.
  for (let i = at; i < Math.min(lines.length, at + 60) && !isRowStart(lines, i); i++) {
    if (BEGIN_WORD.test(lines[i].text)) begin = true;
    else if (begin && END_WORD.test(lines[i].text)) return true;
  }
  return false;
}

function buildTable(lines: Line[], span: Span, from: number): RawTable {
  const context = lines
    .slice(Math.max(0, from, span.header - 60), span.header)
    .map((line) => line.text.trim())
    .filter((text) => text !== "")
    .join("\n");
  const headerLines = lines.slice(span.header, span.body).filter((line) => line.kind !== "blank");
  const pieces = headerLines.flatMap((line) =>
    line.text
      .trim()
      .split(/\s{2,}/)
      .map((text) => ({ text: text.trim(), line: line.source.number }))
      .filter((piece) => piece.text !== ""),
  );
  const headerText = pieces.map((piece) => piece.text).join(" ");
  const body = lines.slice(span.body, span.end);
  const count = headerColumnCount(headerLines, body) ?? columnCount(body);
  const rows: RawCell[][] = [];
  // The headings one per column when the pieces group into them; else the header's words as one
  // cell, for layout to take the roles from the header text as a whole.
  const headings = groupHeadings(pieces, count) ?? acrossHeadings(headerLines, count);
  if (headings) rows.push(headings);
  else if (pieces.length > 0) rows.push([{ text: headerText, line: pieces[0].line }]);
  const headerRowCount = rows.length;
  const roles = headings
    ? columnRoles(headings.map((heading) => heading.text))
    : count >= 2
      ? rolesFromHeaderText(
          count,
          headerText,
          pieces.map((piece) => piece.text),
        )
      : [];
  const conventions = tableConventions(body, count, roles);
  const gaps = usualGaps(body, count);
  const notes: { location: string; message: string }[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (line.kind === "blank") continue;
    const text = line.text.trim();
    if (line.kind === "text") {
      const nextAt = nextFilledIndex(body, i);
      const next = nextAt < 0 ? undefined : body[nextAt];
      if (next?.kind === "figures") {
        const figures = figureCells(next, count, roles, conventions, gaps);
        if (figures.blanks) notes.push(blankNote(next, text, figures.blanks));
        rows.push([cellOf(text, line), ...figures.cells]);
        i = nextAt;
      } else if (MARK_LINE.test(text) && next?.kind === "text") {
        rows.push([cellOf(`${text} ${next.text.trim()}`, line)]); // "(1)" / "Uncollectible accounts …"
        i = nextAt;
      } else rows.push([cellOf(text, line)]);
      continue;
    }
    const { labelEnd, cells, blanks } = figureCells(line, count, roles, conventions, gaps);
    const label = line.text.slice(0, labelEnd).trim();
    if (blanks) notes.push(blankNote(line, label, blanks));
    rows.push(label !== "" ? [cellOf(label, line), ...cells] : cells);
  }
  return { rows, context, source: "line-render", headerRowCount, ...(notes.length > 0 ? { notes } : {}) };
}

/** The parse note for a row whose empty cells were placed by the width of its gaps. */
function blankNote(line: Line, label: string, blanks: number): { location: string; message: string } {
  const cells = blanks === 1 ? "a cell printed as spaces was" : `${blanks} cells printed as spaces were`;
  return {
    location: `line ${line.source.number}`,
    message: `${label ? `"${label}": ` : ""}${cells} read as empty (zero), where the gap between figures is wider than the other rows'`,
  };
}

/** Words a column heading opens with; the words that continue one are everything else. */
const STARTER =
  /^(?:balance|additions?|deductions?|charged|charges|net\b|write|written|amounts?\b|provisions?|reversals?|usage|acquisitions?|adjustments?|translation|foreign|currency|uncollectible|reclass|ending|opening)/i;
const SPANNER = /^(?:additions?|deductions?)$/i;
/** Pieces that are no column's heading: column letters, the label column, units, marks. */
const NOT_HEADING =
  /^(?:col(?:umn)?\.?\s+[a-h]\.?|description|\(?(?:dollars?\s+|amounts?\s+)?in\s+(?:thousands|millions|billions)[^)]*\)?|(?:\((?:\d{1,2}|[a-z])\)\s*)+)$/i;

/**
 * A header stacked one piece per line, column after column ("Balance at" / "Beginning" / "of
 * Period" / "Charged to" / …), grouped into `count` headings: a heading starts at a piece that opens
 * one. Null unless the groups are exactly the columns, the first naming the opening balance and the
 * last the closing one (a header stacked row after row does not group this way).
 */
function groupHeadings(pieces: RawCell[], count: number): RawCell[] | null {
  const groups: RawCell[] = [];
  for (const piece of pieces) {
    const text = piece.text
      .replace(/^\((?:[a-z]+\s+){0,3}in\s+(?:thousands|millions|billions)[^)]*\)\s*/i, "")
      .replace(/^[Dd]escription(?=[A-Z])/, "")
      .trim();
    if (text === "" || NOT_HEADING.test(text) || (UNITS.test(text) && text.split(/\s+/).length <= 6))
      continue;
    const last = groups[groups.length - 1];
    const continues =
      last && (!STARTER.test(text) || (SPANNER.test(last.text) && /^(?:charged|to\b)/i.test(text)));
    if (continues) last.text = `${last.text} ${text}`;
    else groups.push({ text, line: piece.line });
  }
  for (const candidate of [groups, groups.filter((group) => !SPANNER.test(group.text))]) {
    if (candidate.length !== count || count < 3) continue;
    if (BEGIN_WORD.test(candidate[0].text) && END_WORD.test(candidate[count - 1].text)) return candidate;
  }
  return null;
}

/** A header line's pieces that head no value column: units, the label column, a period caption. */
function isNotHeadingPiece(text: string): boolean {
  return (
    NOT_HEADING.test(text) ||
    (UNITS.test(text) && text.split(/\s+/).length <= 6) ||
    isPeriodLabel(text) ||
    /^(?:for\s+the\s+)?(?:fiscal\s+)?years?\s+ended\b/i.test(text)
  );
}

/** The pieces of a header line that head value columns. */
function headingPieces(line: Line): RawCell[] {
  return line.text
    .trim()
    .split(/\s{2,}/)
    .map((text) => text.trim())
    .filter((text) => text !== "" && !isNotHeadingPiece(text))
    .map((text) => ({ text, line: line.source.number }));
}

/**
 * A header printed line by line across the columns ("at | Charged | … | Balance" / "beginning |
 * (credited) | … | at end of" / "of period | to income | … | period"): the bottom lines that hold
 * one piece per column are full, and each column's heading joins its pieces from top to bottom.
 * One partial line may stand above them ("Balance | Additions | Translation"): without its group
 * headings ("Additions"), its pieces open, in order, the headings that begin in lower case below
 * ("at …", "adjustment …"); their numbers must match. Null unless the outer headings then name the
 * opening and closing balances.
 */
function acrossHeadings(headerLines: Line[], count: number): RawCell[] | null {
  if (count < 3) return null;
  const lines = headerLines.map(headingPieces).filter((pieces) => pieces.length > 0);
  let top = lines.length;
  while (top > 0 && lines[top - 1].length === count) top--;
  if (top === lines.length) return null;
  const above = lines.slice(0, top);
  if (above.length > 1 || above.some((pieces) => pieces.length >= count)) return null;
  const headings = Array.from({ length: count }, (_, column) => ({
    text: lines
      .slice(top)
      .map((pieces) => pieces[column].text)
      .join(" "),
    line: lines[top][column].line,
  }));
  const opening = (above[0] ?? []).filter((piece) => !SPANNER.test(piece.text));
  const lower = headings.flatMap((heading, column) => (/^[a-z]/.test(heading.text) ? [column] : []));
  if (opening.length > 0) {
    if (opening.length !== lower.length) return null;
    lower.forEach((column, k) => {
      headings[column] = { text: `${opening[k].text} ${headings[column].text}`, line: opening[k].line };
    });
  }
  if (!BEGIN_WORD.test(headings[0].text) || !END_WORD.test(headings[count - 1].text)) return null;
  return headings;
}

function cellOf(text: string, line: Line): RawCell {
  return { text, line: line.source.number };
}

/**
 * The columns a header printed line by line across them names, when its full lines give every
 * column a heading and a row of the body reads with that many figures: rows short of figures (their
 * empty cells printed as spaces) then do not outvote the header.
 */
function headerColumnCount(headerLines: Line[], body: Line[]): number | null {
  const bottom = [...headerLines].reverse().find((line) => headingPieces(line).length > 0);
  const count = bottom ? headingPieces(bottom).length : 0;
  if (count < 3 || !acrossHeadings(headerLines, count)) return null;
  const fits = body.some((line) => line.readings.some((reading) => reading.cells.length === count));
  return fits ? count : null;
}

/** The columns a row has: the count most rows read one way only agree on, else the usual readings'. */
function columnCount(body: Line[]): number {
  const rows = body.filter((line) => line.kind === "data" || line.kind === "figures");
  const sure = rows
    .map((line) => new Set(line.readings.map((r) => r.cells.length)))
    .filter((counts) => counts.size === 1)
    .map((counts) => [...counts][0]);
  return mostCommon(sure.length > 0 ? sure : rows.map((line) => line.readings[0].cells.length));
}

function mostCommon(values: number[]): number {
  const tally = new Map<number, number>();
  values.forEach((value) => tally.set(value, (tally.get(value) ?? 0) + 1));
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

type Convention = "std" | "signed" | "absded";
const CONVENTIONS: Convention[] = ["std", "signed", "absded"];

function valuesOf(cells: RunCell[]): Decimal[] | null {
  const values = cells.map((cell) => parseAmount(cell.text));
  return values.every((value): value is Decimal => value !== null) ? values : null;
}

/** Whether a row's figures roll forward (begin + activity − deductions = end) under a convention. */
function ties(values: Decimal[], roles: ColumnRole[], convention: Convention): boolean {
  if (values.length !== roles.length || values.length < 3) return false;
  let sum = values[0];
  for (let i = 1; i < values.length - 1; i++) {
    const value = values[i];
    if (roles[i] !== "deduction" || convention === "signed") sum = sum.plus(value);
    else sum = sum.minus(convention === "absded" ? value.abs() : value);
  }
  return sum.equals(values[values.length - 1]);
}

/** The conventions the rows that read one way only tie under most often (all when none ties). */
function tableConventions(body: Line[], count: number, roles: ColumnRole[]): Convention[] {
  const tally = new Map<Convention, number>(CONVENTIONS.map((c) => [c, 0]));
  for (const line of body) {
    if (line.readings.length !== 1 || line.readings[0].cells.length !== count) continue;
    const values = valuesOf(line.readings[0].cells);
    if (values) for (const c of CONVENTIONS) if (ties(values, roles, c)) tally.set(c, tally.get(c)! + 1);
  }
  const best = Math.max(...tally.values());
  return best === 0 ? CONVENTIONS : CONVENTIONS.filter((c) => tally.get(c) === best);
}

/**
 * The cells of a row's figures: the one reading with the table's column count; among several, the
 * one that rolls forward (under the table's convention, else any); else every split the readings
 * make, so the row has too many amounts and layout names it rather than guessing.
 */
function figureCells(
  line: Line,
  count: number,
  roles: ColumnRole[],
  conventions: Convention[],
  gaps: Gaps | null = null,
): { labelEnd: number; cells: RawCell[]; blanks?: number } {
  const fitting = line.readings.filter((reading) => reading.cells.length === count);
  const distinct = distinctByValues(fitting);
  let chosen: RunReading | undefined;
  if (distinct.length === 1) chosen = distinct[0];
  else if (distinct.length > 1) {
    for (const allowed of [conventions, CONVENTIONS]) {
      const tying = distinct.filter((reading) => {
        const values = valuesOf(reading.cells);
        return values !== null && allowed.some((c) => ties(values, roles, c));
      });
      if (tying.length === 1) {
        chosen = tying[0];
        break;
      }
      if (tying.length > 1) break;
    }
    if (!chosen) return everySplit(line, fitting);
  } else {
    chosen = line.readings[0];
    const blanks = gaps && chosen ? blankCellsByGaps(chosen, count, gaps) : null;
    if (blanks) {
      const cells: RawCell[] = [];
      chosen.cells.forEach((cell, index) => {
        if (blanks.has(index)) cells.push({ text: "—", line: line.source.number });
        cells.push({ text: cell.text.trim(), line: line.source.number });
      });
      return { labelEnd: chosen.labelEnd, cells, blanks: blanks.size };
    }
  }
  const cells = chosen.cells.map((cell) => ({ text: cell.text.trim(), line: line.source.number }));
  return { labelEnd: chosen.labelEnd, cells };
}

/** The spaces a render prints between one figure and the next, over the rows with every column. */
interface Gaps {
  widest: number;
}

/** The space before each cell after the first: from the end of the figure or mark before it. */
function gapsOf(reading: RunReading): number[] {
  return reading.cells.slice(1).map((cell, k) => {
    const before = reading.cells[k].end;
    const mark = reading.marks
      .filter((m) => m.start >= before && m.end <= cell.start)
      .reduce((end, m) => Math.max(end, m.end), before);
    return cell.start - mark;
  });
}

/**
 * The widest gap between figures in the rows that read with every column (the usual such reading:
 * a less usual split only narrows gaps); null
 * unless two such rows or more show it (too few to tell a render's spacing by).
 */
function usualGaps(body: Line[], count: number): Gaps | null {
  const complete = body.flatMap((line) => {
    if (line.kind !== "data" && line.kind !== "figures") return [];
    const reading = line.readings.find((r) => r.cells.length === count);
    return reading ? [reading] : [];
  });
  if (complete.length < 2 || count < 3) return null;
  return { widest: Math.max(...complete.flatMap(gapsOf)) };
}

/**
 * A render that keeps each cell's padding prints an empty cell as a run of spaces: a row short of
 * `count` figures whose gaps are the usual ones but for exactly as many clearly wider gaps (two
 * spaces or more beyond the widest gap of the complete rows) as it lacks figures has an empty cell
 * in each wide gap. The indexes of the cells each empty one comes before; null when the gaps do
 * not say where every missing cell is.
 */
function blankCellsByGaps(reading: RunReading, count: number, gaps: Gaps): Set<number> | null {
  const missing = count - reading.cells.length;
  if (missing < 1 || reading.cells.length < 2) return null;
  const wide = gapsOf(reading).flatMap((gap, k) => (gap >= gaps.widest + 2 ? [k + 1] : []));
  return wide.length === missing ? new Set(wide) : null;
}

/** Readings that give different figures, the usual one of each first (readings come sorted by cost). */
function distinctByValues(readings: RunReading[]): RunReading[] {
  const seen = new Set<string>();
  return readings.filter((reading) => {
    const values = valuesOf(reading.cells);
    const key = values ? values.map(String).join("|") : `?${reading.cells.map((c) => c.text).join("|")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The run cut at every place any of the readings cuts it: more pieces than columns. */
function everySplit(line: Line, readings: RunReading[]): { labelEnd: number; cells: RawCell[] } {
  const cuts = new Set<number>();
  const start = Math.min(...readings.map((r) => r.labelEnd));
  for (const reading of readings) {
    cuts.add(reading.labelEnd);
    for (const cell of reading.cells) [cell.start, cell.end].forEach((at) => cuts.add(at));
    for (const mark of reading.marks) [mark.start, mark.end].forEach((at) => cuts.add(at));
  }
  const sorted = [...cuts].filter((at) => at >= start).sort((a, b) => a - b);
  const pieces: RawCell[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const text = line.text.slice(sorted[i], sorted[i + 1] ?? line.text.length).trim();
    if (text === "") continue;
    const last = pieces[pieces.length - 1];
    if (parseAmount(text) === null && last) last.text += text;
    else pieces.push({ text, line: line.source.number });
  }
  return { labelEnd: start, cells: pieces };
}
