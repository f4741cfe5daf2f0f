// Addresses from the task pane may name a sheet (`Seed!C5`) or not (`C5`: the active sheet).
import { CellBlock, parseBlock, splitAddress } from "./address";
import { existingSheetName } from "./run";

export interface CellTarget {
  /** null: the active sheet. */
  sheetName: string | null;
  local: string;
  block: CellBlock;
}

/** Parses an address before anything is sent to Excel, so a bad one fails with its own message. */
export function cellTarget(address: string): CellTarget {
  const { sheetName, local } = splitAddress(address);
  return { sheetName, local, block: parseBlock(local) };
}

/** The workbook's spelling of the target's sheet (or the active sheet's name); throws if it is gone. */
export function resolveSheetName(target: CellTarget, names: readonly string[], activeName: string): string {
  if (target.sheetName === null) return activeName;
  const found = existingSheetName(names, target.sheetName);
  if (found === null)
    throw new Error(`There is no sheet named "${target.sheetName}"; it may have been renamed or deleted.`);
  return found;
}
