// What makes a table a roll-forward rather than any table of figures: its headings (or, printed
// with the periods across, its row labels) name an opening and a closing balance, with activity
// between them. Figures alone prove nothing: a grant list (date serial, shares) would "roll
// forward" with huge breaks, so a table whose words do not say where its balances are is no schedule.

const BEGIN_WORDS = /\b(?:begin|beginning|opening)\b|\bstart\s+of\b/i;
const END_WORDS = /\b(?:end|ending|closing)\b|\bclose\s+of\b/i;
// "Start date", "End date", "Beginning date": dates of a list, never a balance.
const DATE_WORD = /\bdates?\b/i;
// "Balance" / "Balance at January 1" … "Balance at December 31": balances named by position.
const BALANCE_WORD = /^\s*balances?\b/i;
const ACTIVITY_WORDS =
  /\b(?:additions?|deductions?|charged|charges?|credited|write-?offs?|written|provisions?|recover(?:ed|ies|y)|reversals?|acquisitions?|translation|currency)\b/i;

/** "Balance at beginning of period", "Beginning balance", "Opening", "COL. B … beginning of year". */
export function namesBeginBalance(text: string): boolean {
  return BEGIN_WORDS.test(text) && !DATE_WORD.test(text);
}

/** "Balance at end of period", "Ending balance", "Closing", "Balance at year-end". */
export function namesEndBalance(text: string): boolean {
  return END_WORDS.test(text) && !DATE_WORD.test(text);
}

/** A balance named only by where it stands: "Balance", "Balance at December 31". */
function isPositionalBalance(heading: string): boolean {
  return BALANCE_WORD.test(heading) && !DATE_WORD.test(heading);
}

/**
 * Whether the value columns' headings identify a roll-forward: the first names the opening
 * balance, the last the closing balance, with at least one activity column between. Headings that
 * say only "Balance" at both ends count when a column between them names activity (additions,
 * deductions, charged to, write-offs…): that is a roll-forward by its own words. When the
 * headings could not be told apart column by column (text flattened onto one line), the header
 * text as a whole must name both balances.
 */
export function headingsNameBalances(headings: readonly string[], headerText: string): boolean {
  if (headings.length < 3) return false;
  if (headings.every((heading) => heading === ""))
    return BEGIN_WORDS.test(headerText) && END_WORDS.test(headerText);
  const first = headings[0];
  const last = headings[headings.length - 1];
  if (namesBeginBalance(first) && namesEndBalance(last)) return true;
  return (
    isPositionalBalance(first) &&
    isPositionalBalance(last) &&
    headings.slice(1, -1).some((heading) => ACTIVITY_WORDS.test(heading))
  );
}
