// Is this table a Schedule II? One pure judgement over the words a reader sees around a table (its
// title, the lines before it, its column headings), shared by the filing locator and the workbook's
// sheet selection. A table is a Schedule II when its title or lead-in says valuation and qualifying
// accounts (or an equivalent name), or, untitled, when its headings are those of Rule 12-09. Other
// roll-forwards (cash flows, equity, goodwill, property, stock awards, restructuring) are not; nor is
// the pre-1995 Schedule II (amounts receivable from related parties), which is recognised and named.

export type ScheduleKind =
  /** Valuation and qualifying accounts (Rule 12-09; Schedule VIII before 1995; Schedule V in some 20-Fs). */
  | "valuation-accounts"
  /** The pre-1995 Schedule II: amounts receivable from related parties, underwriters, promoters and employees. */
  | "related-party-receivables"
  /** Another statement or roll-forward: cash flows, equity, goodwill, property (Schedules V/VI), stock awards, restructuring. */
  | "other"
  /** Nothing around the table says what it is. */
  | "unknown";

export interface TableText {
  /** The table's own title when the source has one: a sheet name, an XBRL report name, a caption. */
  title?: string;
  /** The text just before the table, a line per heading or paragraph (nearest last). */
  context?: string;
  /** The column headings (the rows above the first row of figures), as one string. */
  headers?: string;
}

export interface Classification {
  kind: ScheduleKind;
  /** What decided: a heading line (the title, or a line of the lead-in), the column headings, or nothing. */
  by: "title" | "headers" | "none";
  /** The words that decided, as found (lower case), for a note to the user. */
  evidence: string;
}

/** A note for a table that is called Schedule II but is not a valuation-accounts schedule. */
export const RELATED_PARTY_NOTE =
  "This is the pre-1995 Schedule II (amounts receivable from related parties and underwriters, promoters and employees), not a schedule of valuation and qualifying accounts: it was not checked.";

/** Lower case, one space, dashes and quotes as plain characters. */
function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

const VALUATION_NAMES = new RegExp(
  [
    String.raw`valuation and qualifying`,
    String.raw`qualifying accounts`,
    String.raw`\b12-09\b`,
    String.raw`valuation (?:and allowance )?accounts\b`,
    String.raw`valuation allowances? and (?:qualifying )?reserves`,
    String.raw`\ballowances and reserves\b`,
    String.raw`\breserves and allowances\b`,
    String.raw`valuation reserves\b`,
  ].join("|"),
);

const RELATED_PARTY_NAMES =
  /receivables? from related part|related parties,? (?:and )?underwriters|underwriters,? promoters|promoters,? and employees/;

/** Titles of statements and notes that roll forward but are not Schedule II. */
const OTHER_NAMES = new RegExp(
  [
    String.raw`cash flows?\b`,
    String.raw`statements? of cash\b`,
    String.raw`(?:stockholders|shareholders|owners|members|partners)'? ?(?:equity|deficit|capital|investment)`,
    String.raw`changes in (?:equity|net assets|capital)`,
    String.raw`retained earnings`,
    String.raw`comprehensive (?:income|loss)`,
    String.raw`\bgoodwill\b`,
    String.raw`intangible assets`,
    String.raw`property,? plant`,
    String.raw`plant and equipment`,
    String.raw`accumulated depreciation`,
    String.raw`\bdepletion\b`,
    String.raw`real estate`,
    String.raw`mortgage loans`,
    String.raw`short-term borrowings`,
    String.raw`stock options?\b`,
    String.raw`option activity`,
    String.raw`options outstanding`,
    String.raw`restricted stock`,
    String.raw`(?:share|stock|equity)[- ]based`,
    String.raw`stock compensation`,
    String.raw`equity awards?`,
    String.raw`\bwarrants?\b`,
    String.raw`performance (?:shares|units|awards)`,
    String.raw`\brsus?\b`,
    String.raw`restructuring`,
    String.raw`severance`,
    String.raw`exit (?:costs|activities)`,
    String.raw`unrecognized tax benefits`,
    String.raw`asset retirement obligations?`,
  ].join("|"),
);

/** A schedule number printed as a title: Schedule II (or 2), V, VIII (or 8); Schedule IX names several things. */
const SCHEDULE_NUMBER = /\bschedule\s*(ii|v|viii|2|5|8)(?![a-z0-9])/;

const BEGIN =
  /balance,? (?:at |as of )?(?:the )?(?:beginning|start|opening)|beginning (?:of|balance)|opening balance|balance (?:at )?(?:january|jan\.)|\bbeginning\b/;
const END =
  /balance,? (?:at |as of )?(?:the )?(?:end|close|closing)|end of (?:the )?(?:period|year)|ending balance|closing balance|balance at (?:december|dec\.)|\bat end\b|\bending\b/;
const RULE_12_09_ACTIVITY =
  /charged (?:\(credited\) )?to (?:costs?|expenses?|income|operations|earnings|other accounts|revenues?)|charges? to (?:costs?|expenses?|income|operations|earnings|other)|\bdeductions?\b/;

/** The pre-1995 Schedule II's headings: amounts collected and written off, an end balance in current and not current. */
function relatedPartyHeadings(headers: string): boolean {
  return /amounts? collected/.test(headers) && /written off|not current|noncurrent/.test(headers);
}

/** Property schedules V and VI: additions at cost, retirements, other changes. */
function propertyHeadings(headers: string): boolean {
  return /\bretirements?\b|additions at cost|\bsales,? retirements/.test(headers);
}

/** Rule 12-09's headings: a begin and an end balance, and additions charged to costs or to other accounts, or deductions. */
function rule1209Headings(headers: string): boolean {
  return BEGIN.test(headers) && END.test(headers) && RULE_12_09_ACTIVITY.test(headers);
}

function verdict(
  kind: ScheduleKind,
  by: Classification["by"],
  match: RegExpExecArray | string,
): Classification {
  return { kind, by, evidence: typeof match === "string" ? match : match[0] };
}

/** What a heading line says by name (valuation accounts, related parties, another statement), or null. */
function judgeName(line: string): Classification | null {
  const valuation = VALUATION_NAMES.exec(line);
  if (valuation) return verdict("valuation-accounts", "title", valuation);
  const related = RELATED_PARTY_NAMES.exec(line);
  if (related) return verdict("related-party-receivables", "title", related);
  const other = OTHER_NAMES.exec(line);
  return other ? verdict("other", "title", other) : null;
}

/** What a schedule number in a heading says, given the table's headings; null when it says nothing decisive. */
function judgeNumber(line: string, headers: string): Classification | null {
  const numbered = SCHEDULE_NUMBER.exec(line);
  if (!numbered) return null;
  if (relatedPartyHeadings(headers)) return verdict("related-party-receivables", "headers", numbered);
  if (propertyHeadings(headers)) return verdict("other", "headers", numbered);
  const number = numbered[1];
  // Schedule II since 1995, and Schedule VIII before, are valuation and qualifying accounts. Schedule V is
  // one only in some 20-Fs (before 1995 it was property, plant and equipment): its headings must say so.
  if (number !== "v" && number !== "5") return verdict("valuation-accounts", "title", numbered);
  return rule1209Headings(headers) ? verdict("valuation-accounts", "headers", numbered) : null;
}

/** Lines that can be a heading or a lead-in: short lines, or a paragraph whose last sentence ends with a colon. */
function headingLines(context: string): string[] {
  const lines: string[] = [];
  for (const raw of context.split(/\n/)) {
    const line = normal(raw);
    if (line === "") continue;
    if (line.length <= 160) lines.push(line);
    else if (line.endsWith(":")) lines.push(line.slice(line.lastIndexOf(". ", line.length - 2) + 1));
  }
  return lines;
}

/**
 * Whether a table is a Schedule II of valuation and qualifying accounts, from its title, the lines
 * before it and its column headings. A name decides first ("valuation and qualifying accounts",
 * "amounts receivable from related parties", "statements of cash flows"), from the lead-in line
 * nearest the table up, then the title's lines top down; then a bare schedule number with the
 * headings; then, untitled, the headings alone.
 */
export function classifySchedule(text: TableText): Classification {
  const headers = normal(text.headers ?? "");
  const lines = headingLines(text.context ?? "").reverse();
  if (text.title) lines.push(...headingLines(text.title));
  for (const line of lines) {
    const found = judgeName(line);
    if (found) return found;
  }
  for (const line of lines) {
    const found = judgeNumber(line, headers);
    if (found) return found;
  }
  if (relatedPartyHeadings(headers) && BEGIN.test(headers))
    return verdict("related-party-receivables", "headers", "amounts collected");
  if (propertyHeadings(headers)) return verdict("other", "headers", "retirements");
  const activity = RULE_12_09_ACTIVITY.exec(headers);
  if (activity && rule1209Headings(headers)) return verdict("valuation-accounts", "headers", activity);
  return { kind: "unknown", by: "none", evidence: "" };
}

/** A table to read and check as Schedule II: a valuation-accounts schedule, or one nothing argues against. */
export function mayBeSchedule(text: TableText): boolean {
  const { kind } = classifySchedule(text);
  return kind === "valuation-accounts" || kind === "unknown";
}

/** A table the locator found by a Schedule II title or headings, then set aside, and why. */
export interface SkippedTable {
  /** Where the table starts (`line 120` or `line 1:48213`). */
  location: string;
  kind: "related-party-receivables" | "other";
  /** The words that decided. */
  evidence: string;
  /** A sentence for the user. */
  note: string;
}

/** A skipped-table record for a classification that is not a Schedule II to check, or null when it is one. */
export function skippedFor(classification: Classification, location: string): SkippedTable | null {
  const { kind, evidence } = classification;
  if (kind === "related-party-receivables") return { location, kind, evidence, note: RELATED_PARTY_NOTE };
  if (kind === "other")
    return {
      location,
      kind,
      evidence,
      note: `Not a schedule of valuation and qualifying accounts ('${evidence}'): it was not checked.`,
    };
  return null;
}
