// Reading a file named on the command line into what the Schedule II reader takes:
// text (EDGAR text, HTML, a whole filing) or grids of cells (.xlsx sheets, .csv).
import { promises as fs } from "fs";
import * as path from "path";
import { readSchedules } from "../core/schedule2";
import { parseCsv, scheduleSheets, UnreadableInputError, type CellGrid } from "../core/schedule2/grid";
import { UsageError } from "./io";

export type ScheduleSource = string | CellGrid;

/** Text as its bytes say: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, else Latin-1. */
export function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString("utf16le");
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2)).swap16().toString("utf16le");
  // UTF-16 without a mark: every other byte of ASCII text is zero.
  const sample = data.subarray(0, 4096);
  const zeros = sample.filter((b, i) => b === 0 && i % 2 === 1).length;
  if (sample.length >= 8 && zeros > sample.length / 3) return data.toString("utf16le");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\ufeff/, "");
  } catch {
    // Not UTF-8: 1990s filings and spreadsheets saved on Windows are Latin-1 (Windows-1252).
    return new TextDecoder("windows-1252").decode(data);
  }
}

/**
 * The file's contents as one text, or the grids of its sheets that hold a Schedule II (a whole
 * workbook's other statements are left out); a UsageError naming the file if it cannot be read.
 */
export async function readSources(file: string): Promise<ScheduleSource[]> {
  const extension = path.extname(file).toLowerCase();
  try {
    if (extension === ".xlsx") {
      // exceljs loads only for a workbook: it is most of the command's start-up time.
      const { readWorkbook } = await import("./xlsx");
      return scheduleSheets(await readWorkbook(file), (grid) => readSchedules(grid)).map((s) => s.grid);
    }
    const text = decodeText(await fs.readFile(file));
    return extension === ".csv" ? [{ values: parseCsv(text, file) }] : [text];
  } catch (error) {
    if (error instanceof UnreadableInputError) throw new UsageError(error.message);
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}
