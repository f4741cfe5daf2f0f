// A grid of cells → RawTable, each cell addressed in A1 form so findings can select it.
import type { RawCell, RawTable } from "../types";
import { collapseWhitespace, tidyRow, type TidyCell } from "../html";
import { cellAddress, sheetRowOf } from "./address";
import type { CellGrid, CellValue } from "./types";

// Excel shows at most 15 significant digits; beyond that a binary double only adds noise.
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function cellText(value: CellValue | undefined, shown: string | undefined): string {
  if (shown !== undefined && shown !== null && String(shown).trim() !== "")
    return collapseWhitespace(String(shown));
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return collapseWhitespace(String(value));
}

/** Column spans of merged areas by their top-left cell (`row:column`), for cell widths. */
function mergeSpans(grid: CellGrid): Map<string, number> {
  const spans = new Map<string, number>();
  for (const m of grid.merges ?? []) if (m.columnCount > 1) spans.set(`${m.row}:${m.column}`, m.columnCount);
  return spans;
}

/**
 * The grid as a RawTable: non-empty cells only, x = sheet column, width 1 (a merged cell spans its
 * columns); a lone "$" or ")" joins its figure. Only the cells present are visited.
 */
export function gridToRawTable(grid: CellGrid): RawTable {
  const left = grid.columnIndex ?? 0;
  const spans = mergeSpans(grid);
  const rows: RawCell[][] = [];
  grid.values.forEach((values, r) => {
    const row = sheetRowOf(grid, r);
    const cells: (RawCell & TidyCell)[] = [];
    // forEach skips the holes of a sparse row.
    (values ?? []).forEach((value, c) => {
      const text = cellText(value, grid.text?.[r]?.[c]);
      if (text === "") return;
      const cell: RawCell & TidyCell = {
        text,
        address: cellAddress(row, left + c, grid.sheetName),
        x: left + c,
        width: spans.get(`${row}:${left + c}`) ?? 1,
      };
      if (typeof value === "number" && Number.isFinite(value)) cell.number = value;
      cells.push(cell);
    });
    const tidy = tidyRow(cells).map(({ tagged: _unused, ...cell }): RawCell => cell);
    if (tidy.length > 0) rows.push(tidy);
  });
  return { rows, context: "", source: "grid" };
}
