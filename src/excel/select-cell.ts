// Go to a cell: check its sheet exists, then activate the sheet and select the cell.
import { cellTarget } from "./locate";
import { runExcel } from "./run";

export async function selectCell(address: string): Promise<void> {
  const target = cellTarget(address);
  return runExcel(`Selecting ${address}`, async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet =
      target.sheetName === null ? sheets.getActiveWorksheet() : sheets.getItemOrNullObject(target.sheetName);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject)
      throw new Error(`There is no sheet named "${target.sheetName}"; it may have been renamed or deleted.`);
    sheet.activate();
    sheet.getRange(target.local).select();
    await context.sync();
  });
}
