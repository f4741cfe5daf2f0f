// Labels as real schedules print them: periods "Year-ended December 31, 2017" (fixture 235, Skechers),
// and captions "fiscal year ended:" and "Year Ended December 31," over the dated rows
// (240, 216), which name the kind of period but no year and so are neither a period nor an account.
import {
  accountFromContext,
  cleanLabel,
  isAsideLine,
  isPeriodCaption,
} from "../../../../src/core/schedule2/layout/labels";
import { isPeriodLabel, periodKey } from "../../../../src/core/schedule2/layout/periods";

describe("period labels", () => {
  it("reads a hyphenated 'Year-ended' label as a period", () => {
    expect(isPeriodLabel("Year-ended December 31, 2017")).toBe(true);
    expect(periodKey("Year-ended December 31, 2017")).toBe("2017");
  });

  it("does not take an account with a year in it for a period", () => {
    expect(isPeriodLabel("2000 Allowance for doubtful accounts")).toBe(false);
  });
});

describe("period captions and asides", () => {
  it("knows a caption with no year", () => {
    for (const text of [
      "fiscal year ended:",
      "Year Ended December 31,",
      "For the years ending",
      "Six months ended",
    ])
      expect(isPeriodCaption(text)).toBe(true);
  });

  it("does not take a dated label or an account for a caption", () => {
    for (const text of ["Year ended December 31, 2012", "Allowance for doubtful accounts", "Years"])
      expect(isPeriodCaption(text)).toBe(false);
  });

  it("treats a description in parentheses as an aside, a figure or a footnote mark not", () => {
    expect(isAsideLine("(deducted from inventories)")).toBe(true);
    expect(isAsideLine("(included in other current liabilities)")).toBe(true);
    expect(isAsideLine("(1,234)")).toBe(false);
    expect(isAsideLine("Allowance for sales returns")).toBe(false);
  });
});

describe("account labels with footnotes glued on", () => {
  it("drops a digit glued to the last word (249's 'adjustments1') and a superscript", () => {
    expect(cleanLabel("Allowance for revenue adjustments1")).toBe("Allowance for revenue adjustments");
    expect(cleanLabel("Reserve for returns²")).toBe("Reserve for returns");
  });

  it("keeps digits that are part of a name", () => {
    expect(cleanLabel("Allowance for Level 3 assets")).toBe("Allowance for Level 3 assets");
    expect(cleanLabel("Reserve for COVID-19")).toBe("Reserve for COVID-19");
    expect(cleanLabel("Allowance 2")).toBe("Allowance 2");
  });
});

describe("an account named only in the caption above the table", () => {
  it("is written in ordinary words when the caption is set in capitals (244)", () => {
    const context = "VALUATION AND QUALIFYING ACCOUNTS\nALLOWANCE FOR UNCOLLECTIBLES\n(dollars in thousands)";
    expect(accountFromContext(context)).toBe("Allowance for uncollectibles");
  });

  it("keeps a caption's own case otherwise", () => {
    expect(accountFromContext("Allowance for Doubtful Accounts (in millions)")).toBe(
      "Allowance for Doubtful Accounts",
    );
  });
});
