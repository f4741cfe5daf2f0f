// Reading a file named on the command line into what the Schedule II reader takes:
// text (EDGAR text, HTML, a whole filing) or grids of cells (.xlsx sheets, .csv).
import { promises as fs } from "fs";
import * as path from "path";
import { parseCsv, type CellGrid } from "../core/schedule2/grid";
import { UsageError } from "./io";

export type ScheduleSource = string | CellGrid;

/** The file's contents as one text or one grid per sheet; a UsageError naming the file if it cannot be read. */
export async function readSources(file: string): Promise<ScheduleSource[]> {
  const extension = path.extname(file).toLowerCase();
  try {
    if (extension === ".xlsx") {
      // exceljs loads only for a workbook: it is most of the command's start-up time.
      const { readWorkbook } = await import("./xlsx");
      return await readWorkbook(file);
    }
    const text = await fs.readFile(file, "utf8");
    return extension === ".csv" ? [{ values: parseCsv(text) }] : [text];
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}
