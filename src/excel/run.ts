// Every action runs in one Excel.run; failures come back naming the action that failed.

export async function runExcel<T>(
  action: string,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${action}: ${message}`);
  }
}

/** Queues a load of every worksheet's name (one load, whatever the number of sheets). */
export function loadSheetNames(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  return sheets;
}

/** The sheet's name as the workbook spells it (Excel compares names ignoring case), or null. */
export function existingSheetName(names: readonly string[], wanted: string): string | null {
  return names.find((n) => n.toLowerCase() === wanted.toLowerCase()) ?? null;
}
