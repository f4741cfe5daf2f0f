// Which cells and rows carry figures: shared by the table context rule and the locator.
import type { RawCell } from "../types";
import { parseAmount } from "../../numbers";

/** A schedule row holds at least begin, one activity figure and end. */
export const FIGURES_PER_ROW = 3;

/**
 * Every amount parseAmount reads holds a digit, a dash (zero printed as a mark) or a "$" (a bare
 * "$" is a zero): a word without one is rejected before parsing. The locator asks this of every
 * word of a whole filing, where parsing each one was a third of the time.
 */
const MAY_BE_AMOUNT = /[0-9$\-\u2010-\u2015\u2212]/;

/** An amount that is not merely a year (headers and period labels are full of years). */
export function isFigure(text: string): boolean {
  return MAY_BE_AMOUNT.test(text) && !/^\s*(?:19|20)\d\d\s*$/.test(text) && parseAmount(text) !== null;
}

/** Index of the first row with figures enough for a schedule row, or -1. */
export function firstFigureRow(rows: RawCell[][]): number {
  return rows.findIndex((row) => row.filter((c) => isFigure(c.text)).length >= FIGURES_PER_ROW);
}
