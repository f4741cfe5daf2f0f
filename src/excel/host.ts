// Where the pane was opened. Office.onReady reports the host: null outside Office (a plain
// browser tab), another app's name in Word or PowerPoint. Only Excel has the workbook Tieout works
// on; elsewhere every action would fail with "Excel is not defined", so the pane says what to do.
import type { DateSystem } from "../core/dates";
import { setWorkbookDateSystem } from "../functions/date-system";
import { probeDateSystem } from "./date-system";

export interface HostInfo {
  host: unknown;
  platform?: unknown;
}

/** null when the pane runs in Excel; otherwise what is wrong and what to do, in a sentence or two. */
export function hostProblem(info: HostInfo | null | undefined): string | null {
  const host = info?.host ?? null;
  if (host === "Excel" && typeof Excel !== "undefined") return null;
  if (host === null)
    return "Tieout runs inside Excel, and this page was opened outside it. Open a workbook in Excel (desktop or on the web) and choose Home > Tieout > Tie out.";
  return `Tieout works on Excel workbooks, and this is ${String(host)}. Open the workbook in Excel and choose Home > Tieout > Tie out.`;
}

/**
 * Learns the workbook's date system for the custom functions of the shared runtime (see
 * src/functions/date-system.ts). When the workbook is 1904 and a function already ran without
 * knowing it, Excel recalculates so those cells show the dateSystem message instead of shifted dates.
 */
export async function learnDateSystem(): Promise<DateSystem> {
  return Excel.run(async (context) => {
    const system = probeDateSystem(context);
    await context.sync();
    if (setWorkbookDateSystem(system())) {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    }
    return system();
  });
}
