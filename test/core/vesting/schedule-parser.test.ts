import { PRESETS, VestingError, parseSchedule, resolveSchedule } from "../../../src/core/vesting";

/** The months at which a schedule's tranches fall, with their percents. */
function outline(text: string): string[] {
  return parseSchedule(text).segments.map((segment) =>
    segment.kind === "at"
      ? `${segment.percent.toString()}% at ${segment.month}`
      : `${segment.percent.toString()}% ×${segment.count} every ${segment.periodMonths} from ${segment.startMonth}`,
  );
}

function errorOf(text: string): VestingError {
  try {
    parseSchedule(text);
  } catch (error) {
    return error as VestingError;
  }
  throw new Error(`expected "${text}" to be refused`);
}

describe("schedule text", () => {
  it("reads the reference grant: one tranche at month 6, then 24 monthly installments after it", () => {
    const spec = parseSchedule("50% at 6 months, then 50% monthly over 24 months");
    expect(outline(spec.text)).toEqual(["50% at 6", "50% ×24 every 1 from 6"]);
    expect(spec.endMonth).toBe(30);
    expect(spec.cliffMonth).toBeNull();
  });

  it.each([
    "50% at 6 months, then 50% monthly over 24 months",
    "50% at 6 months; 50% monthly over 24 months",
    "50% at 6 months then 50% monthly over 24 months",
    "50% at 6 months, 50% monthly over 2 years",
    "50 % AT 6 MONTHS,   Then 50% Monthly over 24 Months",
  ])("reads %j the same way", (text) => {
    expect(outline(text)).toEqual(["50% at 6", "50% ×24 every 1 from 6"]);
  });

  it("reads years, singular units, quarterly, annually and every K months", () => {
    expect(outline("25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years")).toEqual([
      "25% at 12",
      "25% at 24",
      "25% at 36",
      "25% at 48",
    ]);
    expect(outline("100% quarterly over 1 year")).toEqual(["100% ×4 every 3 from 0"]);
    expect(outline("100% annually over 4 years")).toEqual(["100% ×4 every 12 from 0"]);
    expect(outline("100% every 6 months over 2 years")).toEqual(["100% ×4 every 6 from 0"]);
    expect(outline("100% every 1 month over 1 month")).toEqual(["100% ×1 every 1 from 0"]);
  });

  it("reads a cliff anywhere in the text", () => {
    expect(parseSchedule("100% monthly over 48 months, cliff 12 months").cliffMonth).toBe(12);
    expect(parseSchedule("cliff 1 year; 100% monthly over 4 years").cliffMonth).toBe(12);
  });

  it("takes decimal percentages that add to exactly 100", () => {
    expect(outline("33.33% at 1 year, 33.33% at 2 years, 33.34% at 3 years")).toEqual([
      "33.33% at 12",
      "33.33% at 24",
      "33.34% at 36",
    ]);
  });

  it.each([
    ["50% at 6 mnths, 50% at 12 months", "`50% at 6 mnths`: unknown unit 'mnths'"],
    ["50% at 6 months, 40% at 12 months", "percentages add to 90%, not 100%"],
    ["33.33% at 1 year, 33.33% at 2 years, 33.33% at 3 years", "percentages add to 99.99%, not 100%"],
    [
      "50% at 6 months, 50% mothly over 24 months",
      "`50% mothly over 24 months`: expected monthly, quarterly, annually or every N months",
    ],
    [
      "100% quarterly over 10 months",
      "`100% quarterly over 10 months`: 10 months is not a whole number of 3-month periods",
    ],
    ["100% every 5 months over 1 year", "12 months is not a whole number of 5-month periods"],
    ["100% monthly over 0 months", "0 months is not a whole number of 1-month periods"],
    ["", "the schedule is empty"],
    [" , ; then ", "the schedule is empty"],
    [
      "100% monthly over 12 months, cliff 13 months",
      "`cliff 13 months`: the cliff at month 13 is after the schedule's last vest at month 12",
    ],
    [
      "cliff 6 months, cliff 1 year, 100% at 2 years",
      "`cliff 1 year`: the schedule already has a cliff (`cliff 6 months`)",
    ],
    ["50 at 6 months, 50% at 1 year", "`50 at 6 months`: expected a percentage such as '50%', found '50'"],
    ["half at 6 months", "`half at 6 months`: expected a percentage"],
    [
      "100% at 6.5 months",
      "`100% at 6.5 months`: expected a whole number of months, years or days, found '6.5'",
    ],
    ["100% at six months", "found 'six'"],
    ["100% at 6", "`100% at 6`: expected a unit (months, years or days) after '6' at the end"],
    ["100% at", "`100% at`: expected a number of months, years or days at the end"],
    ["100% monthly for 12 months", "`100% monthly for 12 months`: expected 'over', found 'for'"],
    ["100% at 6 months sharp", "`100% at 6 months sharp`: unexpected 'sharp'"],
    ["100% every 0 months over 12 months", "the period must be at least 1 month"],
    [
      "50% at 2 years, 50% at 1 year",
      "`50% at 1 year`: month 12 is before the end of the previous segment (month 24)",
    ],
    ["100% monthly over 2000 months", "2000 months is more than 100 years"],
  ])("refuses %j: %s", (text, message) => {
    const error = errorOf(text);
    expect(error).toBeInstanceOf(VestingError);
    expect(error.argument).toBe("schedule");
    expect(error.kind).toBe("value");
    expect(error.message).toContain(message);
  });

  it("quotes the segment as the user wrote it, capitals included", () => {
    expect(errorOf("50% At 6 Mnths, 50% at 1 year").message).toContain(
      "`50% At 6 Mnths`: unknown unit 'mnths'",
    );
  });
});

describe("presets", () => {
  it.each([
    ["reference-grant", "50% at 6 months, then 50% monthly over 24 months"],
    ["4y-1y-cliff-monthly", "100% monthly over 48 months, cliff 12 months"],
    ["4y-1y-cliff-quarterly", "100% quarterly over 48 months, cliff 12 months"],
    ["3y-monthly", "100% monthly over 36 months"],
    ["4y-annual", "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years"],
    ["immediate", "100% at 0 months"],
  ])("%s is %j", (id, text) => {
    expect(PRESETS.find((preset) => preset.id === id)?.text).toBe(text);
    expect(resolveSchedule(id).text).toBe(text);
  });

  it("the reference grant is the first preset and the default", () => {
    expect(PRESETS[0].id).toBe("reference-grant");
    expect(resolveSchedule(null).text).toBe(PRESETS[0].text);
    expect(resolveSchedule(undefined).text).toBe(PRESETS[0].text);
  });

  it("finds a preset by id or label, in any case", () => {
    expect(resolveSchedule(" 4Y-ANNUAL ").text).toBe(
      "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years",
    );
    expect(resolveSchedule("3 YEARS MONTHLY").text).toBe("100% monthly over 36 months");
  });

  it("parses anything else as schedule text, with the parser's errors", () => {
    expect(resolveSchedule("100% at 1 year").endMonth).toBe(12);
    expect(() => resolveSchedule("4y-anual")).toThrow("`4y-anual`: expected a percentage");
  });

  it("every preset parses", () => {
    for (const preset of PRESETS) expect(() => parseSchedule(preset.text)).not.toThrow();
  });
});
