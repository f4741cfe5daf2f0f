// Builds a stand-in workbook from plain data and installs `Excel` and `Office` globals over it,
// for Jest (installStandin on globalThis) and for the browser bundle (browser.ts).
import { parseBlock, splitAddress } from "../../src/excel/address";
import { StandinContext } from "./context";
import {
  CellModel,
  cellKey,
  CellValue,
  findSheet,
  markSpill,
  newSheet,
  readCell,
  setCellFormat,
  SheetModel,
  StandinError,
  WorkbookModel,
} from "./model";
import { WorkbookProxy } from "./workbook";

/** One preloaded cell: a value, a formula with the value it last computed, and its format. */
export interface StandinCellSpec {
  value?: CellValue | null;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** For a dynamic-array formula: the size of the block it spills into (its results are in `rows`). */
  spillRows?: number;
  spillColumns?: number;
}

export interface StandinSheetSpec {
  name: string;
  /** Rows from A1: a number, boolean or text as is ("=…" is a formula not yet calculated), or a cell spec. */
  rows?: (CellValue | null | StandinCellSpec)[][];
}

export interface StandinWorkbookSpec {
  sheets: StandinSheetSpec[];
  /** Name of the active sheet; the first sheet by default. */
  activeSheet?: string;
  /** The selection, e.g. `Seed!A1:F12`; A1 of the active sheet by default. */
  selection?: string;
  settings?: Record<string, unknown>;
}

function preloadCell(
  sheet: SheetModel,
  row: number,
  column: number,
  input: CellValue | null | StandinCellSpec,
): void {
  if (input === null || input === "") return;
  const spec: StandinCellSpec = typeof input === "object" ? input : { value: input };
  const formula =
    spec.formula ?? (typeof spec.value === "string" && spec.value.startsWith("=") ? spec.value : null);
  const value = formula === spec.value ? "" : (spec.value ?? "");
  sheet.cells.set(cellKey(row, column), { ...readCell(sheet, row, column), value, formula });
  setCellFormat(sheet, row, column, {
    numberFormat: spec.numberFormat ?? "General",
    bold: spec.bold ?? false,
  });
  if (spec.spillRows || spec.spillColumns)
    markSpill(sheet, row, column, spec.spillRows ?? 1, spec.spillColumns ?? 1);
}

export function createWorkbookModel(spec: StandinWorkbookSpec): WorkbookModel {
  if (!spec.sheets?.length) throw new Error("The stand-in needs at least one sheet.");
  const model: WorkbookModel = {
    sheets: [],
    activeSheetId: "",
    selection: { sheetId: "", block: { row: 0, column: 0, rowCount: 1, columnCount: 1 } },
    settings: new Map(Object.entries(spec.settings ?? {})),
    writes: [],
    syncCount: 0,
    nextId: 0,
  };
  for (const sheetSpec of spec.sheets) {
    const sheet = newSheet(model, sheetSpec.name);
    (sheetSpec.rows ?? []).forEach((row, r) => row.forEach((cell, c) => preloadCell(sheet, r, c, cell)));
    model.sheets.push(sheet);
  }
  const active = spec.activeSheet ? findSheet(model, spec.activeSheet) : model.sheets[0];
  if (!active) throw new Error(`The stand-in's active sheet "${spec.activeSheet}" is not one of its sheets.`);
  model.activeSheetId = active.id;
  model.selection.sheetId = active.id;
  if (spec.selection) {
    const { sheetName, local } = splitAddress(spec.selection);
    const sheet = sheetName ? findSheet(model, sheetName) : active;
    if (!sheet)
      throw new Error(`The stand-in's selection "${spec.selection}" names a sheet it does not have.`);
    model.selection = { sheetId: sheet.id, block: parseBlock(local) };
    model.activeSheetId = sheet.id;
  }
  return model;
}

export interface Standin {
  readonly model: WorkbookModel;
  readonly Excel: {
    run<T>(batch: (context: StandinContext & { workbook: WorkbookProxy }) => Promise<T>): Promise<T>;
  };
  readonly Office: unknown;
  readonly syncCount: number;
  /** Syncs made by the last Excel.run. */
  readonly lastRunSyncs: number;
  sheet(name: string): SheetModel;
  /** The cell at a sheet-qualified address, e.g. `Seed!C5`. */
  cell(address: string): CellModel;
}

export function createStandin(spec: StandinWorkbookSpec): Standin {
  const model = createWorkbookModel(spec);
  let lastRunSyncs = 0;
  const Excel = {
    async run<T>(batch: (context: StandinContext & { workbook: WorkbookProxy }) => Promise<T>): Promise<T> {
      const context = new StandinContext(model) as StandinContext & { workbook: WorkbookProxy };
      context.workbook = new WorkbookProxy(context);
      const before = model.syncCount;
      try {
        const result = await batch(context);
        if (context.hasPendingWork) await context.sync(); // Excel.run sends what is still queued
        return result;
      } finally {
        context.finish();
        lastRunSyncs = model.syncCount - before;
      }
    },
  };
  const hostInfo = { host: "Excel", platform: "OfficeOnline" };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "en-US",
      officeTheme: {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
      },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && Number(version ?? "1") <= 1.12,
      },
    },
    onReady(callback?: (info: typeof hostInfo) => void): Promise<typeof hostInfo> {
      return Promise.resolve().then(() => {
        callback?.(hostInfo);
        return hostInfo;
      });
    },
    actions: { associate: (): void => undefined },
  };
  const sheet = (name: string): SheetModel => {
    const found = findSheet(model, name);
    if (!found) throw new StandinError("ItemNotFound", `the stand-in has no sheet "${name}".`);
    return found;
  };
  return {
    model,
    Excel,
    Office,
    get syncCount() {
      return model.syncCount;
    },
    get lastRunSyncs() {
      return lastRunSyncs;
    },
    sheet,
    cell(address: string): CellModel {
      const { sheetName, local } = splitAddress(address);
      if (!sheetName) throw new Error(`"${address}" needs a sheet name.`);
      const { row, column } = parseBlock(local);
      return readCell(sheet(sheetName), row, column);
    },
  };
}

/** Installs `Excel` and `Office` on a global object (globalThis in Jest, window in the browser). */
export function installStandin(
  spec: StandinWorkbookSpec,
  target: Record<string, unknown> = globalThis as never,
): Standin {
  const standin = createStandin(spec);
  target.Excel = standin.Excel;
  target.Office = standin.Office;
  return standin;
}
