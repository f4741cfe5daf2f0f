// Whether something the user did in the workbook may have made a check's results out of date.
import { parseBlock, splitAddress, type CellBlock } from "../../excel/address";
import type { WorkbookChange } from "../../excel/types";

export interface CheckedPlace {
  sheetName: string;
  /** The checked rectangle, sheet-qualified. */
  address: string;
  /** A used-range check covers the whole sheet: an edit anywhere may grow or change the table. */
  wholeSheet: boolean;
}

function blockOf(address: string): CellBlock | null {
  try {
    return parseBlock(splitAddress(address).local);
  } catch {
    return null;
  }
}

function overlaps(a: CellBlock, b: CellBlock): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Why the results may be out of date after `change`, or null when they still stand. */
export function staleReason(place: CheckedPlace, change: WorkbookChange): string | null {
  if (change.kind === "activated") {
    if (sameSheet(change.sheetName, place.sheetName)) return null;
    return `You are now on sheet "${change.sheetName}"; these results are for ${place.address}.`;
  }
  if (!sameSheet(change.sheetName, place.sheetName)) return null;
  const checked = blockOf(place.address);
  const edited = blockOf(change.address);
  if (!place.wholeSheet && checked && edited && !overlaps(checked, edited)) return null;
  return `${change.sheetName}!${change.address} changed after this check.`;
}
