// A stored render (HTML exhibit as "|" cells, one per line) of a header stacked over four lines
// whose empty cells vanished: a partial top line ("Balance" / "Additions" / "Foreign"), then two
// lines across every column, then the bottom line opening with "Description". The full lines
// say which column is the deduction ("Deductions / from / reserve"); a currency translation
// column after it is an addition (signed), and "Charged (credited)" is a signed charge.
import { readSchedules } from "../../../../src/core/schedule2";
import { middleRoles, rolesFromHeaderText } from "../../../../src/core/schedule2/layout/roles";
import { rowFigures } from "../row-figures";

const header = [
  ["Balance", "Additions", "Foreign"],
  ["at", "Charged", "Acquired", "Deductions", "Currency", "Balance"],
  ["beginning", "(credited)", "in business", "from", "Translation", "at end"],
  ["Description", "of year", "to earnings", "combinations", "reserve", "Effect", "of year"],
];

const render = [
  "|(In thousands)",
  ...header.flat().map((piece) => `|${piece}`),
  "|2021",
  "|",
  "Allowance for credit losses",
  ...["$", "50", "$", "12", "$", "3", "$", "(9", ")", "$", "(2", ")", "$", "54"].map((c) => `|${c}`),
  "|",
  "Inventory reserve",
  ...["20", "(4", ")", "—", "(1", ")", "1", "16"].map((c) => `|${c}`),
  "|2020",
  "|",
  "Allowance for credit losses",
  ...["$", "45", "$", "10", "$", "—", "$", "(6", ")", "$", "1", "$", "50"].map((c) => `|${c}`),
  "|",
  "Inventory reserve",
  ...["18", "5", "2", "(4", ")", "(1", ")", "20"].map((c) => `|${c}`),
].join("\n");

describe("a stacked header with full lines above its bottom line", () => {
  it("reads the deduction from the full lines, the translation column as an addition", () => {
    const [model] = readSchedules(render);
    const rows = rowFigures(model);
    expect(rows).toEqual([
      ["2021", "Allowance for credit losses", 50, [12, 3, -2], [-9], 54],
      ["2021", "Inventory reserve", 20, [-4, 0, 1], [-1], 16],
      ["2020", "Allowance for credit losses", 45, [10, 0, 1], [-6], 50],
      ["2020", "Inventory reserve", 18, [5, 2, -1], [-4], 20],
    ]);
  });

  it("rolesFromHeaderText: the column the full lines name a deduction", () => {
    const pieces = header.flat();
    expect(rolesFromHeaderText(6, pieces.join(" "), pieces)).toEqual([
      "begin",
      "addition",
      "addition",
      "deduction",
      "addition",
      "end",
    ]);
  });

  it("'Charged (credited) to …' is a signed charge, not a deduction", () => {
    expect(middleRoles(["Charged (credited) to income", "Deductions from reserves"])).toEqual([
      "addition",
      "deduction",
    ]);
    expect(middleRoles(["Charged/(credited) to expense", "Write-offs"])).toEqual(["addition", "deduction"]);
  });
});
