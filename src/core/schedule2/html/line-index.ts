// Offset → 1-based line number over a whole document, so findings point at the source line.

export class LineIndex {
  private readonly newlines: number[] = [];

  constructor(
    text: string,
    private readonly firstLine = 1,
  ) {
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) this.newlines.push(at);
  }

  /** The 1-based line (counted from `firstLine`) holding the character at `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.newlines[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return this.firstLine + low;
  }

  /** The 1-based character column of `offset` within its line. */
  columnAt(offset: number): number {
    return offset - this.lineStart(offset) + 1;
  }

  /** Offset of the first character of the line holding `offset`. */
  lineStart(offset: number): number {
    const index = this.lineAt(offset) - this.firstLine;
    return index === 0 ? 0 : this.newlines[index - 1] + 1;
  }

  /** Offset just past the end of the line holding `offset` (its newline included), or `length`. */
  lineEnd(offset: number, length: number): number {
    const index = this.lineAt(offset) - this.firstLine;
    return index < this.newlines.length ? this.newlines[index] + 1 : length;
  }
}
