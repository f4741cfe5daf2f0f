// A roll-forward break quotes each figure as the table prints it, so a reviewer can find every term on
// the page: "additions 84 + (349) + 22", not a sum of them that appears nowhere.
import Decimal from "decimal.js";
import { checkSchedules } from "../../../../src/core/schedule2";
import { printedFigure } from "../../../../src/core/schedule2/checks/amounts";

const html = (rows: string[][]): string =>
  "<p>SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS (in thousands)</p><table>" +
  "<tr><td>Description</td><td>Balance at Beginning of Period</td><td>Charged to Costs and Expenses</td>" +
  "<td>Charged to Other Accounts</td><td>Acquisitions</td><td>Deductions</td><td>Balance at End of Period</td></tr>" +
  rows.map((cells) => "<tr>" + cells.map((cell) => `<td>${cell}</td>`).join("") + "</tr>").join("") +
  "</table>";

describe("roll-forward findings quote the printed figures", () => {
  it("lists each activity column as printed, with its parentheses, and leaves out blank columns", () => {
    // 1,000 + 84 − 349 + 22 − 100 = 657, printed 660: a break of +3.
    const report = checkSchedules(
      html([
        ["Year ended December 31, 2023:", "", "", "", "", "", ""],
        ["Allowance for doubtful accounts", "$ 1,000", "84", "(349)", "22", "100", "$ 660"],
        ["Year ended December 31, 2022:", "", "", "", "", "", ""],
        ["Allowance for doubtful accounts", "$ 900", "150", "—", "", "50", "$ 1,000"],
      ]),
    );
    const breaks = report.schedules[0].findings.filter((finding) => finding.check === "rollforward");
    expect(breaks).toHaveLength(1);
    expect(breaks[0].message).toBe(
      "2023 · Allowance for doubtful accounts: begin 1,000 + additions 84 + (349) + 22 − deductions 100" +
        " = 657, reported 660 (difference +3)",
    );
  });
});

describe("printedFigure", () => {
  it("keeps the printed form without its currency sign or footnote mark", () => {
    expect(printedFigure("$ (349)(1)", new Decimal(-349))).toBe("(349)");
    // The closing parenthesis printed in the next cell (224: "(72,008" then ")").
    expect(printedFigure("(72,008", new Decimal(-72008))).toBe("(72,008)");
    expect(printedFigure("¥2,109,910", new Decimal(2109910))).toBe("2,109,910");
    expect(printedFigure("—", new Decimal(0))).toBe("—");
  });

  it("writes the value in the accounting form when the text is missing or reads as another figure", () => {
    expect(printedFigure(undefined, new Decimal(-349))).toBe("(349)");
    expect(printedFigure("", new Decimal(1234.5))).toBe("1,234.5");
    // A display that does not read as the value (a rounded or scaled display) is not quoted as the figure.
    expect(printedFigure("7,956K", new Decimal(7956000))).toBe("7,956,000");
  });
});
