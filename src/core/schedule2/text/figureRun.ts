// The figures at the end of a line whose cells a render printed with one space, several, or none
// between them: "net (a)$24,966 $180,764 $— $(180,755)$24,975", "(b)239,959 (26,270)— (6,946)206,743".
// A figure ends where something that cannot continue it starts: a "$", a "(", a dash placeholder, or
// a digit after a complete ",ddd" group. Some runs split more than one way ("3,638(2)" is 3,638 with
// a footnote mark or 3,638 and −2; "$(2)" is minus two or an empty "$" cell with a mark): every
// reading the grammar allows is returned with a cost (how much it departs from the usual print), for
// the caller to choose with the column count and the roll-forward.

/** One cell of a reading: a figure, or an empty cell printed as a bare "$". */
export interface RunCell {
  /** The cell as printed, without the footnote mark that may follow it. */
  text: string;
  /** Character offsets of the cell in the line (end exclusive). */
  start: number;
  end: number;
}

export interface RunReading {
  /** Where the label ends and the run begins (the label is `line.slice(0, labelEnd)`). */
  labelEnd: number;
  cells: RunCell[];
  /** Footnote marks read as marks, with their offsets (they are not cells). */
  marks: { start: number; end: number }[];
  /** 0 for the usual print; each less usual choice adds one or two. */
  cost: number;
}

const SPACE = /\s/;
const DIGIT = /\d/;
const DASH = /^[-\u2010-\u2015\u2212]{1,3}/;
const MINUS = /^[-\u2212]/;
/** A grouped magnitude with at least one ",ddd" group, the groups taken one at a time below. */
const LEAD = /^\d{1,3}/;
const GROUP = /^,\d{3}/;
const PLAIN = /^\d+(?:\.\d+)?|^\.\d+/;
const FRACTION = /^\.\d+/;
const DIGIT_MARK = /^\((\d{1,2})\)/;
const OTHER_MARK = /^(?:\((?:[A-Za-z]|[ivxIVX]{2,4})\)|\[\d{1,2}\]|[*†‡§]+)/;
/** Bound on readings per line: a line that splits more ways than this is not a row of figures. */
const MAX_READINGS = 64;

interface Piece {
  text: string;
  end: number;
  cost: number;
}

/** The magnitudes that may start at `at`: each complete ",ddd" group count, or all the plain digits. */
function magnitudes(line: string, at: number): { end: number; grouped: boolean }[] {
  const rest = line.slice(at);
  const out: { end: number; grouped: boolean }[] = [];
  const lead = LEAD.exec(rest);
  if (lead) {
    let end = at + lead[0].length;
    for (let group = GROUP.exec(line.slice(end)); group; group = GROUP.exec(line.slice(end))) {
      end += group[0].length;
      const fraction = FRACTION.exec(line.slice(end));
      out.push({ end: end + (fraction ? fraction[0].length : 0), grouped: !fraction });
    }
  }
  const plain = PLAIN.exec(rest);
  if (plain) out.push({ end: at + plain[0].length, grouped: false });
  return out;
}

/** What may follow a figure directly: a space, the end, a "$", "(", a dash or a mark. */
function endsFigure(line: string, at: number, grouped: boolean): boolean {
  const next = line[at];
  if (next === undefined || SPACE.test(next) || next === "$" || next === "(" || next === "[") return true;
  if (DASH.test(next) || /[*†‡§]/.test(next)) return true;
  // "1,234567": a digit after a complete group starts the next figure.
  return grouped && DIGIT.test(next);
}

/** The figures (and the bare "$" of an empty cell) that may start at `at`, each with its cost. */
function figuresAt(line: string, at: number): Piece[] {
  const pieces: Piece[] = [];
  let p = at;
  const dollar = line[p] === "$";
  if (dollar) {
    p++;
    let spaces = 0;
    while (line[p] === " ") {
      p++;
      spaces++;
    }
    // A bare "$": an empty cell. Usual when nothing that reads as a figure follows.
    const next = line[p];
    const figureFollows =
      next !== undefined && (DIGIT.test(next) || next === "(" || next === "." || DASH.test(next));
    // "$ 1,551" is one figure; "$   2,682" may be an empty "$" cell and a figure, as the count says.
    pieces.push({ text: "$", end: at + 1, cost: !figureFollows ? 0 : spaces <= 1 ? spaces + 1 : 1 });
    if (spaces > 1) {
      for (const piece of bodiesAt(line, p))
        pieces.push({ ...piece, text: line.slice(at, piece.end), cost: piece.cost + 1 });
      return pieces;
    }
  }
  const body = bodiesAt(line, p);
  for (const piece of body) pieces.push({ ...piece, text: line.slice(at, piece.end) });
  return pieces;
}

/** A figure's body at `at`: "(1,234)", "(1,234", "-5", "1,234", "—". */
function bodiesAt(line: string, at: number): Piece[] {
  const pieces: Piece[] = [];
  const ch = line[at];
  if (ch === undefined) return pieces;
  if (ch === "(") {
    let p = at + 1;
    while (line[p] === " ") p++;
    if (line[p] === "$") p++;
    for (const { end } of magnitudes(line, p)) {
      let q = end;
      while (line[q] === " ") q++;
      if (line[q] === ")") pieces.push({ text: "", end: q + 1, cost: 0 });
      else if (line[q] === undefined) pieces.push({ text: "", end, cost: 1 }); // "(1,234" split from its ")"
    }
    return pieces;
  }
  if (MINUS.test(ch) && DIGIT.test(line[at + 1] ?? "")) {
    for (const { end, grouped } of magnitudes(line, at + 1)) {
      if (endsFigure(line, end, grouped)) pieces.push({ text: "", end, cost: 0 });
    }
    return pieces;
  }
  const dash = DASH.exec(line.slice(at));
  if (dash) {
    pieces.push({ text: "", end: at + dash[0].length, cost: 0 });
    return pieces;
  }
  for (const { end, grouped } of magnitudes(line, at)) {
    if (endsFigure(line, end, grouped)) pieces.push({ text: "", end, cost: 0 });
  }
  return pieces;
}

interface State {
  cells: RunCell[];
  marks: { start: number; end: number }[];
  cost: number;
}

/** The longest run of figures read as one row, in characters (a wide row of 12 columns is ~200). */
const MAX_RUN = 400;

/** Bound on the steps spent on one line, so a line that branches often and fails late stays cheap. */
const MAX_STEPS = 4000;

/** Every reading of `line` from `at` to its end as cells and marks, appended to `out`. */
function readRun(
  line: string,
  at: number,
  state: State,
  labelEnd: number,
  out: RunReading[],
  budget: { steps: number },
  knownMarks: ReadonlySet<string>,
): void {
  if (out.length >= MAX_READINGS || ++budget.steps > MAX_STEPS) return;
  let p = at;
  while (p < line.length && SPACE.test(line[p])) p++;
  const spaced = p > at;
  if (p >= line.length) {
    if (state.cells.length > 0)
      out.push({ labelEnd, cells: state.cells, marks: state.marks, cost: state.cost });
    return;
  }
  const previous = state.cells[state.cells.length - 1];
  const afterMark = state.marks.length > 0 && state.marks[state.marks.length - 1].end === at;
  // A footnote mark after a cell: "(246)(1)", "477(1)", "$4.4(b)", "$(2)" after an empty "$".
  if (previous && (previous.end === at || afterMark || spaced)) {
    const rest = line.slice(p);
    const digitMark = DIGIT_MARK.exec(rest);
    const otherMark = OTHER_MARK.exec(rest);
    const mark = otherMark ?? digitMark;
    // A digit in parentheses glued to a figure is usually its mark; after a space, or after an
    // empty "$", usually a figure of its own, and a mark only where the text has that footnote
    // ("(2) The valuation allowance …"): "$(1)" is minus one where no note (1) exists.
    const cost = otherMark ? 0 : spaced ? 2 : previous.text === "$" ? 1 : 0;
    if (mark && (otherMark !== null || cost === 0 || knownMarks.has(mark[0]))) {
      readRun(
        line,
        p + mark[0].length,
        { ...state, marks: [...state.marks, { start: p, end: p + mark[0].length }], cost: state.cost + cost },
        labelEnd,
        out,
        budget,
        knownMarks,
      );
      if (otherMark) return;
    }
  }
  // Glued to the cell before: only where the grammar says a new figure starts.
  if (previous && !spaced && !afterMark && !startsGlued(line, previous, p)) return;
  for (const piece of figuresAt(line, p)) {
    // A digit, or a digit mark's shape, glued to the figure before is a less usual print.
    const glued =
      previous !== undefined && !spaced && !afterMark && (DIGIT.test(line[p]) || DIGIT_MARK.test(piece.text));
    readRun(
      line,
      piece.end,
      {
        cells: [...state.cells, { text: piece.text, start: p, end: piece.end }],
        marks: state.marks,
        cost: state.cost + piece.cost + (glued ? 1 : 0),
      },
      labelEnd,
      out,
      budget,
      knownMarks,
    );
  }
}

/** Whether a figure may start at `at` with no space after `previous`. */
function startsGlued(line: string, previous: RunCell, at: number): boolean {
  const ch = line[at];
  // "$24,966" is one figure: a bare "$" takes nothing glued after it but a mark ("$(2)").
  if (previous.text === "$") return false;
  if (ch === "$" || ch === "(" || DASH.test(ch)) return true;
  if (!DIGIT.test(ch)) return false;
  // After ")" or a dash placeholder any figure may start; after digits only past a complete group.
  return /[)\u2010-\u2015]$/.test(previous.text) || /,\d{3}$/.test(previous.text);
}

/** Where a run of figures may begin: after a space, at a "$", or a digit or "(" glued to a word's end. */
function isRunStart(line: string, at: number): boolean {
  if (at === 0) return true;
  const ch = line[at];
  const before = line[at - 1];
  if (!(ch === "$" || ch === "(" || DIGIT.test(ch) || DASH.test(ch) || ch === ".")) return false;
  return SPACE.test(before) || ch === "$" || before === ")" || (ch === "(" && /[A-Za-z]/.test(before));
}

/**
 * Every reading of the figures that end `line`: the label before them and the cells of the run.
 * The run is the longest one the grammar can read; when it opens with a digit mark or a year right
 * after the words ("Allowance (1) $4,471 …"), the reading that leaves those in the label is offered
 * too. Empty when the line does not end in figures.
 */
export function runReadings(line: string, knownMarks: ReadonlySet<string> = new Set()): RunReading[] {
  const text = line.trimEnd(); // not /\s+$/: V8 backtracks quadratically on a long blank run before a letter
  if (!/[\d$\u2010-\u2015-]/.test(text)) return []; // a row of dashes alone is a row of zeros
  // The run holds no word: it starts after the last letter that is not in a footnote mark.
  const unmarked = text.replace(/\((?:[A-Za-z]|[ivxIVX]{2,4})\)|\[\d{1,2}\]/g, (mark) =>
    " ".repeat(mark.length),
  );
  const lastLetter = unmarked.search(/[A-Za-z][^A-Za-z]*$/);
  // A row's figures fit on a line: a longer run (a page flattened onto one line) is no row.
  if (text.length - lastLetter > MAX_RUN) return [];
  for (let at = lastLetter + 1; at < text.length; at++) {
    if (!isRunStart(text, at)) continue;
    const out: RunReading[] = [];
    const budget = { steps: 0 };
    readRun(text, at, { cells: [], marks: [], cost: 0 }, at, out, budget, knownMarks);
    if (budget.steps > MAX_STEPS) return [];
    if (out.length === 0) continue;
    const label = text.slice(0, at);
    const first = text.slice(at).match(/^\S+/)?.[0] ?? "";
    const yearLabel = label.trim() === "" && /^(?:19|20)\d\d$/.test(first); // "2005 $5.6 4.6 (3.6) $6.6"
    if ((/[A-Za-z]/.test(label) && /^(?:\(\d{1,2}\)|\d{1,4})$/.test(first)) || yearLabel) {
      // The label's own mark or year is a figure only if the column count says so; a plain number
      // ("Plan 2") is more likely a figure, but may be the label's too.
      const labelsOwn = /^(?:\(\d{1,2}\)|(?:19|20)\d\d)$/.test(first);
      if (labelsOwn) for (const reading of out) reading.cost += 1;
      const next = at + first.length;
      const alternatives: RunReading[] = [];
      for (let from = next; from < text.length; from++) {
        if (SPACE.test(text[from])) continue;
        readRun(text, from, { cells: [], marks: [], cost: 0 }, from, alternatives, { steps: 0 }, knownMarks);
        break;
      }
      if (!labelsOwn) for (const reading of alternatives) reading.cost += 1;
      out.push(...alternatives);
    }
    return out.sort((a, b) => a.cost - b.cost);
  }
  return [];
}
