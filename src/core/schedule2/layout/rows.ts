// Sorting raw rows into labels, amounts and other text, and the model-building helpers both
// layouts (periods down, periods across) share.
import Decimal from "decimal.js";
import { looksNumeric, parseAmount } from "../../numbers";
import type { ColumnRole, Location, RawCell, ScheduleRowModel } from "../types";

export interface ValueCell {
  cell: RawCell;
  value: Decimal;
}

export interface ClassifiedRow {
  cells: RawCell[];
  label: RawCell | null;
  values: ValueCell[];
  /** Text cells other than the label. */
  texts: RawCell[];
}

/** A year alone as a row label ("2024"), not an amount. */
const YEAR_LABEL = /^(?:19|20)\d\d:?$/;

/**
 * Sorts a row's cells. `labelEnd`, when the table's geometry gives it, is where the value columns
 * begin: a year standing there ("2003" under a balance column) is a figure, not a period label.
 */
export function classifyRow(cells: RawCell[], labelEnd?: number): ClassifiedRow {
  // A line of years is the column header of a table printed with the periods across.
  if (cells.length >= 2 && cells.every((cell) => YEAR_LABEL.test(cell.text.trim()))) {
    return { cells, label: null, values: [], texts: cells };
  }
  const [first, ...rest] = cells;
  const inValueColumns = labelEnd !== undefined && first?.x !== undefined && first.x >= labelEnd;
  const firstIsLabel =
    first !== undefined &&
    (!looksNumeric(first.text) || (YEAR_LABEL.test(first.text.trim()) && !inValueColumns));
  const values: ValueCell[] = [];
  const texts: RawCell[] = [];
  for (const cell of firstIsLabel ? rest : cells) {
    const value = parseAmount(cell.text);
    if (value !== null) values.push({ cell, value });
    // A display that cannot be read ("7.96E+03", "####") over a number the source holds: the number.
    else if (cell.number !== undefined && Number.isFinite(cell.number) && isUnreadableFigure(cell.text))
      values.push({ cell, value: new Decimal(String(cell.number)) });
    else texts.push(cell);
  }
  return { cells, label: firstIsLabel ? first : null, values, texts };
}

/**
 * A cell printed where a figure belongs in a form no reader may guess at: a rounded scientific
 * display ("7.96E+03"), a scaled one ("7,956K", "1.2M"), or a column too narrow for it ("####").
 */
export function isUnreadableFigure(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return /^#{2,}$/.test(t) || /^\(?[-$]?\d[\d,]*(?:\.\d+)?(?:E[+-]?\d+|[KMB]|bn|mm)\)?$/i.test(t);
}

export function locationOf(cell: RawCell | undefined): Location {
  if (!cell) return "";
  if (cell.address) return cell.address;
  if (cell.line === undefined) return "";
  return cell.column !== undefined ? `line ${cell.line}:${cell.column}` : `line ${cell.line}`;
}

/** Text of a row's cells joined, for heading rows. */
export function rowText(row: ClassifiedRow): string {
  return row.cells
    .map((cell) => cell.text)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

export type RowBase = Omit<ScheduleRowModel, "begin" | "additions" | "deductions" | "end" | "cellLocations">;

/** One model row from values placed per column (zero for an empty column, as the keys read blanks). */
export function buildRow(base: RowBase, roles: ColumnRole[], columns: ValueCell[][]): ScheduleRowModel {
  const pick = (role: ColumnRole) => {
    const values: Decimal[] = [];
    const locations: Location[] = [];
    const printed: string[] = [];
    roles.forEach((columnRole, index) => {
      if (columnRole !== role) return;
      const placed = columns[index] ?? [];
      if (placed.length === 0) {
        values.push(new Decimal(0));
        locations.push(base.location);
        printed.push("");
      }
      for (const { cell, value } of placed) {
        values.push(value);
        locations.push(locationOf(cell) || base.location);
        printed.push(cell.text);
      }
    });
    return { values, locations, printed };
  };
  const begin = pick("begin");
  const additions = pick("addition");
  const deductions = pick("deduction");
  const end = pick("end");
  return {
    ...base,
    begin: begin.values[0] ?? new Decimal(0),
    additions: additions.values,
    deductions: deductions.values,
    end: end.values[0] ?? new Decimal(0),
    cellLocations: [
      begin.locations[0] ?? base.location,
      ...additions.locations,
      ...deductions.locations,
      end.locations[0] ?? base.location,
    ],
    printed: [begin.printed[0] ?? "", ...additions.printed, ...deductions.printed, end.printed[0] ?? ""],
  };
}
