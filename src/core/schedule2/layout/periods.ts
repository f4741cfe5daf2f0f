// Period labels as schedules print them: "Year ended June 30, 2002:", "Y/E 10/31/01:",
// "Fiscal 2023", "December 31, 2000", "2024", "Six months ended December 31, 2001".

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const YEAR = "(?:19|20)\\d\\d";
const DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s*${YEAR}|\\d{1,2}\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})|${MONTH},?\\s+${YEAR})`;
const SPAN =
  "(?:(?:for\\s+the\\s+)?(?:(?:fiscal|transition|stub)\\s+)?(?:years?|periods?|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})[\\s-]+)?(?:months?|weeks?)|quarters?)(?:\\s+|-)(?:end(?:ed|ing)|from)\\s+)";

/**
 * A whole period phrase, anchored: the label is nothing but a period.
 * Words allowed around the date: year/period words only, so "2000 Allowance for…" is not a period.
 */
const PERIOD_ONLY = new RegExp(
  `^(?:${SPAN}?(?:${DATE}|${YEAR})(?:\\s*(?:-|–|to|through)\\s*(?:${DATE}|${YEAR}))?` +
    `|(?:y\\/e|fye?|fiscal(?:\\s+years?)?|years?|calendar\\s+year)\\s*(?:${DATE}|${YEAR}|'?\\d{2}))\\s*[:.]?$`,
  "i",
);

/** A period phrase inside a longer text (flattened tables glue it between header and account). */
export const PERIOD_PHRASE = new RegExp(
  `(?:${SPAN}(?:${DATE}|${YEAR})|(?:y\\/e|fiscal\\s+years?|fiscal)\\s+(?:${DATE}|${YEAR})|${DATE})\\s*:?`,
  "i",
);

/** A date whose year a render split over two cells: "December 31, 201" / "8". */
const SPLIT_YEAR = new RegExp(`(${MONTH}\\s+\\d{1,2},?\\s*)((?:19|20)\\d)\\s+(\\d)(?!\\d)`, "gi");

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(SPLIT_YEAR, "$1$2$3");
}

/** True when the text is a period label and nothing else. */
export function isPeriodLabel(text: string): boolean {
  return PERIOD_ONLY.test(normalize(text));
}

/** The period label without a trailing colon, as the keys print it. */
export function cleanPeriodLabel(text: string): string {
  return normalize(text).replace(/\s*[:.]$/, "");
}

/**
 * The short period key: the fiscal year as 4 digits when the label holds one
 * (the last year mentioned, so "2001 to 2002" is 2002), or the cleaned label.
 */
export function periodKey(label: string): string {
  const text = normalize(label);
  const years = text.match(new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, "g"));
  if (years) return years[years.length - 1];
  const slashDate = /\d{1,2}\/\d{1,2}\/(\d{2})(?!\d)/.exec(text) ?? /'(\d{2})\b/.exec(text);
  if (slashDate) {
    const twoDigits = Number(slashDate[1]);
    return String(twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits);
  }
  return cleanPeriodLabel(text);
}

/** True for stub or transition periods, whose year may repeat a full year's. */
export function isPartialPeriod(label: string): boolean {
  return /\b(?:months?|weeks?|transition|stub|period\s+from)\b/i.test(label);
}

/**
 * Splits a row label that carries its period: "2000 Allowance for doubtful accounts" or
 * "Allowance for doubtful accounts, year ended December 31, 2003". Null when it carries none.
 */
export function splitPeriodFromLabel(label: string): { periodLabel: string; account: string } | null {
  const text = normalize(label);
  const leadingYear = new RegExp(`^(${YEAR}):?\\s+([A-Za-z].*)$`).exec(text);
  if (leadingYear) return { periodLabel: leadingYear[1], account: leadingYear[2] };
  const phrase = PERIOD_PHRASE.exec(text);
  if (!phrase) return null;
  const account = normalize(text.slice(0, phrase.index) + " " + text.slice(phrase.index + phrase[0].length))
    .replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, "")
    .replace(/\(\s*\)/g, "")
    .trim();
  if (!/[A-Za-z]{3}/.test(account)) return null;
  return { periodLabel: cleanPeriodLabel(phrase[0]), account };
}
