// `tieout forecast` reading grant lists: CSV in UTF-8 (with or without a byte-order mark) and
// UTF-16 LE/BE with a mark, other encodings refused with exit 2; .xlsx read by the cells present.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { tieout } from "./run";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-grant-list-"));
const LIST = "Holder,Grant date,Shares,Schedule\nMüller,2003-07-21,1000,reference-grant\n";
// The reference grant: 500 on 2004-01-21 (six months), then floor(1000 · 25/48) = 520 on
// 2004-02-21 and floor(1000 · 26/48) = 541 on 2004-03-21: 541 in the first quarter of 2004.
const QUARTER = "start,end,shares,cumulative\n2004-01-01,2004-03-31,541,541";

const forecast = (file: string) =>
  tieout(
    "forecast",
    file,
    "--from",
    "2004-01-01",
    "--to",
    "2004-03-31",
    "--period",
    "quarter",
    "--format",
    "csv",
  );

function write(name: string, bytes: Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe("tieout forecast: CSV encodings", () => {
  const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

  it.each([
    ["UTF-8", Buffer.from(LIST, "utf8")],
    [
      "UTF-8 with a byte-order mark",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LIST, "utf8")]),
    ],
    [
      "UTF-16 LE with a byte-order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LIST, "utf16le")]),
    ],
    ["UTF-16 BE with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(LIST)])],
  ])("reads %s", async (name, bytes) => {
    const file = write(`${name.replace(/\W+/g, "-")}.csv`, bytes);
    expect(await forecast(file)).toEqual({ code: 0, stdout: QUARTER, stderr: "" });
  });

  it.each([
    ["Windows-1252 (ü as the byte FC)", Buffer.from(LIST, "latin1")],
    ["UTF-16 LE without a byte-order mark", Buffer.from(LIST, "utf16le")],
  ])("refuses %s with exit 2 and one line saying what to do", async (name, bytes) => {
    const file = write(`${name.replace(/\W+/g, "-")}.csv`, bytes);
    const run = await forecast(file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toContain(
      'is not UTF-8 or UTF-16 text with a byte-order mark; save it as "CSV UTF-8" and try again',
    );
  });
});

describe("tieout forecast: .xlsx grant lists", () => {
  async function xlsx(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook.addWorksheet("Grants"));
    const file = path.join(tmp, name);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it("reads the cells present, names a bad row by its place on the sheet, even at row 1,048,576", async () => {
    const file = await xlsx("sparse.xlsx", (sheet) => {
      sheet.getCell("A1").value = "Grant date";
      sheet.getCell("C1").value = "Shares"; // B is empty: columns are found by their header
      sheet.getCell("D1").value = "Schedule";
      sheet.getCell("A2").value = "2003-07-21";
      sheet.getCell("C2").value = 1000;
      sheet.getCell("D2").value = "reference-grant";
      sheet.getCell("A1048576").value = "someday";
      sheet.getCell("C1048576").value = 5;
    });
    const run = await forecast(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("sparse.xlsx row 1048576: 'someday' is not a date; use YYYY-MM-DD");
  });

  it("forecasts from an .xlsx with a blank row between grants", async () => {
    const file = await xlsx("list.xlsx", (sheet) => {
      sheet.addRow(["Grant date", "Shares", "Schedule"]);
      sheet.addRow(["2003-07-21", 600, "reference-grant"]);
      sheet.getCell("A4").value = "2003-07-21";
      sheet.getCell("B4").value = 400;
      sheet.getCell("C4").value = "reference-grant";
    });
    // 600 + 400 shares on one schedule vest as the 1000 above: 541 by 2004-03-21 (each floor separately:
    // floor(600·26/48) = 325, floor(400·26/48) = 216; 325 + 216 = 541).
    expect(await forecast(file)).toEqual({ code: 0, stdout: QUARTER, stderr: "" });
  });
});
