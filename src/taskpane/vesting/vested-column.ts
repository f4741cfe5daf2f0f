// The "vested as of" column written beside a selected grant list, as TIEOUT.VESTED formulas.
// The selection must be a list of grants (dates in the first column, whole share counts in the
// second): anything else, such as a Schedule II's figures, is refused before a cell is written.
import { cellRef } from "../../core/workbook";
import { isIsoDate } from "../../core/dates";
import type { IsoDate } from "../../core/vesting/types";
import { qualifiedAddress } from "../../excel/address";
import type { CellInput, CellValue, SheetGrid } from "../../excel/types";
import { formatAmount } from "../shared/format";
import type { Progress } from "../shared/useTask";

export interface VestedColumnOptions {
  asOf: IsoDate;
  schedule: string;
  rounding: string;
  /** The day-of-month policy of the preview; VESTED has no such argument, so only `start` is written. */
  dayOfMonth?: string;
}

export interface VestedColumn {
  /** Sheet-qualified top cell of the new column. */
  topLeft: string;
  cells: CellInput[];
  /** How many grants get a formula. */
  formulaCount: number;
  /** Whole shares, unless the rounding leaves fractions. */
  numberFormat: string;
}

const DEFAULT_ROUNDING = "cumulative-round-down";
/** Rows handled between two yields to the browser. */
export const BLOCK_ROWS = 1000;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function looksNumeric(value: unknown): boolean {
  return typeof value === "number" || (typeof value === "string" && /^\s*[\d,]+(\.\d+)?\s*$/.test(value));
}

/** A number format that shows a date: d, m or y outside quoted text and [colour/locale] codes. */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dmy]/i.test(bare) && !/General/i.test(bare);
}

export function isGrantDate(value: CellValue, format: string): boolean {
  if (typeof value === "number") return value >= 1 && Number.isInteger(value) && isDateFormat(format);
  return typeof value === "string" && isIsoDate(value.trim());
}

function wholeShares(value: CellValue): boolean {
  const text =
    typeof value === "number" ? String(value) : typeof value === "string" ? value.replace(/[,\s]/g, "") : "";
  return /^\d+$/.test(text) && Number(text) > 0;
}

/** A cell as the user sees it: a number as displayed, text in quotes. */
export function shown(value: CellValue, text: string | undefined): string {
  if (typeof value === "number") return text && text.trim() !== "" ? text.trim() : formatAmount(value);
  return `"${String(value)}"`;
}

function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function excelDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
}

const NOT_GRANTS =
  "The column is added beside a list of grants only: grant dates in the first column, whole share counts in the second.";

/**
 * Reads a selection of two columns (grant date, shares; an optional header row) and builds the
 * column to its right, `BLOCK_ROWS` rows at a time; `step` reports progress between blocks (and
 * may throw to cancel). Blank rows stay blank; a header row gets a header.
 */
export async function buildVestedColumn(
  selection: SheetGrid,
  options: VestedColumnOptions,
  step: (progress: Progress) => Promise<void> = async () => undefined,
): Promise<VestedColumn> {
  if (options.dayOfMonth !== undefined && options.dayOfMonth !== "start") {
    // TIEOUT.VESTED always vests on the start's day: a column on another policy would disagree
    // with the preview, date by date. Refused rather than written approximately.
    throw new Error(
      "The vested-as-of column uses TIEOUT.VESTED, which vests on the start's day of the month; the schedule above vests on another day, so the column would not match it. Choose The start's day, or use Insert table and chart.",
    );
  }
  const width = selection.values[0]?.length ?? 0;
  if (width !== 2) {
    throw new Error(
      `Select the grant list as exactly two columns, grant date then shares; the selection ${selection.address} has ${width} ${width === 1 ? "column" : "columns"}.`,
    );
  }
  const hasHeader = !isBlank(selection.values[0][1]) && !looksNumeric(selection.values[0][1]);
  const dateCol = selection.columnIndex;
  const sharesCol = selection.columnIndex + 1;
  const trailing = [options.schedule ? excelText(options.schedule) : "", "", ""];
  if (options.rounding && options.rounding !== DEFAULT_ROUNDING) trailing[2] = excelText(options.rounding);
  // Drop trailing omitted arguments so the formula reads as short as it can.
  while (trailing.length && trailing[trailing.length - 1] === "") trailing.pop();
  const tail = trailing.length ? "," + trailing.join(",") : "";

  let formulaCount = 0;
  const total = selection.values.length;
  const cells: CellInput[] = [];
  for (let i = 0; i < total; i++) {
    if (i > 0 && i % BLOCK_ROWS === 0) await step({ label: "Checking the grants", done: i, total });
    const row = selection.values[i];
    if (i === 0 && hasHeader) {
      cells.push(`Vested ${options.asOf}`);
      continue;
    }
    if (isBlank(row[0]) && isBlank(row[1])) {
      cells.push(null);
      continue;
    }
    const sheetRow = selection.rowIndex + i;
    const place = qualifiedAddress(
      selection.sheetName,
      `${cellRef(sheetRow, dateCol)}:${cellRef(sheetRow, sharesCol)}`,
    );
    if (!isGrantDate(row[0], selection.numberFormats[i]?.[0] ?? "General")) {
      throw new Error(
        `${place} is not a grant: ${shown(row[0], selection.text[i]?.[0])} is not a date. ${NOT_GRANTS}`,
      );
    }
    if (!wholeShares(row[1])) {
      throw new Error(
        `${place} is not a grant: ${shown(row[1], selection.text[i]?.[1])} is not a whole number of shares. ${NOT_GRANTS}`,
      );
    }
    formulaCount++;
    cells.push(
      `=TIEOUT.VESTED(${cellRef(sheetRow, dateCol)},${cellRef(sheetRow, sharesCol)},${excelDate(options.asOf)}${tail})`,
    );
  }
  if (formulaCount === 0) {
    throw new Error(`The selection ${selection.address} holds no grants: put grant dates and shares in it.`);
  }
  return {
    topLeft: qualifiedAddress(selection.sheetName, cellRef(selection.rowIndex, selection.columnIndex + 2)),
    cells,
    formulaCount,
    numberFormat: options.rounding === "fractional" ? "#,##0.####" : "#,##0",
  };
}
