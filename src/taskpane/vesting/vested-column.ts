// The "vested as of" column written beside a selected grant list, as TIEOUT.VESTED formulas.
import { cellRef } from "../../core/workbook";
import type { IsoDate } from "../../core/vesting/types";
import { qualifiedAddress } from "../../excel/address";
import type { CellInput, SheetGrid } from "../../excel/types";

export interface VestedColumnOptions {
  asOf: IsoDate;
  schedule: string;
  rounding: string;
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

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function looksNumeric(value: unknown): boolean {
  return typeof value === "number" || (typeof value === "string" && /^\s*[\d,]+(\.\d+)?\s*$/.test(value));
}

function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function excelDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
}

/**
 * Reads a selection of two columns (grant date, shares; an optional header row) and builds the
 * column to its right. Blank rows stay blank; a header row gets a header.
 */
export function vestedColumnFor(selection: SheetGrid, options: VestedColumnOptions): VestedColumn {
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
  const cells: CellInput[] = selection.values.map((row, i) => {
    if (i === 0 && hasHeader) return `Vested ${options.asOf}`;
    if (isBlank(row[0]) && isBlank(row[1])) return null;
    formulaCount++;
    const sheetRow = selection.rowIndex + i;
    return `=TIEOUT.VESTED(${cellRef(sheetRow, dateCol)},${cellRef(sheetRow, sharesCol)},${excelDate(options.asOf)}${tail})`;
  });
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
