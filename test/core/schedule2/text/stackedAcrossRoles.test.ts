// rolesFromHeaderText on a header printed line by line across seven columns, as a flattened reader
// gives its pieces: a units caption on a full line and a heading that opens in lower case under a
// partial top line must not hide which column the deductions are.
import { rolesFromHeaderText } from "../../../../src/core/schedule2/layout/roles";

const lines = [
  ["Balance", "Additions", "Exchange"],
  ["at", "Charged", "Charged", "Added on", "Deductions", "rate", "Balance"],
  [
    "(Dollars in thousands)",
    "opening",
    "(credited)",
    "(credited)",
    "business",
    "from",
    "changes in",
    "at close",
  ],
  ["Description", "of year", "to expense", "to equity", "combinations", "allowance", "year", "of year"],
];

describe("rolesFromHeaderText with a header across the columns", () => {
  it("the deduction column is the one whose joined heading names it, not the last middle one", () => {
    const pieces = lines.flat();
    // Joined: "Balance at opening of year" | "Charged (credited) to expense" | "… to equity" |
    // "Added on business combinations" | "Deductions from allowance" | "Exchange rate changes in year" | "Balance at close of year".
    expect(rolesFromHeaderText(7, pieces.join(" "), pieces)).toEqual([
      "begin",
      "addition",
      "addition",
      "addition",
      "deduction",
      "addition",
      "end",
    ]);
  });

  it("without the partial top line the lower-case heading has no top piece: no reading, the fallback", () => {
    const pieces = lines.slice(1).flat();
    // "rate changes in year" cannot open a column: the last middle column is taken, as before.
    expect(rolesFromHeaderText(7, pieces.join(" "), pieces)[5]).toBe("deduction");
  });
});
