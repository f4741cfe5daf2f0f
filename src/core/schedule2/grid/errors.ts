// The one error a reader of workbooks and CSV throws for input it will not read: too large, a zip
// bomb, an unclosed quote, not a workbook at all. Its message says what is wrong and what to do;
// the CLI prints it with exit code 2, the pane shows it as it is.

export class UnreadableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableInputError";
  }
}

/** What any reader takes at most: far more than a Schedule II (a few hundred rows) ever holds. */
export const INPUT_LIMITS = {
  rows: 200_000,
  cells: 2_000_000,
  /** Bytes of an .xlsx file, and of its parts once unzipped. */
  xlsxBytes: 100 * 1024 * 1024,
  unzippedBytes: 512 * 1024 * 1024,
} as const;

/** The error for an input past INPUT_LIMITS, e.g. `tooLarge("data.csv", "1,000,000 rows")`. */
export function tooLarge(what: string, size: string): UnreadableInputError {
  return new UnreadableInputError(
    `${what} has ${size}; Tieout reads at most ${INPUT_LIMITS.rows.toLocaleString("en-US")} rows and ` +
      `${INPUT_LIMITS.cells.toLocaleString("en-US")} cells (a Schedule II has a few hundred): ` +
      "save the schedule's own rows to a smaller file and check that.",
  );
}
