// TIEOUT formulas summarised per sheet and range ("Grants!C2:C10001: 10,000 formulas"), so a
// dialog can say where they are without listing ten thousand cells.
import { parseBlock, splitAddress, formatBlock, qualifiedAddress } from "../../excel/address";
import type { FormulaGroup, TieoutFormula } from "../../excel/types";

/** Runs of cells down one column, per sheet, in sheet then column then row order. */
export function groupFormulas(formulas: TieoutFormula[]): FormulaGroup[] {
  const cells = formulas.flatMap((f) => {
    try {
      const { sheetName, local } = splitAddress(f.address);
      const block = parseBlock(local);
      return [{ sheet: sheetName ?? "", row: block.row, column: block.column }];
    } catch {
      return [];
    }
  });
  cells.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row);
  const groups: { sheet: string; column: number; row: number; count: number }[] = [];
  for (const c of cells) {
    const last = groups[groups.length - 1];
    if (last && last.sheet === c.sheet && last.column === c.column && last.row + last.count === c.row)
      last.count++;
    else groups.push({ sheet: c.sheet, column: c.column, row: c.row, count: 1 });
  }
  return groups.map((g) => ({
    address: qualifiedAddress(
      g.sheet,
      formatBlock({ row: g.row, column: g.column, rowCount: g.count, columnCount: 1 }),
    ),
    count: g.count,
    showingErrors: 0,
  }));
}
