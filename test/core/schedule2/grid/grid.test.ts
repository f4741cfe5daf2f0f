// A grid of cells (Excel range, .xlsx, .csv) → RawTable; CSV parsing.
import fc from "fast-check";
import { cellAddress, gridToRawTable, parseCsv } from "../../../../src/core/schedule2/grid";

describe("cellAddress", () => {
  test("column letters at the edges of each letter count: A, Z, AA, XFD", () => {
    expect([0, 25, 26, 16383].map((c) => cellAddress(0, c))).toEqual(["A1", "Z1", "AA1", "XFD1"]);
  });

  test("sheet names are quoted when Excel needs it", () => {
    expect(cellAddress(6, 1, "Sheet1")).toBe("Sheet1!B7");
    expect(cellAddress(6, 1, "Q4 Data")).toBe("'Q4 Data'!B7");
    expect(cellAddress(6, 1, "O'Brien")).toBe("'O''Brien'!B7");
    // A name that reads like a cell reference must be quoted too.
    expect(cellAddress(0, 0, "AB12")).toBe("'AB12'!A1");
  });
});

describe("gridToRawTable", () => {
  test("addresses honour the range's offset; numbers keep their value and displayed text", () => {
    const table = gridToRawTable({
      values: [
        ["Allowance", 1466, -473, null, "", 572],
        [null, null, null, null, null, null],
        ["Total", true, 0.1 + 0.2, "  two  words ", null, null],
      ],
      text: [["Allowance", "$ 1,466", "(473)", "", "", "572"]],
      sheetName: "Sched",
      rowIndex: 4,
      columnIndex: 2,
    });
    expect(table.source).toBe("grid");
    expect(table.rows).toEqual([
      [
        { text: "Allowance", address: "Sched!C5", x: 2, width: 1 },
        { text: "$ 1,466", address: "Sched!D5", x: 3, width: 1, number: 1466 },
        { text: "(473)", address: "Sched!E5", x: 4, width: 1, number: -473 },
        { text: "572", address: "Sched!H5", x: 7, width: 1, number: 572 },
      ],
      // The empty row is dropped; 0.1 + 0.2 shows as Excel shows it (15 significant digits).
      [
        { text: "Total", address: "Sched!C7", x: 2, width: 1 },
        { text: "TRUE", address: "Sched!D7", x: 3, width: 1 },
        { text: "0.3", address: "Sched!E7", x: 4, width: 1, number: 0.1 + 0.2 },
        { text: "two words", address: "Sched!F7", x: 5, width: 1 },
      ],
    ]);
  });

  test("a CSV exported from a viewer: a lone $ joins its figure and keeps the figure's address; ) joins the figure before", () => {
    const table = gridToRawTable({ values: parseCsv("Bad debts,$,955,$,(1447,)\n") });
    expect(table.rows[0].map((c) => [c.text, c.address, c.x, c.width])).toEqual([
      ["Bad debts", "A1", 0, 1],
      ["$955", "C1", 1, 2],
      ["$(1447)", "E1", 3, 3],
    ]);
  });

  test("random grids never throw and every cell has an address", () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 8 }), (values) => {
        for (const cell of gridToRawTable({ values }).rows.flat())
          expect(cell.address).toMatch(/^[A-Z]+\d+$/);
      }),
    );
  });
});

describe("parseCsv", () => {
  test("quoted fields with commas, doubled quotes and line breaks; CRLF; a BOM", () => {
    const csv = '\ufeffAccount,"Balance, begin","Say ""hi"""\r\n"Two\nlines",1,\r\n';
    expect(parseCsv(csv)).toEqual([
      ["Account", "Balance, begin", 'Say "hi"'],
      ["Two\nlines", "1", ""],
    ]);
  });

  test("empty input has no rows; a last line without a line break is kept; empty lines are rows of one empty field", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("a,b\n\nc")).toEqual([["a", "b"], [""], ["c"]]);
  });

  test("a stray quote is kept as printed rather than swallowing the rest of the file", () => {
    expect(parseCsv('5" pipe,2\n"x"y,3')).toEqual([
      ['5" pipe', "2"],
      ["xy", "3"],
    ]);
  });

  test("whatever the text, fields re-joined with their separators give back the input (no BOM, no quotes)", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('"') && !s.startsWith("\ufeff")),
        (text) => {
          const rows = parseCsv(text);
          const normal = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
          expect(rows.map((r) => r.join(",")).join("\n")).toBe(normal);
        },
      ),
    );
  });
});
