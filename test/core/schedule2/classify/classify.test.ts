// classifySchedule on the words real filings print around their tables: titles, lead-ins and the
// column headings of Schedule II and of the roll-forwards that are not Schedule II.
import { classifySchedule, mayBeSchedule, type TableText } from "../../../../src/core/schedule2/classify";

const RULE_12_09 =
  "Description Balance at beginning of period Additions Charged to costs and expenses Charged to other accounts Deductions Balance at end of period";

const kind = (text: TableText) => classifySchedule(text).kind;

describe("Schedule II of valuation and qualifying accounts", () => {
  test.each([
    ["SCHEDULE II — VALUATION AND QUALIFYING ACCOUNTS"],
    ["Schedule II - Valuation and Qualifying Accounts and Reserves"],
    ["CONSOLIDATED VALUATION AND QUALIFYING ACCOUNTS\nFOR YEARS ENDED MARCH 31, 2012, 2011 AND 2010"],
    ["II. VALUATION AND QUALIFYING ACCOUNTS\nAllowance for Doubtful Accounts (in millions)"],
    [
      "Schedule VIII\nCROMPTON & KNOWLES CORPORATION AND SUBSIDIARIES\nValuation and Qualifying Accounts\n(In thousands of dollars)",
    ],
    ["SCHEDULE VIII\nACME CORPORATION\nYears ended December 31, 1993, 1992 and 1991"],
    ["SCHEDULE V — VALUATION AND QUALIFYING ACCOUNTS\n(in millions of euros)"],
    ["Movement in Valuation Allowances and Reserves"],
    ["SEC Schedule, 12-09, Valuation and Qualifying Accounts Disclosure [Line Items]"],
    ["Schedule of Valuation and Qualifying Accounts Disclosure [Text Block]"],
    [
      "Data regarding asset reserves and allowances for Fiscal 2017, 2016, and 2015 are presented in the following table:",
    ],
    ["VALUATION ACCOUNTS\n(Dollars in thousands)"],
  ])("%j", (context) => {
    expect(classifySchedule({ context, headers: RULE_12_09 })).toMatchObject({
      kind: "valuation-accounts",
      by: "title",
    });
  });

  test("an XBRL export's sheet names, cut at Excel's 31 characters", () => {
    expect(kind({ title: "SCHEDULE II - VALUATION AND QUA" })).toBe("valuation-accounts");
    expect(kind({ title: "Valuation and Qualifying Accou" })).toBe("valuation-accounts");
  });

  test("a 20-F's Schedule V with Rule 12-09's headings and no other name", () => {
    expect(classifySchedule({ context: "SCHEDULE V", headers: RULE_12_09 })).toMatchObject({
      kind: "valuation-accounts",
      by: "headers",
    });
  });

  test("untitled, with Rule 12-09's headings", () => {
    expect(classifySchedule({ context: "(In thousands)", headers: RULE_12_09 })).toMatchObject({
      kind: "valuation-accounts",
      by: "headers",
    });
    expect(
      kind({
        headers:
          "Balance at Beginning of Year Charged to Expense Write-offs Deductions Balance at End of Year",
      }),
    ).toBe("valuation-accounts");
  });

  test("the heading nearest the table decides: a title above units and years lines", () => {
    const context =
      "SCHEDULE II\nVALUATION AND QUALIFYING ACCOUNTS\n(In thousands)\nYears ended December 31, 2023, 2022 and 2021";
    expect(kind({ context, headers: RULE_12_09 })).toBe("valuation-accounts");
  });

  test("the account names of a real schedule (a restructuring reserve, goodwill) in the headings do not unmake it", () => {
    const headers =
      "Balance at beginning of year Charged to goodwill Charged to costs and expenses Deductions Balance at end of year";
    expect(kind({ context: "SCHEDULE II — VALUATION AND QUALIFYING ACCOUNTS", headers })).toBe(
      "valuation-accounts",
    );
  });
});

describe("the pre-1995 Schedule II: amounts receivable from related parties", () => {
  const headers =
    "Name of debtor Balance at beginning of period Additions Deductions Amounts collected Amounts written off Balance at end of period Current Not current";

  test("by its full title", () => {
    const context =
      "SCHEDULE II\nAMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,\nPROMOTERS, AND EMPLOYEES OTHER THAN RELATED PARTIES";
    expect(classifySchedule({ context, headers })).toMatchObject({
      kind: "related-party-receivables",
      by: "title",
    });
  });

  test("titled only 'SCHEDULE II', by its headings", () => {
    expect(classifySchedule({ context: "SCHEDULE II\nACME CORPORATION", headers })).toMatchObject({
      kind: "related-party-receivables",
      by: "headers",
    });
  });

  test("untitled, by its headings", () => {
    expect(kind({ headers })).toBe("related-party-receivables");
    expect(mayBeSchedule({ headers })).toBe(false);
  });
});

describe("roll-forwards that are not Schedule II", () => {
  test.each([
    [
      "CONSOLIDATED STATEMENTS OF CASH FLOWS\n(In millions)",
      "Cash and cash equivalents at beginning of year Net increase Cash and cash equivalents at end of year",
    ],
    [
      "CONSOLIDATED STATEMENTS OF SHAREHOLDERS\u2019 EQUITY",
      "Balance at beginning of year Net income Dividends declared Balance at end of year",
    ],
    [
      "Changes in Stockholders' Equity",
      "Balance, beginning of year Net income Deductions Balance, end of year",
    ],
    [
      "The changes in the carrying amount of goodwill were as follows:",
      "Balance at beginning of year Acquisitions Impairment Balance at end of year",
    ],
    [
      "A summary of stock option activity follows:",
      "Outstanding at beginning of year Granted Exercised Forfeited Outstanding at end of year",
    ],
    [
      "Restricted stock units",
      "Nonvested at beginning of year Granted Vested Forfeited Nonvested at end of year",
    ],
    [
      "The activity in the restructuring reserve was:",
      "Balance at beginning of year Charged to expense Deductions Balance at end of year",
    ],
    [
      "SCHEDULE V — PROPERTY, PLANT AND EQUIPMENT",
      "Balance at beginning of period Additions at cost Retirements Other changes Balance at end of period",
    ],
    [
      "SCHEDULE VI — ACCUMULATED DEPRECIATION, DEPLETION AND AMORTIZATION OF PROPERTY, PLANT AND EQUIPMENT",
      "Balance at beginning of period Additions charged to costs and expenses Retirements Balance at end of period",
    ],
    [
      "SCHEDULE V",
      "Balance at beginning of period Additions at cost Retirements Other changes Balance at end of period",
    ],
    [
      "A reconciliation of unrecognized tax benefits follows:",
      "Balance at beginning of year Additions Deductions Balance at end of year",
    ],
  ])("%j", (context, headers) => {
    expect(classifySchedule({ context, headers })).toMatchObject({
      kind: "other",
      by: expect.stringMatching(/title|headers/),
    });
    expect(mayBeSchedule({ context, headers })).toBe(false);
  });

  test("untitled Schedule VI headings: additions charged to costs, but retirements", () => {
    expect(
      kind({
        headers:
          "Balance at beginning of period Additions charged to costs and expenses Retirements Balance at end of period",
      }),
    ).toBe("other");
  });

  test("a sheet of the XBRL export named for a statement", () => {
    expect(kind({ title: "CONSOLIDATED STATEMENTS OF CASH" })).toBe("other");
    expect(kind({ title: "Goodwill (Details)" })).toBe("other");
  });
});

describe("nothing decisive", () => {
  test("no title, headings of a notes roll-forward without Rule 12-09's words", () => {
    expect(
      kind({
        context: "(In thousands)",
        headers: "Balance at beginning of year Accruals Settlements Balance at end of year",
      }),
    ).toBe("unknown");
    expect(kind({})).toBe("unknown");
  });

  test("a long paragraph that mentions cash flows in passing is not a heading", () => {
    const prose =
      "Management believes that cash flows from operations, together with borrowings available under the credit facility, will be sufficient to fund operations, capital expenditures and dividends for the foreseeable future.";
    expect(kind({ context: prose, headers: RULE_12_09 })).toBe("valuation-accounts");
  });
});

test("a name on any heading line outweighs a bare schedule number on another", () => {
  const title =
    "SCHEDULE II\nACME CORPORATION\nAMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS, PROMOTERS AND EMPLOYEES";
  expect(
    kind({ title, headers: "Balance at beginning of period Additions Deductions Balance at end of period" }),
  ).toBe("related-party-receivables");
});
