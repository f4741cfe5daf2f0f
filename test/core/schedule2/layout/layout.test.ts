// Layout pieces: period labels, column roles by wording, and headings, totals and continuation lines.
import {
  isPeriodLabel,
  layoutTable,
  middleRoles,
  periodKey,
  splitPeriodFromLabel,
} from "../../../../src/core/schedule2/layout";
import type { RawCell, RawTable } from "../../../../src/core/schedule2/types";

describe("periods", () => {
  test.each([
    ["Year ended June 30, 2002:", "2002"],
    ["Y/E 10/31/01:", "2001"],
    ["Fiscal 2023", "2023"],
    ["Fiscal year 2023", "2023"],
    ["December 31, 2000", "2000"],
    ["For the fiscal year ended May 31, 2022", "2022"],
    ["2024", "2024"],
    ["Year 2023", "2023"],
    ["Six months ended December 31, 2001", "2001"],
  ])("%s is a period with key %s", (label, key) => {
    expect(isPeriodLabel(label)).toBe(true);
    expect(periodKey(label)).toBe(key);
  });

  test.each([
    "Allowance for doubtful accounts",
    "2000 Allowance for doubtful accounts",
    "Total",
    "Deducted from asset accounts—",
  ])("%s is not a period on its own", (label) => expect(isPeriodLabel(label)).toBe(false));

  test("a period inside a row label is split from the account", () => {
    expect(splitPeriodFromLabel("2000 Allowance for doubtful accounts")).toEqual({
      periodLabel: "2000",
      account: "Allowance for doubtful accounts",
    });
    expect(splitPeriodFromLabel("Allowance for doubtful accounts, year ended December 31, 2003")).toEqual({
      periodLabel: "year ended December 31, 2003",
      account: "Allowance for doubtful accounts",
    });
    expect(splitPeriodFromLabel("Warranty reserve")).toBeNull();
  });
});

describe("middle column roles", () => {
  test.each([
    [
      ["Charged to costs and expenses", "Charged to other accounts", "Deductions"],
      ["addition", "addition", "deduction"],
    ],
    [
      ["Additions/ (Deductions)", "Write-offs", "Foreign Currency and Other"],
      ["addition", "deduction", "addition"],
    ],
    [
      ["Charged To Cost And Expenses", "Additions (Deductions) Describe"],
      ["addition", "deduction"],
    ],
    [
      ["Additions Charged to Cost and Expenses", "Deductions", "Other"],
      ["addition", "deduction", "deduction"],
    ],
    [
      ["Additions Charged to Costs and Expenses", "Additions Other", "Deductions"],
      ["addition", "addition", "deduction"],
    ],
    [
      ["Charged to costs", "Credited to costs"],
      ["addition", "deduction"],
    ],
    [
      ["Additions", "Usage"],
      ["addition", "deduction"],
    ],
    [
      ["Currency movement", "Acquisitions", "Adjustments"],
      ["addition", "addition", "addition"],
    ],
  ])("%j → %j", (headings, roles) => {
    expect(middleRoles(headings)).toEqual(roles);
  });
});

function cell(text: string, x: number, line: number): RawCell {
  return { text, x, width: text.length, line };
}

describe("layoutTable", () => {
  const table = (rows: RawCell[][]): RawTable => ({
    rows,
    context: "Schedule II (in thousands)",
    source: "test",
    headerRowCount: 1,
  });
  const header = [
    cell("Beginning", 20, 1),
    cell("Additions", 30, 1),
    cell("Deductions", 42, 1),
    cell("Ending", 54, 1),
  ];

  test("a heading over sub-rows printed with a dash joins them; a lone year line sets the period", () => {
    const model = layoutTable(
      table([
        header,
        [cell("Allowance For Credit Losses (1)", 0, 2)],
        [cell("2024", 0, 3)],
        [
          cell("–Current", 0, 4),
          cell("431", 24, 4),
          cell("(11)", 35, 4),
          cell("(146)", 47, 4),
          cell("274", 58, 4),
        ],
      ]),
    )!;
    expect(model.rows.map((r) => [r.period, r.account])).toEqual([
      ["2024", "Allowance For Credit Losses –Current"],
    ]);
    expect(model.rows[0].cellLocations).toEqual(["line 4", "line 4", "line 4", "line 4"]);
  });

  test("a line of amounts with no label under a row adds a second value to that row's column", () => {
    const model = layoutTable(
      table([
        header,
        [
          cell("Allowance", 0, 2),
          cell("31.5", 24, 2),
          cell("1.0", 36, 2),
          cell("4.4(b)", 45, 2),
          cell("25.1", 58, 2),
        ],
        [cell("2.0(d)", 45, 3)],
      ]),
    )!;
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0].deductions.map(String)).toEqual(["4.4", "2"]);
    expect(model.rows[0].cellLocations).toEqual(["line 2", "line 2", "line 2", "line 3", "line 2"]);
  });

  test("a table with no row of amounts is no schedule", () => {
    expect(layoutTable(table([header, [cell("Nothing here", 0, 2)]]))).toBeNull();
  });
});
