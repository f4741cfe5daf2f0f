// Column headings → roles. Begin and end balances are the outer columns; between them, a column
// is a deduction when its heading says so, whatever the wording, and an addition otherwise.
import type { ColumnRole } from "../types";

/** Headings that name a deduction outright. */
const DEDUCTION =
  /deduct|write[\s-]*offs?|written[\s-]*off|charged[\s-]*off|charge[\s-]*offs?|\busage\b|\butiliz|\bcredited\b|\bpayments?\b|\breductions?\b|amounts?\s+used|\bused\b|\bdisposals?\b|\bretirements?\b|\breversals?\b/i;
/** "Charged (credited) to income", "Charged/(credited) to expense": a signed charge, an addition. */
const SIGNED_CHARGE = /\bcharged\s*\/?\s*\(\s*credited\s*\)|\bcharged\s*\/\s*credited\b/i;

/** Whether a heading names a deduction outright (a signed charge does not). */
function namesDeduction(text: string): boolean {
  return DEDUCTION.test(text.replace(SIGNED_CHARGE, "charged"));
}

/** "Additions (Deductions)", "Additions/(Deductions)": a signed column, a deduction only if nothing else is. */
const SIGNED_ACTIVITY = /^additions?\s*\/?\s*\(?\s*deductions?\)?/i;
/** A heading that says only "Other": it belongs with the column group just before it. */
const GENERIC =
  /^(?:other|others|other,?\s+net|other\s+changes|other\s+adjustments|adjustments)(?:\s*\(?describe\)?)?$/i;

function clean(heading: string): string {
  return heading.replace(/\s+/g, " ").trim();
}

/** The heading of a column without the group heading above it ("Additions Other" → "Other"). */
function ownHeading(heading: string): string {
  return clean(heading).replace(/^(?:additions|deductions)\s+(?=\S)/i, "");
}

/**
 * Roles of the columns between the begin and end balances, from their headings (which may
 * include a group heading above them, e.g. "Deductions Other Changes").
 */
export function middleRoles(headings: string[]): ColumnRole[] {
  const texts = headings.map(clean);
  const known = texts.some((text) => text !== "");
  if (!known) {
    // No headings to go by: the usual order is additions first, deductions last.
    return texts.map((_, index) =>
      texts.length >= 2 && index === texts.length - 1 ? "deduction" : "addition",
    );
  }
  const strong = texts.map(
    (text) => namesDeduction(text) && !SIGNED_ACTIVITY.test(ownHeading(text)) && !SIGNED_ACTIVITY.test(text),
  );
  const signed = texts.map((text) => SIGNED_ACTIVITY.test(ownHeading(text)) || SIGNED_ACTIVITY.test(text));
  const anyStrong = strong.some(Boolean);
  const roles: ColumnRole[] = [];
  texts.forEach((text, index) => {
    if (strong[index]) roles.push("deduction");
    else if (signed[index] && !anyStrong && index === signed.lastIndexOf(true)) roles.push("deduction");
    else if (GENERIC.test(ownHeading(text)) && index > 0 && roles[index - 1] === "deduction")
      roles.push("deduction");
    else roles.push("addition");
  });
  // No heading names a deduction: the last middle column is one when its heading is not an
  // addition's ("Changes to reserve, net" after "Charged to expense").
  const last = texts.length - 1;
  if (texts.length >= 2 && !roles.includes("deduction") && texts[last] !== "" && !ADDITION.test(texts[last]))
    roles[last] = "deduction";
  return roles;
}

/** Headings of columns that add to the balance. */
const ADDITION =
  /charged|charges?\s+to|additions?|provisions?|acquisitions?|acquired|expense|other\s+accounts|translation|currency|foreign|reclass|transfers?|other\b|adjustments?|increases?|revenues?|purchases?|\bearnings\b/i;

/** The label column's own heading, first on a header's bottom line. */
const LABEL_HEADING = /^(?:description|classification|col(?:umn)?\.?\s*a\.?)$/i;

const SPANNER = /^(?:additions?|deductions?)(?:\s*\(\w\))?:?$/i;

/**
 * Headings fitted to `count` value columns: as read; without a leading label heading; or without
 * group headings printed over several columns ("Additions" over two "Charged to …", "Deductions"
 * over the next two: the columns under "Deductions" are deductions). Null when none fits.
 */
export function fitHeadings(names: string[], count: number): string[] | null {
  const candidates: string[][] = [];
  const add = (headings: string[] | null): void => {
    if (headings && headings.length === count) candidates.push(headings);
  };
  add(names);
  if (names.length === count + 1) add(names.slice(1));
  const own = names.filter((name) => !SPANNER.test(name));
  if (own.length !== names.length) {
    const spanned = (fitted: string[]): string[] => withSpanners(fitted, names);
    if (own.length === count) add(spanned(own));
    if (own.length === count + 1) add(spanned(own.slice(1)));
    add(fold(own, count));
  }
  add(fold(names, count));
  // The reading whose outer headings name the balances; else the first that fits at all.
  return candidates.find((c) => OPENING.test(c[0]) && CLOSING.test(c[c.length - 1])) ?? candidates[0] ?? null;
}

const OPENING = /\b(?:begin|beginning|opening)\b|\bstart\s+of\b/i;
const CLOSING = /\b(?:end|ending|closing)\b|\bclose\s+of\b/i;

/** Columns under "Deductions" when both group headings stand over halves of the middle columns. */
function withSpanners(fitted: string[], names: string[]): string[] {
  const middle = fitted.length - 2;
  const deductions = names.some((name) => /^deduct/i.test(name));
  const additions = names.some((name) => /^addition/i.test(name));
  if (!(deductions && additions && middle >= 2 && middle % 2 === 0)) return fitted;
  return fitted.map((name, index) => (index > middle / 2 && index <= middle ? `Deductions ${name}` : name));
}

/**
 * A header printed line by line across the columns ("Balance at | Additions | Changes to | Balance at",
 * then "beginning | charged to | reserve, net | end of year", then "of year"): every `count`-th
 * piece belongs to the same column. Null when the pieces are fewer than two lines.
 */
function fold(names: string[], count: number): string[] | null {
  if (count < 2 || names.length < count * 2) return null;
  const columns: string[][] = Array.from({ length: count }, () => []);
  names.forEach((name, index) => columns[index % count].push(name));
  return columns.map((parts) => parts.join(" "));
}

/** Roles of every value column: begin, the middle ones, end. */
export function columnRoles(headings: string[]): ColumnRole[] {
  if (headings.length < 2) return headings.map(() => "end");
  return ["begin", ...middleRoles(headings.slice(1, -1)), "end"];
}

/**
 * Roles when the headings cannot be told apart column by column (a flattened header): a column
 * count and the header text as a whole. Deductions, if the header names any, are the last middle column.
 */
export function rolesFromHeaderText(count: number, headerText: string, pieces: string[] = []): ColumnRole[] {
  if (count < 2) return Array.from({ length: count }, () => "end" as ColumnRole);
  const middle = count - 2;
  const hasDeduction = namesDeduction(headerText);
  // A header stacked over lines ends on its bottom line, the label column's heading then one
  // piece per column ("Description" / "of Period" / "and other" / "Reversal" / "Adjustments" /
  // "Period"): one piece there naming a deduction says which column it is.
  const label = pieces.length - count - 1;
  const opensBottom = pieces.length > count && LABEL_HEADING.test(pieces[label].trim());
  const bottom = opensBottom ? pieces.slice(-count).slice(1, -1) : [];
  const named = bottom.flatMap((piece, index) => (namesDeduction(piece) ? [index] : []));
  const above = pieces.slice(0, Math.max(label, 0)).filter((piece) => !UNITS_PIECE.test(piece.trim()));
  const stacked = opensBottom ? stackedMiddle(above, pieces.slice(-count)) : null;
  const deduction = named.length === 1 ? named[0] : (stacked ?? middle - 1);
  const roles: ColumnRole[] = ["begin"];
  for (let index = 0; index < middle; index++) {
    roles.push(hasDeduction && index === deduction ? "deduction" : "addition");
  }
  roles.push("end");
  return roles;
}

/** A units caption among a header's pieces: it heads no column. */
const UNITS_PIECE = /^\(?(?:[a-z]+\s+){0,3}in\s+(?:thousands|millions|billions)\b[^)]*\)?$/i;

/**
 * A stacked header's lines just above its bottom line, when they run across every column
 * ("at | Charged | Acquired | Deductions | Adjustment | Balance" / "beginning | (credited) | … | from
 * | During | at end of"): the one middle column whose heading, joined over those lines, names a
 * deduction. The lines are taken as full only when the outer headings then name the opening and
 * closing balances and no heading opens in lower case but the first column's and those the partial
 * line above can open (fewer pieces than columns; one for each heading opening in lower case,
 * group headings aside). Units captions are no pieces. Null when no such reading names
 * exactly one deduction.
 */
function stackedMiddle(above: string[], bottom: string[]): number | null {
  const count = bottom.length;
  let found: number | null = null;
  for (let lines = 1; lines * count <= above.length && lines <= 3; lines++) {
    const full = above.slice(above.length - lines * count);
    const headings = bottom.map((piece, column) =>
      [...full.filter((_, index) => index % count === column), piece].join(" "),
    );
    if (!OPENING.test(headings[0]) || !CLOSING.test(headings[count - 1])) continue;
    // A heading opening in lower case continues a piece on the partial line above the full ones
    // ("Translation" over "adjustment"): as many pieces must stand there, beside group headings.
    const lower = headings.slice(1).filter((heading) => /^[a-z]/.test(heading)).length;
    const partial = above.slice(0, above.length - full.length);
    const openers = partial.filter((piece) => !SPANNER.test(piece.trim())).length;
    const needed = lower + (/^[a-z]/.test(headings[0]) ? 1 : 0);
    if (lower > 0 && (partial.length >= count || openers < needed)) continue;
    const named = headings.slice(1, -1).flatMap((heading, index) => (namesDeduction(heading) ? [index] : []));
    if (named.length === 1) found = named[0];
    else if (named.length > 1) return null;
  }
  return found;
}
