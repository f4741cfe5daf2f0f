// A title followed by a lead-in sentence wrapped over lines (fixture 226: "Schedule Of Valuation And
// Qualifying Accounts" / "Data regarding asset reserves and allowances" / "for Fiscal 2017, 2016, and
// 2015 are presented in the following table:"): the sentence's first line is not a caption.
import { titleFromLines } from "../../../../src/core/schedule2/layout/title";

describe("titles over a lead-in sentence", () => {
  it("stops before a line the next line carries on in lower case", () => {
    expect(
      titleFromLines([
        "Schedule Of Valuation And Qualifying Accounts",
        "Data regarding asset reserves and allowances",
        "for Fiscal 2017, 2016, and 2015 are presented in the following table:",
      ]),
    ).toBe("Schedule Of Valuation And Qualifying Accounts");
  });

  it("keeps caption lines that stand on their own", () => {
    expect(
      titleFromLines([
        "ACME CORP.",
        "Schedule II",
        "Valuation and Qualifying Accounts",
        "Balance at beginning",
      ]),
    ).toBe("ACME CORP. · Schedule II · Valuation and Qualifying Accounts");
  });
});
