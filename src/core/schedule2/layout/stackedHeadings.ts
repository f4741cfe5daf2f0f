// Column headings printed over several lines whose empty cells vanished in the render: only the
// pieces remain, in reading order ("Allowance", "for", "Reserve for", "Allowance", "Doubtful", …).
// Headings in filings sit on the bottom line (a short heading starts lower than a tall one), so
// every line holds the columns of the line above plus some new ones, in column order, and the last
// line holds every column. Of the ways the pieces fit that shape, the one with the fewest lines
// wins (lines are as full as the pieces allow); a piece in lower case ("for", "on Net") continues
// a heading begun above it and never starts one; a heading that repeats its own noun is unlikely.

/** How many line-by-column readings are tried at most before giving up (keeps the search bounded). */
const MAX_READINGS = 20000;
/** More pieces than this are prose, not a header. */
const MAX_PIECES = 40;

interface Reading {
  headings: string[][];
  lines: number;
  repeats: number;
}

function startsLowerCase(piece: string): boolean {
  return /^[a-z]/.test(piece.trim());
}

/** Words a heading holds twice ("Allowances … Allowances"): a sign the pieces were mis-assigned. */
function repeatedWords(heading: string[]): number {
  const words = heading
    .join(" ")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4);
  return words.length - new Set(words).size;
}

/** Every way to choose `count` new columns from those not yet in `taken`, in column order. */
function additions(columns: number, taken: Set<number>, count: number): number[][] {
  const free = Array.from({ length: columns }, (_, i) => i).filter((i) => !taken.has(i));
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]): void => {
    if (chosen.length === count) {
      out.push(chosen);
      return;
    }
    for (let i = from; i < free.length; i++) pick(i + 1, [...chosen, free[i]]);
  };
  pick(0, []);
  return out;
}

/**
 * The headings of `columns` value columns from the pieces of a stacked header, or null when the
 * pieces cannot be fitted (fewer pieces than columns, or no arrangement keeps the shape).
 */
export function unstackHeadings(pieces: readonly string[], columns: number): string[] | null {
  if (columns < 1 || pieces.length < columns || pieces.length > MAX_PIECES) return null;
  if (pieces.length === columns) return [...pieces];
  let best: Reading | null = null;
  let tried = 0;
  const better = (a: Reading, b: Reading | null): boolean =>
    b === null || a.lines < b.lines || (a.lines === b.lines && a.repeats < b.repeats);

  const search = (at: number, taken: Set<number>, headings: string[][], lines: number): void => {
    if (++tried > MAX_READINGS) return;
    if (at === pieces.length) {
      if (taken.size !== columns) return;
      const reading = { headings, lines, repeats: headings.reduce((n, h) => n + repeatedWords(h), 0) };
      if (better(reading, best)) best = reading;
      return;
    }
    const left = pieces.length - at;
    // A line holds the columns already begun plus `fresh` new ones; the last line holds them all.
    for (let fresh = 0; taken.size + fresh <= columns; fresh++) {
      const size = taken.size + fresh;
      if (size === 0 || size > left) continue;
      if (size === left && size !== columns) continue;
      for (const added of additions(columns, taken, fresh)) {
        const line = [...taken, ...added].sort((a, b) => a - b);
        const slice = pieces.slice(at, at + size);
        // A lower-case piece continues a heading above it; it cannot open a column.
        if (slice.some((piece, i) => startsLowerCase(piece) && !taken.has(line[i]))) continue;
        const next = headings.map((h) => [...h]);
        line.forEach((column, i) => next[column].push(slice[i]));
        search(at + size, new Set(line), next, lines + 1);
      }
    }
  };
  search(
    0,
    new Set(),
    Array.from({ length: columns }, () => []),
    0,
  );
  if (tried > MAX_READINGS) return null; // not searched to the end: no guess
  const found = best as Reading | null;
  return found ? found.headings.map((parts) => parts.join(" ")) : null;
}
