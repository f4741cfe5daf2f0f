// Grant lists as files: the .csv or .xlsx that `tieout ocf import` writes and `tieout forecast`
// reads. Columns are found by their header (any case, any order); dates are YYYY-MM-DD text,
// Excel dates, or Excel serial numbers.
import { promises as fs } from "fs";
import * as path from "path";
import { isIsoDate, serialToIso } from "../core/dates";
import { parseCsv } from "../core/schedule2/grid";
import type { GrantInput } from "../core/vesting/types";
import { UsageError } from "./io";
import { GRANT_LIST_HEADERS as HEADER_NAMES } from "../core/vesting/grant-list-headers";

export const GRANT_COLUMNS = [
  "Holder",
  "Security",
  "Grant date",
  "Vesting start",
  "Shares",
  "Schedule",
  "Rounding",
  "Day of month",
  "Termination",
] as const;

type Cell = string | number | Date | null;

const csvField = (value: string): string =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function toCsv(rows: (string | number | null)[][]): string {
  return rows
    .map((row) => row.map((cell) => csvField(cell === null ? "" : String(cell))).join(","))
    .join("\n");
}

/** Writes rows (the first is the header) as .csv or .xlsx by the file's extension; date columns as dates in .xlsx. */
export async function writeRows(
  file: string,
  rows: (string | number | null)[][],
  dateColumns: number[],
): Promise<void> {
  if (path.extname(file).toLowerCase() !== ".xlsx") {
    await fs.writeFile(file, `${toCsv(rows)}\n`);
    return;
  }
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tieout";
  const sheet = workbook.addWorksheet("Grants", { views: [{ state: "frozen", ySplit: 1 }] });
  rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      if (r > 0 && dateColumns.includes(c) && typeof value === "string" && isIsoDate(value)) {
        cell.value = new Date(`${value}T00:00:00Z`);
        cell.numFmt = "yyyy-mm-dd";
      } else cell.value = value;
      if (r === 0) cell.font = { bold: true };
    });
  });
  sheet.columns.forEach((column) => (column.width = 16));
  await workbook.xlsx.writeFile(file);
}

/** A row of a grant list and its place in the file (1-based). */
interface FileRow {
  row: number;
  cells: Cell[];
}

/** A cell as a grant list reads it: a formula's result, dates, numbers and text; the rest as text. */
function plainCell(value: unknown): Cell {
  const plain =
    value && typeof value === "object" && !(value instanceof Date) && "result" in value
      ? (value as { result: unknown }).result
      : value;
  if (plain instanceof Date || typeof plain === "number" || typeof plain === "string") return plain;
  return plain == null ? null : String(plain);
}

/**
 * The rows present in the file, in order. An .xlsx is read by the rows and cells it holds
 * (eachRow and eachCell skip the rest), so the time is linear in the cells present, and a sheet
 * with cells in A1 and A1048576 costs two cells. A .csv is decoded as UTF-8 (with or without a
 * byte-order mark) or UTF-16 with a byte-order mark, by the one decoder `tieout check` uses.
 */
async function readCells(file: string): Promise<FileRow[]> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  try {
    if (path.extname(file).toLowerCase() === ".xlsx") {
      const { default: ExcelJS } = await import("exceljs");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const rows: FileRow[] = [];
      sheet?.eachRow((row, r) => {
        const cells: Cell[] = [];
        row.eachCell((cell, c) => (cells[c - 1] = plainCell(cell.value)));
        rows.push({ row: r, cells });
      });
      return rows;
    }
    return parseCsv(await csvText(data, file)).map((cells, i) => ({ row: i + 1, cells }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/**
 * A CSV's text: UTF-8, or UTF-8 or UTF-16 (little- or big-endian) with a byte-order mark, decoded
 * by sources.ts's decodeText. Anything else (Windows-1252, UTF-16 without a mark, binary) is
 * refused: a grant list's holder names and schedules must not be read in a guessed encoding.
 */
async function csvText(data: Buffer, file: string): Promise<string> {
  const bom =
    (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) ||
    (data[0] === 0xff && data[1] === 0xfe) ||
    (data[0] === 0xfe && data[1] === 0xff);
  const { decodeText } = await import("./sources");
  if (!bom && (data.includes(0) || !isUtf8(data))) {
    throw new UsageError(
      `cannot read ${file}: it is not UTF-8 or UTF-16 text with a byte-order mark; save it as "CSV UTF-8" and try again`,
    );
  }
  return decodeText(data, file);
}

const isUtf8 = (data: Buffer): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
};

function dateText(cell: Cell, where: string): string | null {
  if (cell === null || cell === "") return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "number") return serialToIso(cell);
  const text = cell.trim();
  if (text === "") return null;
  if (!isIsoDate(text)) throw new UsageError(`${where}: '${text}' is not a date; use YYYY-MM-DD`);
  return text;
}

/** The grants of a .csv or .xlsx grant list (first sheet), each with the row it came from. */
export async function readGrantList(
  file: string,
  defaults: { schedule: string | null; rounding: string | null },
): Promise<{ grants: GrantInput[]; labels: string[] }> {
  const rows = await readCells(file);
  const header = (rows[0]?.row === 1 ? rows[0].cells : []).map((cell) =>
    String(cell ?? "")
      .trim()
      .toLowerCase(),
  );
  const column = (field: string): number => header.findIndex((name) => HEADER_NAMES[field].includes(name));
  const columns = Object.fromEntries(Object.keys(HEADER_NAMES).map((field) => [field, column(field)]));
  if (columns.grantDate < 0 || columns.shares < 0) {
    throw new UsageError(`${file}: the first row must name a 'Grant date' and a 'Shares' column`);
  }
  const grants: GrantInput[] = [];
  const labels: string[] = [];
  for (const { row: number, cells: row } of rows) {
    if (number === 1) continue;
    const at = (field: string): Cell => (columns[field] < 0 ? null : (row[columns[field]] ?? null));
    const where = `${file} row ${number}`;
    const text = (field: string): string | null => {
      const value = at(field);
      return value === null || String(value).trim() === "" ? null : String(value).trim();
    };
    const grantDate = dateText(at("grantDate"), where);
    const shares = text("shares");
    if (grantDate === null && shares === null) continue;
    if (grantDate === null || shares === null)
      throw new UsageError(`${where}: a grant needs a grant date and shares`);
    // A list with a Schedule column leaves it empty where no schedule states the vesting (OCF
    // events, explicit dates): such a grant is refused rather than forecast on the default.
    if (columns.schedule >= 0 && text("schedule") === null && defaults.schedule === null) {
      throw new UsageError(
        `${where}: no schedule${text("note") ? ` (${text("note")})` : ""}; fill it in, remove the row, or give --schedule for rows without one`,
      );
    }
    grants.push({
      grantDate,
      shares: shares.replace(/,/g, ""),
      schedule: text("schedule") ?? defaults.schedule,
      rounding: text("rounding") ?? defaults.rounding,
      dayOfMonth: text("dayOfMonth"),
      vestingStart: dateText(at("vestingStart"), where),
      terminationDate: dateText(at("terminationDate"), where),
    });
    labels.push(`row ${number}`);
  }
  return { grants, labels };
}
