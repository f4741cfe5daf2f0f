// Footnote marks, page text and period captions in a stored render's "|" cell stream (the render of
// an R page or an HTML exhibit: one cell per "|" line, lines without "|" continue a cell). Small
// hand-made renders in the shapes of fixtures 212 (Tiffany), 215 (Sonoco), 216 (CIK 918160),
// 219 (Goodyear) and 240 (CIK 1255137); every figure below is checked by hand.
import { readSchedules } from "../../../../src/core/schedule2";
import { continuesCell, gluedMark, isPageNoise } from "../../../../src/core/schedule2/text/marks";

const HEADER = [
  "Schedule II — Valuation and Qualifying Accounts",
  "(In thousands)",
  "|Description",
  "|Balance at Beginning of Period",
  "|Charged to Costs and Expenses",
  "|Deductions",
  "|Balance at End of Period",
];

const render = (...body: string[]): string => [...HEADER, ...body].join("\n");

const rowsOf = (text: string) =>
  readSchedules(text).flatMap((model) =>
    model.rows.map((row) => ({
      period: row.period,
      account: row.account,
      figures: [row.begin, ...row.additions, ...row.deductions, row.end].map((v) => v.toNumber()),
    })),
  );

describe("footnote marks in their own cells", () => {
  it("reads a bare digit after a figure as its footnote when the row has one amount too many", () => {
    const text = render(
      "|Year ended December 31, 2023",
      "|Allowance for doubtful accounts",
      "|1,734",
      "|1,052",
      "|1,258",
      "|2",
      "|1,528",
      "|Inventory reserve",
      "|500",
      "|100",
      "|50",
      "|550",
    );
    expect(rowsOf(text)).toEqual([
      { period: "2023", account: "Allowance for doubtful accounts", figures: [1734, 1052, 1258, 1528] },
      { period: "2023", account: "Inventory reserve", figures: [500, 100, 50, 550] },
    ]);
  });

  it("keeps a bare digit that is a figure: here '2' is the deduction (5 + 4 − 2 = 7)", () => {
    const text = render(
      "|Year ended December 31, 2023",
      "|Allowance for doubtful accounts",
      "|5",
      "|4",
      "|2",
      "|7",
      "|Inventory reserve",
      "|500",
      "|100",
      "|50",
      "|550",
    );
    expect(rowsOf(text)[0].figures).toEqual([5, 4, 2, 7]);
  });

  it("takes a footnote letter in its own cell for the mark of the figure before it (212)", () => {
    const text = render(
      "|Year Ended January 31, 2012:",
      "|Doubtful accounts",
      "|4,705",
      "|1,057",
      "|3,296",
      "|a",
      "|2,466",
      "|Sales returns",
      "|7,078",
      "|6,465",
      "|4,237",
      "|b",
      "|9,306",
    );
    expect(rowsOf(text).map((row) => row.figures)).toEqual([
      [4705, 1057, 3296, 2466],
      [7078, 6465, 4237, 9306],
    ]);
  });
});

describe("text under the last figure is the page's", () => {
  it("never reads the footnotes or a page number run on under the last cell as figures (215, 219)", () => {
    const text = render(
      "|2008",
      "|Allowance for doubtful accounts",
      "|88",
      "|34",
      "|29",
      "|93",
      "|Valuation allowance",
      "|2,231",
      "|470",
      "|0",
      "|2,701",
      "1",
      "(a) Includes amounts written off.",
    );
    expect(rowsOf(text)).toEqual([
      { period: "2008", account: "Allowance for doubtful accounts", figures: [88, 34, 29, 93] },
      { period: "2008", account: "Valuation allowance", figures: [2231, 470, 0, 2701] },
    ]);
  });

  it("drops viewer chrome after the table (240's 'QuickLinks')", () => {
    const text = render(
      "|Year ended December 31, 2023",
      "|Allowance for doubtful accounts",
      "|10",
      "|5",
      "|3",
      "|12",
      "|Inventory reserve",
      "|500",
      "|100",
      "|50",
      "|550",
      "QuickLinks",
    );
    expect(rowsOf(text).map((row) => row.figures[3])).toEqual([12, 550]);
  });

  it("still joins a heading wrapped over lines without '|' (a cell is continued unless it holds a figure)", () => {
    expect(continuesCell("Balance at", "Beginning of Period")).toBe(true);
    expect(continuesCell("", "Allowance for doubtful accounts")).toBe(true);
    expect(continuesCell("$", "4,471")).toBe(true);
    expect(continuesCell("2,807", "1")).toBe(false);
    expect(continuesCell("93,992", "1 Includes translation adjustments.")).toBe(false);
    expect(continuesCell("Inventory reserve", "QuickLinks")).toBe(false);
  });

  it("tells page numbers and lone marks from footnote text", () => {
    expect(["1", "- 91 -", "S-2", "Page 3", "- (1)", "a)"].every(isPageNoise)).toBe(true);
    expect(isPageNoise("1 Includes amounts written off.")).toBe(false);
    expect(gluedMark("a")).toBe("(a)");
    expect(gluedMark("(b)")).toBe("(b)");
  });
});

describe("period captions and descriptions under an account name", () => {
  it("reads 'Year Ended December 31,' over bare years as the periods of the account above (216)", () => {
    const text = render(
      "|Allowance for Doubtful Accounts",
      "|Year Ended December 31,",
      "|2005",
      "|$",
      "|5.6",
      "|4.6",
      "|(3.6",
      "|)",
      "|$",
      "|6.6",
      "|2004",
      "|4.1",
      "|4.3",
      "|(2.8",
      "|)",
      "|5.6",
    );
    expect(rowsOf(text)).toEqual([
      { period: "2005", account: "Allowance for Doubtful Accounts", figures: [5.6, 4.6, -3.6, 6.6] },
      { period: "2004", account: "Allowance for Doubtful Accounts", figures: [4.1, 4.3, -2.8, 5.6] },
    ]);
  });

  it("names the account without its parenthetical description or a 'fiscal year ended:' line (240)", () => {
    const text = render(
      "|Inventory reserve",
      "|(deducted from inventories)",
      "|fiscal year ended:",
      "|February 1, 2003",
      "|8,367",
      "|4,053",
      "|—",
      "|12,420",
      "|February 2, 2002",
      "|7,360",
      "|1,007",
      "|—",
      "|8,367",
    );
    expect(rowsOf(text)).toEqual([
      { period: "2003", account: "Inventory reserve", figures: [8367, 4053, 0, 12420] },
      { period: "2002", account: "Inventory reserve", figures: [7360, 1007, 0, 8367] },
    ]);
  });
});
