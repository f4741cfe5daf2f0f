// Headers that cannot be grouped column by column, read as a whole: the bottom line of a stacked
// header says which column is the deduction; otherwise the last column between the balances.
import { rolesFromHeaderText } from "../../../../src/core/schedule2/layout/roles";
import { foldOverBottomLine, groupsIntoColumns } from "../../../../src/core/schedule2/text/stackedHeader";

describe("rolesFromHeaderText with the header's pieces", () => {
  const pieces = [
    "Charges",
    "Balance at",
    "to Costs,",
    "Balance",
    "Beginning",
    "Expenses",
    "at end of",
    "Description",
    "of Period",
    "and other (1)",
    "Reversal (2)",
    "Adjustments (3)",
    "Period",
  ];

  it("puts the deduction under the bottom-line piece that names one", () => {
    expect(rolesFromHeaderText(5, pieces.join(" "), pieces)).toEqual([
      "begin",
      "addition",
      "deduction",
      "addition",
      "end",
    ]);
  });

  it("ignores a tail that is not a bottom line (no label heading before it)", () => {
    // Headings printed column after column: the last pieces are one heading's lines.
    const columnwise = ["Balance at beginning", "Additions", "Deductions", "Balance at", "end of period"];
    expect(rolesFromHeaderText(4, columnwise.join(" "), columnwise)).toEqual([
      "begin",
      "addition",
      "deduction",
      "end",
    ]);
  });
});

describe("groupsIntoColumns", () => {
  const body = [
    [{ text: "Allowance" }, { text: "1" }, { text: "2" }, { text: "0" }, { text: "1" }, { text: "2" }],
    [{ text: "Reserve" }, { text: "3" }, { text: "4" }, { text: "0" }, { text: "1" }, { text: "6" }],
  ];

  it("rejects a stacked header whose pieces outnumber the columns and fold into no balances", () => {
    const stacked = [
      "Additions",
      "Balance at",
      "Charged to",
      "beginning of",
      "Costs and",
      "Charged to",
      "Balance at end",
      "period",
      "Expenses",
      "Other Accounts",
      "Deductions",
      "of period",
    ];
    expect(groupsIntoColumns(stacked, body)).toBe(false);
  });

  it("accepts headings printed line by line across the columns (they fold into the balances)", () => {
    const lines = [
      "Balance at",
      "Additions",
      "Other",
      "Deductions",
      "Balance at",
      "beginning",
      "charged",
      "changes",
      "written off",
      "end",
      "of year",
    ];
    expect(groupsIntoColumns(lines, body)).toBe(true);
  });
});

describe("foldOverBottomLine", () => {
  const lines = [
    ["Balance at", "Charged to", "Reduction to", "Credited to", "Balance at"],
    ["Beginning of", "Costs and", "Allowance for", "Costs and", "End of"],
    ["Description", "Period", "Expenses", "Write off", "Expenses", "Period"],
  ];

  it("joins each column's piece on every full line above the bottom line", () => {
    expect(
      foldOverBottomLine(["Data for the years is presented in the following table:", ...lines.flat()], 5),
    ).toEqual([
      "Description",
      "Balance at Beginning of Period",
      "Charged to Costs and Expenses",
      "Reduction to Allowance for Write off",
      "Credited to Costs and Expenses",
      "Balance at End of Period",
    ]);
  });

  it("declines when the lines above are not whole lines of the columns", () => {
    expect(foldOverBottomLine([...lines[0].slice(1), ...lines[1], ...lines[2]], 5)).toBeNull();
  });
});
