// TIEOUT formulas show #NAME? where the add-in is missing. Finding them costs one load of every
// sheet's used formulas; replacing them writes their current values, spilled results included.
import { FormulaGroup, TieoutFormula } from "./types";
import { formatBlock, qualifiedAddress } from "./address";
import { textCell } from "./cells";
import { loadSheetNames, runExcel } from "./run";

const TIEOUT_CALL = /(^|[^A-Za-z0-9_.])TIEOUT\./i;

interface FoundFormula {
  sheet: Excel.Worksheet;
  sheetName: string;
  row: number;
  column: number;
  formula: string;
  value: unknown;
}

async function findTieoutFormulas(context: Excel.RequestContext): Promise<FoundFormula[]> {
  const sheets = loadSheetNames(context);
  await context.sync();
  const used = sheets.items.map((sheet) => ({
    sheet,
    range: sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "columnIndex", "formulas", "values"]),
  }));
  await context.sync();
  const found: FoundFormula[] = [];
  for (const { sheet, range } of used) {
    if (range.isNullObject) continue;
    range.formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        if (typeof formula === "string" && formula.startsWith("=") && TIEOUT_CALL.test(formula)) {
          const at = { row: range.rowIndex + i, column: range.columnIndex + j };
          found.push({ sheet, sheetName: sheet.name, ...at, formula, value: range.values[i][j] });
        }
      }),
    );
  }
  return found;
}

const addressOf = (f: FoundFormula) =>
  qualifiedAddress(f.sheetName, formatBlock({ row: f.row, column: f.column, rowCount: 1, columnCount: 1 }));

export function listTieoutFormulas(): Promise<TieoutFormula[]> {
  return runExcel("Listing TIEOUT formulas", async (context) =>
    (await findTieoutFormulas(context)).map((f) => ({ address: addressOf(f), formula: f.formula })),
  );
}

/** A value written back as itself: text stays text even when it looks like a number or date. */
const asWritten = (value: unknown) => (typeof value === "string" ? textCell(value) : value);

/**
 * Error values as `range.values` reports them (strings). A formula showing one, or #BUSY! while it
 * calculates, keeps its formula: written back, the error would become text ('#VALUE!).
 */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
]);
export const isErrorValue = (value: unknown): boolean => typeof value === "string" && ERROR_VALUES.has(value);

export function groupFormulas(
  found: { sheetName: string; row: number; column: number; error: boolean }[],
): FormulaGroup[] {
  const sorted = [...found].sort(
    (a, b) => a.sheetName.localeCompare(b.sheetName) || a.column - b.column || a.row - b.row,
  );
  const groups: { sheetName: string; column: number; first: number; last: number; errors: number }[] = [];
  for (const f of sorted) {
    const g = groups[groups.length - 1];
    if (g && g.sheetName === f.sheetName && g.column === f.column && g.last === f.row - 1) {
      g.last = f.row;
      g.errors += f.error ? 1 : 0;
    } else
      groups.push({
        sheetName: f.sheetName,
        column: f.column,
        first: f.row,
        last: f.row,
        errors: f.error ? 1 : 0,
      });
  }
  return groups.map((g) => ({
    address: qualifiedAddress(
      g.sheetName,
      formatBlock({ row: g.first, column: g.column, rowCount: g.last - g.first + 1, columnCount: 1 }),
    ),
    count: g.last - g.first + 1,
    showingErrors: g.errors,
  }));
}

/** "Sheet1!C2:C10001, 10,000 formulas": one line of the Share safely dialog. */
export const describeGroup = (g: FormulaGroup): string =>
  `${g.address}, ${g.count.toLocaleString("en-US")} ${g.count === 1 ? "formula" : "formulas"}` +
  (g.showingErrors ? ` (${g.showingErrors.toLocaleString("en-US")} showing an error, kept as formulas)` : "");

/** Every TIEOUT formula in the workbook, summarised per sheet and range. */
export function summariseTieoutFormulas(): Promise<FormulaGroup[]> {
  return runExcel("Listing TIEOUT formulas", async (context) =>
    groupFormulas((await findTieoutFormulas(context)).map((f) => ({ ...f, error: isErrorValue(f.value) }))),
  );
}

/**
 * Each formula's cell gets its value; a formula that spills (TIEOUT.VESTINGTABLE) has its whole
 * spilled block written, or the results beside the anchor would vanish with the formula.
 */
export function replaceTieoutFormulasWithValues(): Promise<number> {
  return runExcel("Replacing TIEOUT formulas with values", async (context) => {
    // A formula showing an error or #BUSY! stays a formula: its value is not a value to keep.
    const found = (await findTieoutFormulas(context)).filter((f) => !isErrorValue(f.value));
    if (found.length === 0) return 0;
    const cells = found.map((f) => {
      const cell = f.sheet.getRangeByIndexes(f.row, f.column, 1, 1);
      return { f, cell, spill: cell.getSpillingToRangeOrNullObject().load("values") };
    });
    await context.sync();
    for (const { f, cell, spill } of cells) {
      if (spill.isNullObject) cell.values = [[asWritten(f.value)]];
      // A spill with an error inside keeps its formula too, whole.
      else if (!spill.values.some((row) => row.some(isErrorValue)))
        spill.values = spill.values.map((row) => row.map(asWritten));
    }
    await context.sync();
    return cells.filter(
      ({ spill }) => spill.isNullObject || !spill.values.some((row) => row.some(isErrorValue)),
    ).length;
  });
}
