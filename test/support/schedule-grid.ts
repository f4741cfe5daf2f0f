// The header row of a plain four-figure Schedule II grid (begin, charged, deductions, end), as a
// sheet of cells: the first column holds the account.
export const FOUR_FIGURE_HEADER = [
  "",
  "Balance at beginning of period",
  "Charged to expense",
  "Deductions",
  "Balance at end of period",
];
