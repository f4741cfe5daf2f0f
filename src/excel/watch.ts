// Workbook events the task pane listens to, so a check's results can say they may be out of
// date: the user switched sheets (WorksheetCollection.onActivated, ExcelApi 1.7) or edited cells
// (WorksheetCollection.onChanged, ExcelApi 1.9). Events name sheets by id; each is turned into a
// name with one load and one sync.
import { WorkbookChange } from "./types";

async function sheetNameOf(id: string): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(id).load("name");
    await context.sync();
    return sheet.name;
  });
}

/**
 * Starts listening; resolves to a function that stops. A host without these events (an old
 * Excel, or a stand-in) gets a stop that does nothing: results then simply never go stale.
 */
export async function watchWorkbook(
  listener: (change: WorkbookChange) => void,
): Promise<() => Promise<void>> {
  const report = (change: Promise<WorkbookChange>) =>
    change.then(listener, () => undefined /* a sheet deleted meanwhile: nothing to say */);
  let handles: OfficeExtension.EventHandlerResult<unknown>[] = [];
  try {
    handles = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const activated = sheets.onActivated.add(async (event) => {
        report(sheetNameOf(event.worksheetId).then((sheetName) => ({ kind: "activated", sheetName })));
      });
      const changed = sheets.onChanged.add(async (event) => {
        report(
          sheetNameOf(event.worksheetId).then((sheetName) => ({
            kind: "edited",
            sheetName,
            address: event.address,
          })),
        );
      });
      await context.sync();
      return [activated, changed] as OfficeExtension.EventHandlerResult<unknown>[];
    });
  } catch {
    return async () => undefined;
  }
  return async () => {
    await Promise.all(
      handles.map((handle) =>
        Excel.run(handle.context, async (context) => {
          handle.remove();
          await context.sync();
        }).catch(() => undefined),
      ),
    );
  };
}
