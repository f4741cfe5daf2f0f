// EDGAR <TABLE> text whose first <C> column holds the year of each row, between the wrapped account
// name and the figures (fixture 237): the year is the row's period, not a figure.
import { numberLines, readFixedWidth } from "../../../../src/core/schedule2/text/fixedWidth";

const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));

const HEADER = [
  "<TABLE>",
  "<CAPTION>",
  "                                  BALANCE AT    CHARGED TO   WRITE-OFFS   BALANCE AT",
  "                                   BEGINNING      EXPENSES                       END",
  "<S>                       <C>     <C>           <C>          <C>          <C>",
];

function read(lines: string[]) {
  return readFixedWidth(numberLines(lines.join("\n"), 1), "", "edgar-text");
}

describe("a year column under no header", () => {
  test("is the period of its row; the wrapped account name above it is one heading", () => {
    const table = read([
      ...HEADER,
      "ALLOWANCE FOR",
      "DOUBTFUL ACCOUNTS         2002    $    24,225   $    5,115   $   18,642   $   10,698",
      "                          2001          4,477       29,990       10,242       24,225",
      "</TABLE>",
    ]);
    expect(table.columns?.map((c) => c.x)).toEqual([34, 48, 61, 74]); // the year's <C> is no value column
    expect(texts(table.rows.slice(table.headerRowCount))).toEqual([
      ["ALLOWANCE FOR DOUBTFUL ACCOUNTS"],
      ["2002", "$ 24,225", "$ 5,115", "$ 18,642", "$ 10,698"],
      ["2001", "4,477", "29,990", "10,242", "24,225"],
    ]);
  });

  test("a column with a header over it, or with other figures in it, stays a value column", () => {
    const headed = read([
      ...HEADER.slice(0, 3),
      "                          YEAR     BEGINNING      EXPENSES                       END",
      HEADER[4],
      "Allowance                 2002    $    24,225   $    5,115   $   18,642   $   10,698",
      "                          2001          4,477       29,990       10,242       24,225",
      "</TABLE>",
    ]);
    expect(headed.columns).toHaveLength(5);
    const figures = read([
      ...HEADER,
      "Allowance                 2002    $    24,225   $    5,115   $   18,642   $   10,698",
      "                          1,250         4,477       29,990       10,242       24,225",
      "</TABLE>",
    ]);
    expect(figures.columns).toHaveLength(5);
    expect(texts(figures.rows.slice(figures.headerRowCount))[0][0]).toBe("Allowance");
  });
});
