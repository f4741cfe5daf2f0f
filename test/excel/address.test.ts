import { formatBlock, parseBlock, qualifiedAddress, splitAddress } from "../../src/excel/address";
import { uniqueSheetName } from "../../src/excel/sheet-names";
import { formulaCell, textCell } from "../../src/excel/cells";

describe("A1 addresses", () => {
  it("reads cells and ranges 0-based, in either corner order", () => {
    expect(parseBlock("B5")).toEqual({ row: 4, column: 1, rowCount: 1, columnCount: 1 });
    // AA is column 27 (0-based 26); F20:A1 is the same block as A1:F20.
    expect(parseBlock("$AA$10")).toEqual({ row: 9, column: 26, rowCount: 1, columnCount: 1 });
    expect(parseBlock("F20:A1")).toEqual({ row: 0, column: 0, rowCount: 20, columnCount: 6 });
  });

  it("names what is wrong with a bad address", () => {
    expect(() => parseBlock("5B")).toThrow('"5B" is not a cell address like B5');
    expect(() => parseBlock("A0")).toThrow("outside the sheet");
    expect(() => parseBlock("XFE1")).toThrow("outside the sheet");
    expect(() => parseBlock("A1:B2:C3")).toThrow('more than one ":"');
  });

  it("writes blocks back as Excel does", () => {
    expect(formatBlock({ row: 0, column: 0, rowCount: 26, columnCount: 5 })).toBe("A1:E26");
    expect(formatBlock({ row: 4, column: 1, rowCount: 1, columnCount: 1 })).toBe("B5");
  });

  it("quotes sheet names only when Excel would", () => {
    expect(qualifiedAddress("Seed", "C5")).toBe("Seed!C5");
    expect(qualifiedAddress("Tie-out", "A1")).toBe("'Tie-out'!A1");
    expect(qualifiedAddress("Bob's sheet", "A1")).toBe("'Bob''s sheet'!A1");
    expect(qualifiedAddress("AB12", "A1")).toBe("'AB12'!A1"); // looks like a cell
  });

  it("splits a sheet-qualified address, unquoting the name", () => {
    expect(splitAddress("'Bob''s sheet'!B2")).toEqual({ sheetName: "Bob's sheet", local: "B2" });
    expect(splitAddress("C5")).toEqual({ sheetName: null, local: "C5" });
    expect(() => splitAddress("!C5")).toThrow("empty sheet name");
  });
});

describe("sheet names", () => {
  it("keeps a free name and numbers a taken one, ignoring case", () => {
    expect(uniqueSheetName("Vesting", ["Seed"])).toBe("Vesting");
    expect(uniqueSheetName("Vesting", ["vesting", "Vesting (2)"])).toBe("Vesting (3)");
  });

  it("drops characters Excel forbids and stays within 31 characters", () => {
    expect(uniqueSheetName("Q1/Q2: [draft]?", [])).toBe("Q1 Q2 draft");
    const long = "Valuation and qualifying accounts 2004";
    expect(uniqueSheetName(long, [])).toBe("Valuation and qualifying accoun"); // 31 characters
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toBe("Valuation and qualifying ac (2)");
    expect(uniqueSheetName("History", [])).toBe("History (2)"); // reserved by Excel
  });
});

describe("cells as written to Excel", () => {
  it("keeps text that Excel would read as a number, date, boolean or formula as text", () => {
    expect(textCell("2003-07-21")).toBe("'2003-07-21");
    expect(textCell("(1,234)")).toBe("'(1,234)");
    expect(textCell("Jul 2003")).toBe("'Jul 2003");
    expect(textCell("TRUE")).toBe("'TRUE");
    expect(textCell("=cmd()")).toBe("'=cmd()");
    expect(textCell("Warranty reserve")).toBe("Warranty reserve");
  });

  it("writes formulas as formulas, null as empty, and refuses numbers Excel cannot hold", () => {
    expect(formulaCell("=B2+C2", "A1")).toBe("=B2+C2");
    expect(formulaCell(null, "A1")).toBe("");
    expect(() => formulaCell(Number.NaN, "cell C4")).toThrow("Cannot write NaN to cell C4");
  });
});
