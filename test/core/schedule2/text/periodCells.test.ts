// Year labels in a stored render's cell stream: a lone year cell just before the first account
// opens the body (fixture 219, Goodyear: "2008" / "Allowance for doubtful accounts" / "$88" …), so
// it is never read as the last piece of a stacked header; a line of years is a header across.
import { withYearBefore, yearsAcross } from "../../../../src/core/schedule2/text/periodCells";

const cells = (...texts: string[]) => texts.map((text) => ({ text, empty: text === "" }));

describe("a year in its own cell before the first account", () => {
  it("opens the body at the year", () => {
    const stream = cells(
      "Balance at end of period",
      "",
      "2008",
      "",
      "Allowance for doubtful accounts",
      "$88",
    );
    expect(withYearBefore(stream, 4)).toBe(2);
  });

  it("leaves a line of years to the header", () => {
    const stream = cells("2019", "2018", "2017", "Beginning balance", "10");
    expect(withYearBefore(stream, 3)).toBe(3);
  });

  it("changes nothing when no year stands before the label", () => {
    const stream = cells("Balance at end of period", "Allowance for doubtful accounts", "$88");
    expect(withYearBefore(stream, 1)).toBe(1);
  });
});

describe("a line of years across", () => {
  it("is two or more bare years one after another, empty cells between", () => {
    const stream = cells("Years Ended December 31,", "", "2019", "", "2018", "", "2017", "Allowance:");
    expect([...yearsAcross(stream)]).toEqual([2, 4, 6]);
  });

  it("leaves a lone year to the block it opens", () => {
    const stream = cells("Balance at end of period", "2008", "Allowance for doubtful accounts", "$88");
    expect(yearsAcross(stream).size).toBe(0);
  });
});
