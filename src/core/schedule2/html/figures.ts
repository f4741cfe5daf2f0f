// Which cells and rows carry figures: shared by the table context rule and the locator.
import type { RawCell } from "../types";
import { parseAmount } from "../../numbers";

/** A schedule row holds at least begin, one activity figure and end. */
export const FIGURES_PER_ROW = 3;

/** An amount that is not merely a year (headers and period labels are full of years). */
export function isFigure(text: string): boolean {
  return !/^\s*(?:19|20)\d\d\s*$/.test(text) && parseAmount(text) !== null;
}

/** Index of the first row with figures enough for a schedule row, or -1. */
export function firstFigureRow(rows: RawCell[][]): number {
  return rows.findIndex((row) => row.filter((c) => isFigure(c.text)).length >= FIGURES_PER_ROW);
}
