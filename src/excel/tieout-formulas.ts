// TIEOUT formulas show #NAME? where the add-in is missing. Finding them costs one load of every
// sheet's used formulas; replacing them writes their current values, spilled results included.
import { TieoutFormula } from "./types";
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
 * Each formula's cell gets its value; a formula that spills (TIEOUT.VESTINGTABLE) has its whole
 * spilled block written, or the results beside the anchor would vanish with the formula.
 */
export function replaceTieoutFormulasWithValues(): Promise<number> {
  return runExcel("Replacing TIEOUT formulas with values", async (context) => {
    const found = await findTieoutFormulas(context);
    if (found.length === 0) return 0;
    const cells = found.map((f) => {
      const cell = f.sheet.getRangeByIndexes(f.row, f.column, 1, 1);
      return { f, cell, spill: cell.getSpillingToRangeOrNullObject().load("values") };
    });
    await context.sync();
    for (const { f, cell, spill } of cells) {
      if (spill.isNullObject) cell.values = [[asWritten(f.value)]];
      else spill.values = spill.values.map((row) => row.map(asWritten));
    }
    await context.sync();
    return found.length;
  });
}
