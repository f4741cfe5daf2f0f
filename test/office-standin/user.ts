// What a user does in the workbook while the pane is open: switch sheets, type into a cell. Each
// changes the model and raises the event Excel raises for it (WorksheetCollection.onActivated,
// onChanged with changeType "RangeEdited" and source "Local"), so the pane's listeners run.
import { parseBlock, splitAddress } from "../../src/excel/address";
import { findSheet, typeIntoCell, type WorkbookModel } from "./model";

function raise(model: WorkbookModel, kind: "activated" | "changed", event: Record<string, unknown>): void {
  for (const handler of model.listeners?.[kind] ?? []) void handler(event);
}

export function userActions(model: WorkbookModel) {
  const sheetNamed = (name: string) => {
    const sheet = findSheet(model, name);
    if (!sheet) throw new Error(`there is no worksheet named "${name}".`);
    return sheet;
  };
  return {
    /** Clicks the sheet's tab: it becomes active, with A1 selected. */
    activate(name: string): void {
      const sheet = sheetNamed(name);
      model.activeSheetId = sheet.id;
      model.selection = { sheetId: sheet.id, block: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
      raise(model, "activated", { type: "WorksheetActivated", worksheetId: sheet.id });
    },
    /** Types `input` into one cell, e.g. edit("Seed!C5", "5,757"). */
    edit(address: string, input: unknown): void {
      const { sheetName, local } = splitAddress(address);
      if (!sheetName) throw new Error(`"${address}" needs a sheet name.`);
      const sheet = sheetNamed(sheetName);
      const { row, column } = parseBlock(local);
      typeIntoCell(sheet, row, column, input, model.dateSystem);
      raise(model, "changed", {
        type: "WorksheetChanged",
        worksheetId: sheet.id,
        address: local,
        changeType: "RangeEdited",
        source: "Local",
      });
    },
  };
}
