// Account names as printed vary between years ("–Current (1)" vs "- current"): compare them by a key.

const FOOTNOTE_MARK = /\(\s*[a-z0-9]{1,2}\s*\)|[*†‡§]/gi;
const DASHES = /[-‐‑‒–—―−]/g;

/** Case, spacing, dashes, footnote marks and a trailing colon do not make a different account. */
export function accountKey(account: string): string {
  return account
    .replace(FOOTNOTE_MARK, " ")
    .replace(DASHES, " ")
    .replace(/:\s*$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
