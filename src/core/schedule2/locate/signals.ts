// What marks a Schedule II: its title, the words of its column headers, rows of figures.

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
const WEAK_TITLE = new RegExp(String.raw`valuation${GAP}accounts(?![a-z])`, "gi");

/** Every title mention between `from` and `to`, in document order. */
export function findTitles(doc: string, from: number, to: number): TitleMention[] {
  const found: TitleMention[] = [];
  for (const [pattern, strong] of [[STRONG_TITLE, true], [WEAK_TITLE, false]] as const) {
    const search = new RegExp(pattern.source, "gi");
    search.lastIndex = from;
    for (let m = search.exec(doc); m && m.index < to; m = search.exec(doc)) found.push({ index: m.index, strong });
  }
  return found.sort((a, b) => a.index - b.index);
}

const BEGIN = /begin|opening|start of (?:the )?(?:period|year)/;
const END = /end of|at end|ending|closing|close of/;
const ACTIVITY = /addition|deduction|charge|write-?off|provision|recover/;

// Without a title, only Schedule II's own column words count: notes roll-forwards say "provision".
const SCHEDULE_ACTIVITY = /addition|deduction|charged to|charges to/;

/** The column-header words of a roll-forward: a begin balance, an end balance and some activity. */
export function hasRollForwardHeaders(lowerText: string, untitled = false): boolean {
  return BEGIN.test(lowerText) && END.test(lowerText) && (untitled ? SCHEDULE_ACTIVITY : ACTIVITY).test(lowerText);
}

export { FIGURES_PER_ROW, firstFigureRow, isFigure } from "../html/figures";
