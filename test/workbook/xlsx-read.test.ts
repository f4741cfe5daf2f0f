// Reading .xlsx and CSV: linear in the cells present (a sparse sheet is not walked over its empty
// extent), and every bad input refused with an UnreadableInputError that says what to do.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseCsv, UnreadableInputError } from "../../src/core/schedule2/grid";
import { readWorkbookBuffer } from "../../src/cli/xlsx";

async function bufferOf(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("Data"));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("reading .xlsx", () => {
  test("a 6 KB sheet with cells in A1 and A1048576 reads as its two cells, at their rows", async () => {
    // Before the fix this walked 1,048,576 rows × columnCount (which walks every row): past 300 s.
    const data = await bufferOf((sheet) => {
      sheet.getCell("A1").value = "Allowance for doubtful accounts";
      sheet.getCell("A1048576").value = 473;
    });
    expect(data.length).toBeLessThan(10_000);
    const [grid] = await readWorkbookBuffer(data);
    expect(grid.values).toEqual([["Allowance for doubtful accounts"], [473]]);
    expect(grid.rowNumbers).toEqual([0, 1048575]);
  });

  test("a cell's value, number format, displayed text, formula and merges come through", async () => {
    const data = await bufferOf((sheet) => {
      sheet.getCell("B1").value = "Additions";
      sheet.mergeCells("B1:C1");
      sheet.getCell("B2").value = -473;
      sheet.getCell("B2").numFmt = '_($* #,##0_);_($* (#,##0);_($* "-"_);_(@_)';
      sheet.getCell("C2").value = { formula: "B2*2", result: -946 };
    });
    const [grid] = await readWorkbookBuffer(data);
    expect(grid.values[1]).toEqual([undefined, -473, -946]);
    expect(grid.numberFormats?.[1][1]).toMatch(/#,##0/);
    expect(grid.formulas?.[1][2]).toBe("=B2*2");
    expect(grid.merges).toEqual([{ row: 0, column: 1, rowCount: 1, columnCount: 2 }]);
  });

  test("a zip bomb is refused before it is unpacked, with a message", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(64 * 2 ** 20));
    const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await expect(readWorkbookBuffer(data, "bomb.xlsx")).rejects.toThrow(UnreadableInputError);
    await expect(readWorkbookBuffer(data, "bomb.xlsx")).rejects.toThrow(
      /bomb\.xlsx would unpack to more than/,
    );
  });

  test("a file that is not a workbook says so", async () => {
    await expect(readWorkbookBuffer(Buffer.from("Account,Begin\n"), "x.xlsx")).rejects.toThrow(
      /x\.xlsx is not an \.xlsx workbook/,
    );
  });
});

describe("reading CSV", () => {
  test("an unclosed quote in 20 MB names its line instead of overflowing the stack", () => {
    const text = "Account,Begin\n" + '"' + "x".repeat(20_000_000);
    expect(() => parseCsv(text, "big.csv")).toThrow(
      new UnreadableInputError(
        'big.csv: the quoted field that opens on line 2 is never closed; close it with " (a quote inside a field is written "")',
      ),
    );
  });

  test("a million rows are refused with a message, not an out-of-memory abort", () => {
    const text = "Allowance,100,20,5,115\n".repeat(1_000_000);
    expect(() => parseCsv(text, "huge.csv")).toThrow(
      /huge\.csv has more than 200,000 rows; Tieout reads at most 200,000 rows/,
    );
  });
});
