// Reading a file named on the command line into what the Schedule II reader takes:
// text (EDGAR text, HTML, a whole filing) or grids of cells (.xlsx sheets, .csv).
import * as fs from "fs";
import * as path from "path";
import { readSchedules } from "../core/schedule2";
import type { CellGrid } from "../core/schedule2/grid";
import type * as Errors from "../core/schedule2/grid/errors";
import { InputError, inputErrorMessage } from "./io";

export type ScheduleSource = string | CellGrid;

/** Files that are not text at all, by their first bytes: named, with what to do instead. */
const BINARY_KINDS: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: "a PDF; save the filing as text or HTML from EDGAR" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: "an old .xls workbook; open it in Excel and save it as .xlsx" },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: "a zip archive; if it is a workbook, name it .xlsx" },
];

// Windows-1252's 0x80-0x9F (curly quotes, dashes, €), which Latin-1 leaves as control codes. Decoded
// by hand: Node 20's TextDecoder("windows-1252") gives Latin-1, turning an em dash zero into U+0097.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function windows1252(data: Buffer): string {
  return data.toString("latin1").replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function unreadable(what: string, reason: string): InputError {
  return new InputError(
    `${what} is not text Tieout can read (${reason}): it reads UTF-8, UTF-16 and Windows-1252 text, ` +
      "HTML, .csv and .xlsx",
  );
}

/**
 * Text as its bytes say: UTF-8 (with or without a byte-order mark), UTF-16 with a mark or without
 * one (little- or big-endian), else Windows-1252. Bytes that are not text in any of these (a PDF,
 * an .xls, random binary with NUL bytes) are an InputError naming `what`, not an empty reading.
 */
export function decodeText(data: Buffer, what = "The file"): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString("utf16le");
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2)).swap16().toString("utf16le");
  const kind = BINARY_KINDS.find(({ magic }) => magic.every((byte, i) => data[i] === byte));
  if (kind) throw unreadable(what, `it is ${kind.what}`);
  // UTF-16 without a mark: every other byte of ASCII text is zero (odd bytes little-endian, even big).
  const sample = data.subarray(0, 4096);
  const zerosAt = (parity: number) => sample.filter((b, i) => b === 0 && i % 2 === parity).length;
  if (sample.length >= 8 && zerosAt(1) > sample.length / 3) return data.toString("utf16le");
  if (sample.length >= 8 && zerosAt(0) > sample.length / 3 && data.length % 2 === 0) {
    return Buffer.from(data).swap16().toString("utf16le");
  }
  // Text never holds NUL; a file that does is binary (or UTF-32, which no filing uses).
  if (sample.includes(0)) throw unreadable(what, "it holds binary bytes");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\ufeff/, "");
  } catch {
    // Not UTF-8: 1990s filings and spreadsheets saved on Windows are Latin-1 (Windows-1252).
    return windows1252(data);
  }
}

/**
 * The file's contents as one text, or the grids of its sheets that hold a Schedule II (a whole
 * workbook's other statements are left out); an InputError naming the file if it cannot be read
 * (one line, exit 2: the input is wrong, not the command line).
 */
export async function readSources(file: string): Promise<ScheduleSource[]> {
  const extension = path.extname(file).toLowerCase();
  try {
    if (extension === ".xlsx") {
      // exceljs loads only for a workbook: it is most of the command's start-up time.
      const { readWorkbook } = await import("./xlsx");
      const { scheduleSheets } = await import("../core/schedule2/grid/workbook");
      return scheduleSheets(await readWorkbook(file), (grid) => readSchedules(grid)).map((s) => s.grid);
    }
    // Read at once: one file at a time (a worker thread each in a batch), and Node's promise-based
    // file system is a dozen more modules to load at start-up.
    const text = decodeText(fs.readFileSync(file), file);
    if (extension !== ".csv") return [text];
    const { parseCsv } = await import("../core/schedule2/grid/csv");
    return [{ values: parseCsv(text, file) }];
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { UnreadableInputError } = require("../core/schedule2/grid/errors") as typeof Errors;
    if (error instanceof UnreadableInputError || error instanceof InputError) {
      throw new InputError(error.message);
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : (inputErrorMessage(error) ?? (error as Error).message);
    throw new InputError(`cannot read ${file}: ${reason.replace(`${file}: `, "")}`);
  }
}
