// A table on a new sheet: one sync for the sheet names (to pick a free name), one for the writes.
import { NewSheetTable, WrittenTable } from "./types";
import { formatBlock, qualifiedAddress } from "./address";
import { uniqueSheetName } from "./sheet-names";
import { tableLayout } from "./table-layout";
import { renderTable } from "./render-table";
import { loadSheetNames, runExcel } from "./run";
import { probeDateSystem } from "./date-system";

export async function writeTableToNewSheet(table: NewSheetTable): Promise<WrittenTable> {
  const layout = tableLayout(table);
  return runExcel(`Writing the sheet "${table.sheetName}"`, async (context) => {
    const sheets = loadSheetNames(context);
    const system = probeDateSystem(context);
    await context.sync();
    const name = uniqueSheetName(
      table.sheetName,
      sheets.items.map((s) => s.name),
    );
    const sheet = context.workbook.worksheets.add(name);
    const block = await renderTable(context, sheet, layout, system());
    sheet.activate();
    await context.sync();
    return { sheetName: name, address: qualifiedAddress(name, formatBlock(block)) };
  });
}
