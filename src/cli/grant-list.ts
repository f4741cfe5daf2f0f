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

async function readCells(file: string): Promise<Cell[][]> {
  try {
    if (path.extname(file).toLowerCase() === ".xlsx") {
      const { default: ExcelJS } = await import("exceljs");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0];
      const rows: Cell[][] = [];
      sheet?.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: Cell[] = [];
        for (let c = 1; c <= sheet.columnCount; c++) {
          const value = row.getCell(c).value;
          const plain =
            value && typeof value === "object" && !(value instanceof Date) && "result" in value
              ? value.result
              : value;
          cells.push(
            plain instanceof Date || typeof plain === "number" || typeof plain === "string"
              ? plain
              : plain == null
                ? null
                : String(plain),
          );
        }
        rows[r - 1] = cells;
      });
      return Array.from(rows, (row) => row ?? []);
    }
    return parseCsv(await fs.readFile(file, "utf8"));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}

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
  const header = (rows[0] ?? []).map((cell) =>
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
  rows.slice(1).forEach((row, i) => {
    const at = (field: string): Cell => (columns[field] < 0 ? null : (row[columns[field]] ?? null));
    const where = `${file} row ${i + 2}`;
    const text = (field: string): string | null => {
      const value = at(field);
      return value === null || String(value).trim() === "" ? null : String(value).trim();
    };
    const grantDate = dateText(at("grantDate"), where);
    const shares = text("shares");
    if (grantDate === null && shares === null) return;
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
    labels.push(`row ${i + 2}`);
  });
  return { grants, labels };
}
