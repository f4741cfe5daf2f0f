// Excel's rules for worksheet names: at most 31 characters, none of \ / ? * [ ] :, no leading or
// trailing apostrophe, unique ignoring case, and "History" is reserved.
const MAX_LENGTH = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

function cleanSheetName(preferred: string): string {
  const cleaned = preferred
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX_LENGTH).trim();
}

/** The preferred name made valid, with " (2)", " (3)"… added when it is taken. */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  taken.add("history");
  const base = cleanSheetName(preferred);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
