// A robustness sweep over the 18 real fixtures and the seed: presentation-only changes (tag case, CRLF,
// blank lines, &nbsp; for spaces and back, a page break between two periods) must not change a single
// row or finding; changing one printed figure must give a roll-forward break at exactly that row.
import { checkSchedules, readSchedules, type CheckReportJson } from "../../../src/core/schedule2";
import { loadFixtures } from "./fixture-keys";
import { readSeedSchedule } from "../../support/shared";

const sources: [string, string][] = [
  ["seed", readSeedSchedule()],
  ...loadFixtures().map(({ file, source }): [string, string] => [file, source]),
];

/** What a user relies on: every row and every finding, without locations (which a change may move). */
function outcome(report: CheckReportJson) {
  return report.schedules.map((schedule) => ({
    title: schedule.title,
    units: schedule.units,
    signConvention: schedule.signConvention,
    rows: schedule.rows.map(({ location: _location, ...row }) => row),
    findings: schedule.findings.map((f) => [
      f.check,
      f.severity,
      f.period,
      f.account,
      f.column,
      f.expected,
      f.actual,
    ]),
  }));
}

const isHtml = (source: string) => /<t[dr][\s>]/i.test(source);

/** Tag names in the other case: <td> → <TD>, <ix:nonFraction> → <IX:NONFRACTION>; EDGAR's <TABLE> → <table>. */
function swapTagCase(source: string): string {
  return source.replace(
    /<(\/?)([A-Za-z][\w:.-]*)/g,
    (_whole, slash: string, name: string) =>
      `<${slash}${name === name.toUpperCase() ? name.toLowerCase() : name.toUpperCase()}`,
  );
}

function crlf(source: string): string {
  return source.replace(/\r?\n/g, "\r\n");
}

/** Blank lines: doubled where there are some, added around the whole, and between HTML rows and blocks. */
function extraBlankLines(source: string): string {
  const text = `\n\n${source.replace(/\n[ \t]*\n/g, "\n\n\n")}\n\n`;
  return isHtml(source) ? text.replace(/(<\/(?:tr|p|div|table)>)/gi, "$1\n\n") : text;
}

/** HTML: every &nbsp; / &#160; becomes a space, or every space between words in the text becomes &nbsp;. */
function nbspToSpace(source: string): string {
  return source.replace(/&nbsp;|&#160;|&#xa0;/gi, " ");
}
function spaceToNbsp(source: string): string {
  return source.replace(
    />([^<]*)</g,
    (_whole, text: string) => `>${text.replace(/(\S) (?=\S)/g, "$1&nbsp;")}<`,
  );
}
/** Text: a no-break space character for every single space between two words. */
function textSpaceToNbsp(source: string): string {
  return source.replace(/([A-Za-z,.]) (?=[A-Za-z])/g, "$1\u00a0");
}

/** Text tables: a page break (page number, <PAGE>) before the second period heading line. */
function pageBreakBetweenPeriods(source: string): string | null {
  const lines = source.split("\n");
  const periods = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => /^\s*(?:fiscal\s+)?year\s+ended\b[^$]*\b\d{4}:?\s*$/i.test(line));
  if (periods.length < 2) return null;
  const at = periods[1].i;
  return [
    ...lines.slice(0, at),
    "",
    "                                   12",
    "<PAGE>",
    "",
    ...lines.slice(at),
  ].join("\n");
}

describe.each(sources)("%s", (name, source) => {
  const baseline = outcome(checkSchedules(source));

  test("reads a schedule with rows", () => {
    expect(baseline).toHaveLength(1);
    expect(baseline[0].rows.length).toBeGreaterThan(0);
  });

  const changes: [string, (s: string) => string][] = [
    ["tag names in the other case", swapTagCase],
    ["CRLF line endings", crlf],
    ["extra blank lines", extraBlankLines],
    isHtml(source)
      ? ["&nbsp; read as spaces", nbspToSpace]
      : ["no-break spaces between words", textSpaceToNbsp],
    ...(isHtml(source) ? [["spaces written as &nbsp;", spaceToNbsp] as [string, (s: string) => string]] : []),
  ];
  test.each(changes)("the same rows and findings with %s", (_label, change) => {
    expect(outcome(checkSchedules(change(source)))).toEqual(baseline);
  });

  const paged = isHtml(source) ? null : pageBreakBetweenPeriods(source);
  if (paged !== null) {
    test("the same rows and findings with a <PAGE> break and page number between two periods", () => {
      expect(outcome(checkSchedules(paged))).toEqual(baseline);
    });
  }

  test("one changed ending balance is a roll-forward break at that row, and only there, for every row", () => {
    const [model] = readSchedules(source);
    const breaksBefore = new Set(
      checkSchedules(source)
        .schedules[0].findings.filter((f) => f.check === "rollforward")
        .map((f) => `${f.period}|${f.account}`),
    );
    const targets = model.rows.filter(
      (row) =>
        !row.isTotal &&
        !breaksBefore.has(`${row.period}|${row.account}`) &&
        !row.end.isZero() &&
        printedAt(source, row) !== null,
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const { offset, text } = printedAt(source, target)!;
      // The figure's last digit moved by one (9 → 8, otherwise up by one): the ending balance is off by one unit.
      const last = text[text.length - 1];
      const changedText = text.slice(0, -1) + (last === "9" ? "8" : String(Number(last) + 1));
      const changed = source.slice(0, offset) + changedText + source.slice(offset + text.length);
      const breaks = checkSchedules(changed).schedules[0].findings.filter(
        (f) => f.check === "rollforward" && !breaksBefore.has(`${f.period}|${f.account}`),
      );
      expect(breaks.map((f) => [f.severity, f.period, f.account])).toEqual([
        ["error", target.period, target.account],
      ]);
      expect(breaks[0].actual).not.toBe(target.end.toNumber());
    }
  });
});

/**
 * Where a row's ending balance is printed, and its digits: the `line L:C` location in HTML; in text,
 * the one place in the whole source where that figure is printed (rows whose figure repeats are skipped).
 */
function printedAt(
  source: string,
  row: ReturnType<typeof readSchedules>[number]["rows"][number],
): { offset: number; text: string } | null {
  const magnitude = row.end.abs();
  const forms = [
    magnitude.toNumber().toLocaleString("en-US", { maximumFractionDigits: 6 }),
    magnitude.toFixed(),
  ];
  const location = /^line (\d+):(\d+)$/.exec(row.cellLocations[row.cellLocations.length - 1]);
  if (location) {
    const lineStart = source
      .split("\n")
      .slice(0, Number(location[1]) - 1)
      .reduce((n, line) => n + line.length + 1, 0);
    const offset =
      lineStart + Number(location[2]) - 1 + (source[lineStart + Number(location[2]) - 1] === "(" ? 1 : 0);
    const text = forms.find((form) => source.startsWith(form, offset));
    return text ? { offset, text } : null;
  }
  for (const form of new Set(forms)) {
    const pattern = new RegExp(`(?<![\\d,.])${form.replace(/[.]/g, "\\.")}(?![\\d,]|\\.\\d)`, "g");
    const hits = [...source.matchAll(pattern)];
    if (hits.length === 1) return { offset: hits[0].index!, text: form };
  }
  return null;
}
