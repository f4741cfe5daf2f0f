// The text readers: cells of fixed-width lines, the form a text is in, and each reader's rows.
import { cleanLine, detectTextForm, readTextTables, splitCells } from "../../../../src/core/schedule2/text";
import { numberLines } from "../../../../src/core/schedule2/text/fixedWidth";

const texts = (cells: { text: string }[]) => cells.map((cell) => cell.text);

describe("splitCells", () => {
  test("a $ joins the amount aligned after it; cells keep their character columns", () => {
    const cells = splitCells("Allowance for doubtful accounts            $      405  $       1,680", 7);
    expect(texts(cells)).toEqual(["Allowance for doubtful accounts", "$ 405", "$ 1,680"]);
    expect(cells[1]).toMatchObject({ line: 7, x: 43, width: 10 }); // "$" at column 43, "405" ends at 52
  });

  test("a footnote mark after one space stays with its amount; a label glued to $ is split off", () => {
    expect(
      texts(splitCells("Allowance for doubtful acct$ 4,072 $ 84 $ (349)(1) $ 22 (4) $ 3,829", 1)),
    ).toEqual(["Allowance for doubtful acct", "$ 4,072", "$ 84", "$ (349)(1)", "$ 22 (4)", "$ 3,829"]);
  });

  test("a date stays in its label; two amounts one space apart are two cells", () => {
    expect(texts(splitCells("December 31, 2000       $31.5", 1))).toEqual(["December 31, 2000", "$31.5"]);
    expect(texts(splitCells("Total 1,466 2,490", 1))).toEqual(["Total", "1,466", "2,490"]);
  });

  test("dot leaders are blanked, not read", () => {
    expect(texts(splitCells(cleanLine("Warranty reserve.............   562"), 1))).toEqual([
      "Warranty reserve",
      "562",
    ]);
  });
});

describe("detectTextForm", () => {
  const form = (text: string) => detectTextForm(numberLines(text, 1));
  test("tells the forms apart", () => {
    expect(form("<table>\n<s> <c>\nA   1,000\n</table>")).toBe("edgar");
    expect(form("| A | 1,000 | 2,000 |\n| B | 3,000 | 4,000 |")).toBe("pipe");
    expect(form("Allowance\n$\n1,000\n$\n(2,000\n)\nReserve\n3,000\n4,000")).toBe("cell-per-line");
    expect(form("Allowance      1,000     2,000\nReserve        3,000     4,000")).toBe("fixed-width");
    const flat =
      "Balance Additions Balance " +
      Array.from({ length: 30 }, (_, i) => `Account ${i} $ 1,000 $ 200 $ 1,200`).join(" ");
    expect(form(flat)).toBe("flat");
  });
});

describe("readTextTables", () => {
  test("EDGAR text: rows above <S> are headers, <C> tags give the columns, rule lines and <PAGE> are dropped", () => {
    const text = [
      "<TABLE>",
      "<CAPTION>",
      "              Balance   Deductions",
      "<S>           <C>       <C>",
      "Allowance       1,000         200",
      "              -------   ----------",
      "<PAGE>",
      "Reserve           500          50",
      "</TABLE>",
    ].join("\n");
    const [table] = readTextTables(text, 101);
    expect(table.source).toBe("edgar-text");
    expect(table.headerRowCount).toBe(1);
    expect(table.columns).toEqual([
      { x: 14, width: 10 },
      { x: 24, width: 1000 },
    ]);
    expect(table.rows.map((row) => texts(row))).toEqual([
      ["Balance", "Deductions"],
      ["Allowance", "1,000", "200"],
      ["Reserve", "500", "50"],
    ]);
    expect(table.rows[2][0].line).toBe(108); // line 8 of the slice, which starts at line 101
  });

  test("one cell per line: $ and ) rejoin their amounts, a letter mark joins the amount before it", () => {
    const text = [
      "Balance",
      "At Beginning",
      "Charged",
      "To Expense",
      "Balance",
      "At End",
      "Year Ended December 31, 2019",
      "Allowance",
      "$",
      "6,810",
      "$",
      "(1,447",
      ")",
      "(A)",
      "$",
      "5,363",
    ].join("\n");
    const [table] = readTextTables(text);
    expect(table.rows.map((row) => texts(row))).toEqual([
      ["Balance At Beginning", "Charged To Expense", "Balance At End"],
      ["Year Ended December 31, 2019"],
      ["Allowance", "$6,810", "$(1,447) (A)", "$5,363"],
    ]);
  });

  test("pipe text: each cell's position among the bars is its column, empty cells kept as gaps", () => {
    const [table] = readTextTables("| A | 1 | | 3 |\n| B | 4 | 5 | 6 |");
    expect(table.rows[0].map((cell) => [cell.text, cell.x])).toEqual([
      ["A", 0],
      ["1", 1],
      ["3", 3],
    ]);
  });
});
