// Entry of the browser bundle (scripts/build-standin.js): stands in for office.js on a page.
// The workbook comes from window.__TIEOUT_STANDIN_SHEETS__ (set before this script runs, e.g. by
// Playwright's addInitScript) or from the page's ?standin=<JSON> query; window.__standin lets an
// end-to-end test look inside (and set the selection, as a user would by clicking).
import { formatBlock, qualifiedAddress } from "../../src/excel/address";
import { createStandin, StandinSheetSpec, StandinWorkbookSpec } from "./install";
import { cellKey, sheetById, SheetModel } from "./model";

type PageGlobals = Record<string, unknown> & { location: Location };
const page = globalThis as unknown as PageGlobals;

function workbookSpec(): StandinWorkbookSpec {
  const given =
    page.__TIEOUT_STANDIN_SHEETS__ ??
    JSON.parse(new URLSearchParams(page.location.search).get("standin") ?? "null");
  if (!given) return { sheets: [{ name: "Sheet1" }] };
  return Array.isArray(given) ? { sheets: given as StandinSheetSpec[] } : (given as StandinWorkbookSpec);
}

/** A sheet as plain JSON: cells by A1 address, with the conditional formats and charts on it. */
function sheetJson(sheet: SheetModel) {
  const cells: Record<string, unknown> = {};
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / cellKey(1, 0));
    cells[formatBlock({ row, column: key - cellKey(row, 0), rowCount: 1, columnCount: 1 })] = { ...cell };
  }
  return {
    name: sheet.name,
    cells,
    conditionalFormats: sheet.conditionalFormats,
    charts: sheet.charts,
    frozenRows: sheet.frozenRows,
  };
}

const spec = workbookSpec();
const standin = createStandin({ profile: "web", ...spec }); // the browser stands in for Excel on the web
const { model } = standin;
const customFunctions = new Map<string, unknown>();

// Outside Excel (spec.host null or another app), office.js defines Office but not Excel.
if (spec.host === undefined || spec.host === "Excel") page.Excel = standin.Excel;
page.Office = standin.Office;
// A page may bring its own CustomFunctions recorder (the shared runtime's); keep it if so.
page.CustomFunctions ??= {
  associate: (id: string, implementation: unknown) => customFunctions.set(id, implementation),
  Error: class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  },
};
page.__standin = {
  /** The live workbook model: tests may read it, or set the active sheet and selection. */
  model,
  sheet: standin.sheet,
  /** What a user does: `user.activate("Seed")`, `user.edit("Seed!C5", 5757)`, with Excel's events. */
  user: standin.user,
  get syncCount() {
    return model.syncCount;
  },
  get lastRunSyncs() {
    return standin.lastRunSyncs;
  },
  get writes() {
    return model.writes.map((w) => ({ ...w }));
  },
  sheets: () => model.sheets.map(sheetJson),
  cell: (address: string) => ({ ...standin.cell(address) }),
  activeSheet: () => sheetById(model, model.activeSheetId).name,
  selection: () =>
    qualifiedAddress(sheetById(model, model.selection.sheetId).name, formatBlock(model.selection.block)),
  settings: () => Object.fromEntries(model.settings),
  customFunctions: () => [...customFunctions.keys()],
};
