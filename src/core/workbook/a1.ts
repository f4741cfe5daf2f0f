// A1 references for the formulas the sheet plans build.

/** 0-based column index to its letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column to a relative reference: (0, 0) → A1. */
export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 0-based row and column to an absolute reference: (1, 1) → $B$2. */
export function absoluteRef(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}
