// Builds a stand-in workbook from plain data and installs `Excel` and `Office` globals over it,
// for Jest (installStandin on globalThis) and for the browser bundle (browser.ts).
import { parseBlock, splitAddress } from "../../src/excel/address";
import { StandinContext } from "./context";
import {
  CellModel,
  cellKey,
  CellValue,
  dateSerial,
  ERROR_VALUES,
  findSheet,
  markSpill,
  newSheet,
  readCell,
  setCellFormat,
  SheetModel,
  StandinError,
  StandinProfile,
  typeIntoCell,
  WorkbookModel,
} from "./model";
import { userActions } from "./user";
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
  /** What a user typed, read as Excel reads typing ("12%", "$1,234", "(473)", "7/21/2003", "#N/A", "'text"). */
  typed?: string;
  /** An Excel data type (a stock, a place…) as a custom function receives it with allowCustomDataForDataTypeAny. */
  dataType?: Record<string, unknown>;
  /** A note on the cell (ExcelApi 1.18), by someone else. */
  note?: string;
}

export interface StandinSheetSpec {
  name: string;
  /**
   * Rows from A1: a number, boolean or text as is ("=…" is a formula not yet calculated; an error
   * literal such as "#BUSY!" an error value), or a cell spec.
   */
  rows?: (CellValue | null | StandinCellSpec)[][];
  /** Conditional formats already on the sheet, made by someone else (a data bar, an icon set…). */
  conditionalFormats?: { range: string; type: string; formula?: string }[];
}

export interface StandinWorkbookSpec {
  /** desktop (default) or web: see StandinProfile. */
  profile?: StandinProfile;
  /** 1900 (default) or 1904. */
  dateSystem?: 1900 | 1904;
  /** The highest ExcelApi set supported (default 1.12, the manifest's minimum). */
  excelApi?: number;
  /** What Office.onReady reports as the host: "Excel" (default), another app, or null outside Office. */
  host?: string | null;
  sheets: StandinSheetSpec[];
  /** Name of the active sheet; the first sheet by default. */
  activeSheet?: string;
  /** The selection, e.g. `Seed!A1:F12` (several areas: `Seed!A1:A3,Seed!C1:C3`); A1 of the active sheet by default. */
  selection?: string;
  settings?: Record<string, unknown>;
}

/** Data-type cells by sheet id and cell key: what a custom function receives for them. */
const dataTypes = new Map<string, Record<string, unknown>>();

function preloadCell(
  sheet: SheetModel,
  row: number,
  column: number,
  input: CellValue | null | StandinCellSpec,
  system: 1900 | 1904,
): void {
  if (input === null || input === "") return;
  const spec: StandinCellSpec = typeof input === "object" ? input : { value: input };
  if (spec.note !== undefined)
    sheet.notes.set(cellKey(row, column), { content: spec.note, authorName: "A colleague" });
  if (spec.typed !== undefined) {
    typeIntoCell(sheet, row, column, spec.typed, system);
    return;
  }
  const formula =
    spec.formula ?? (typeof spec.value === "string" && spec.value.startsWith("=") ? spec.value : null);
  const value = formula === spec.value ? "" : (spec.value ?? "");
  const isError = typeof value === "string" && ERROR_VALUES.includes(value);
  sheet.cells.set(cellKey(row, column), { ...readCell(sheet, row, column), value, formula, isError });
  if (spec.dataType) dataTypes.set(`${sheet.id}|${cellKey(row, column)}`, spec.dataType);
  setCellFormat(sheet, row, column, {
    numberFormat: spec.numberFormat ?? "General",
    bold: spec.bold ?? false,
  });
  if (spec.spillRows || spec.spillColumns)
    markSpill(sheet, row, column, spec.spillRows ?? 1, spec.spillColumns ?? 1);
}

export function createWorkbookModel(spec: StandinWorkbookSpec): WorkbookModel {
  if (!spec.sheets?.length) throw new Error("The stand-in needs at least one sheet.");
  dataTypes.clear(); // one workbook at a time: sheet ids start again at each
  const model: WorkbookModel = {
    profile: spec.profile ?? "desktop",
    dateSystem: spec.dateSystem ?? 1900,
    excelApi: spec.excelApi ?? 1.12,
    names: new Map(),
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
    (sheetSpec.rows ?? []).forEach((row, r) =>
      row.forEach((cell, c) => preloadCell(sheet, r, c, cell, model.dateSystem)),
    );
    for (const cf of sheetSpec.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({
        id: `{cf-user-${sheet.conditionalFormats.length + 1}}`,
        block: parseBlock(cf.range),
        type: cf.type,
        ruleFormula: cf.formula ?? null,
        fill: null,
        fontColor: null,
        bold: null,
        italic: null,
        foreign: cf.type !== "Custom",
      });
    }
    model.sheets.push(sheet);
  }
  const active = spec.activeSheet ? findSheet(model, spec.activeSheet) : model.sheets[0];
  if (!active) throw new Error(`The stand-in's active sheet "${spec.activeSheet}" is not one of its sheets.`);
  model.activeSheetId = active.id;
  model.selection.sheetId = active.id;
  if (spec.selection) {
    const areas = spec.selection.split(",").map((area) => splitAddress(area));
    const { sheetName } = areas[0];
    const sheet = sheetName ? findSheet(model, sheetName) : active;
    if (!sheet)
      throw new Error(`The stand-in's selection "${spec.selection}" names a sheet it does not have.`);
    const blocks = areas.map((a) => parseBlock(a.local));
    model.selection = { sheetId: sheet.id, block: blocks[0], ...(blocks.length > 1 && { areas: blocks }) };
    model.activeSheetId = sheet.id;
  }
  return model;
}

/** An argument as Excel passes it: a literal, a reference to cells, or omitted (undefined). */
export type StandinArgument = CellValue | null | undefined | { ref: string };

/** What the cell shows after a custom function ran: a value, or an error and the message Excel shows. */
export type StandinResult = { value: unknown } | { error: string; message: string | null };

export interface Standin {
  readonly model: WorkbookModel;
  /** The shared runtime's CustomFunctions: Error and ErrorCode as Excel's (install it to use). */
  readonly CustomFunctions: ReturnType<typeof customFunctionsRuntime>;
  /** Calls a custom function as Excel does, resolving references by the profile. */
  callFunction(fn: (...args: unknown[]) => unknown, args: StandinArgument[]): StandinResult;
  /**
   * Calculates every `=TIEOUT.NAME(…)` formula on every sheet with the given implementations,
   * as Excel would (arguments: references, numbers, "text", DATE(y,m,d) in the workbook's system,
   * or empty); each cell gets the value, spill, or error. Returns each formula cell's result.
   */
  calculate(functions: Record<string, (...args: unknown[]) => unknown>): Map<string, StandinResult>;
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
  /** What a user does (switch sheets, type into a cell), with the events Excel raises for it. */
  user: ReturnType<typeof userActions>;
}

export function createStandin(spec: StandinWorkbookSpec): Standin {
  const model = createWorkbookModel(spec);
  let lastRunSyncs = 0;
  const Excel = {
    CalculationType: { full: "Full", fullRebuild: "FullRebuild", recalculate: "Recalculate" },
    /** Excel.run(batch), or Excel.run(context, batch): a new batch on an earlier run's context (event handles). */
    async run<T>(
      first: unknown,
      second?: (context: StandinContext & { workbook: WorkbookProxy }) => Promise<T>,
    ): Promise<T> {
      const batch = (typeof first === "function" ? first : second) as (
        context: StandinContext & { workbook: WorkbookProxy },
      ) => Promise<T>;
      const reused = first instanceof StandinContext ? first : null;
      reused?.reopen();
      const context = (reused ?? new StandinContext(model)) as StandinContext & { workbook: WorkbookProxy };
      if (!reused) context.workbook = new WorkbookProxy(context);
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
  const host = spec.host === undefined ? "Excel" : spec.host;
  const platform = host === null ? null : model.profile === "web" ? "OfficeOnline" : "PC";
  const hostInfo = { host, platform };
  const supported: Record<string, number> = {
    ExcelApi: model.excelApi,
    SharedRuntime: 1.1,
    CustomFunctionsRuntime: 1.4,
  };
  const Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: {
      host,
      platform,
      displayLanguage: "en-US",
      officeTheme: {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
      },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          host === "Excel" && name in supported && Number(version ?? "1") <= supported[name],
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
    CustomFunctions: customFunctionsRuntime(),
    callFunction: (fn, args) => callAsExcel(model, fn, args),
    calculate: (functions) => calculateTieout(model, functions),
    get syncCount() {
      return model.syncCount;
    },
    get lastRunSyncs() {
      return lastRunSyncs;
    },
    sheet,
    user: userActions(model),
    cell(address: string): CellModel {
      const { sheetName, local } = splitAddress(address);
      if (!sheetName) throw new Error(`"${address}" needs a sheet name.`);
      const { row, column } = parseBlock(local);
      return readCell(sheet(sheetName), row, column);
    },
  };
}

/**
 * Installs `Office` and (inside Excel) `Excel` on a global object (globalThis in Jest, window in
 * the browser); outside Office (`host: null`) the page sees Office but no Excel, as office.js
 * leaves it. `customFunctions: true` also installs the shared runtime's CustomFunctions.
 */
export function installStandin(
  spec: StandinWorkbookSpec,
  target: Record<string, unknown> = globalThis as never,
  options: { customFunctions?: boolean } = {},
): Standin {
  const standin = createStandin(spec);
  if (spec.host === undefined || spec.host === "Excel") target.Excel = standin.Excel;
  else delete target.Excel;
  target.Office = standin.Office;
  if (options.customFunctions) target.CustomFunctions = standin.CustomFunctions;
  return standin;
}

// ---- Custom functions as Excel calls them ----

/** CustomFunctions.Error and ErrorCode as in @types/custom-functions-runtime. */
export function customFunctionsRuntime() {
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? "");
      this.name = "CustomFunctions.Error";
    }
  }
  return {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: (): void => undefined,
  };
}

/** Only #VALUE! and #N/A show a custom message (custom-functions-errors.md); the others show bare. */
const MESSAGE_SHOWN = new Set(["#VALUE!", "#N/A"]);

class ErrorArgument {
  constructor(readonly code: string) {}
}

function cellArgument(model: WorkbookModel, sheet: SheetModel, row: number, column: number): unknown {
  const cell = readCell(sheet, row, column);
  const dataType = dataTypes.get(`${sheet.id}|${cellKey(row, column)}`);
  if (dataType) return dataType;
  if (cell.isError) return new ErrorArgument(String(cell.value));
  // A referenced empty cell: 0 in desktop Excel, null on the web (office-js #4702, #5262).
  if (cell.value === "" && cell.formula === null) return model.profile === "web" ? null : 0;
  return cell.value;
}

function resolveReference(model: WorkbookModel, ref: string, here: SheetModel | null): unknown {
  const { sheetName, local } = splitAddress(ref);
  const sheet = sheetName ? findSheet(model, sheetName) : (here ?? model.sheets[0]);
  if (!sheet) return new ErrorArgument("#REF!");
  const block = parseBlock(local);
  if (block.rowCount === 1 && block.columnCount === 1)
    return cellArgument(model, sheet, block.row, block.column);
  const rows: unknown[][] = [];
  for (let r = 0; r < block.rowCount; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < block.columnCount; c++)
      line.push(cellArgument(model, sheet, block.row + r, block.column + c));
    rows.push(line);
  }
  return rows;
}

function invoke(fn: (...args: unknown[]) => unknown, values: unknown[]): StandinResult {
  // An error argument is not passed to the function: Excel shows it (allowErrorForDataTypeAny is off).
  const error = values.find((v): v is ErrorArgument => v instanceof ErrorArgument);
  if (error) return { error: error.code, message: null };
  if (
    values.some(
      (v) => Array.isArray(v) && v.some((row) => (row as unknown[]).some((c) => c instanceof ErrorArgument)),
    )
  ) {
    return { error: "#VALUE!", message: null };
  }
  try {
    return { value: fn(...values) };
  } catch (thrown) {
    const code = (thrown as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("#")) {
      const message = (thrown as Error).message || null;
      return { error: code, message: MESSAGE_SHOWN.has(code) ? message : null };
    }
    return { error: "#VALUE!", message: null }; // a plain exception shows a bare #VALUE!
  }
}

function callAsExcel(
  model: WorkbookModel,
  fn: (...args: unknown[]) => unknown,
  args: StandinArgument[],
  here: SheetModel | null = null,
): StandinResult {
  const values = args.map((arg) => {
    if (arg === undefined) return null; // an omitted optional argument
    if (arg !== null && typeof arg === "object" && "ref" in arg)
      return resolveReference(model, arg.ref, here);
    return arg;
  });
  return invoke(fn, values);
}

/** Splits a formula's argument list at its top-level commas. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function formulaArgument(model: WorkbookModel, text: string, here: SheetModel): StandinArgument | unknown {
  if (text === "") return undefined;
  if (/^".*"$/s.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  const date = /^DATE\((\d+),(\d+),(\d+)\)$/i.exec(text.replace(/\s/g, ""));
  if (date) {
    const serial = dateSerial(model.dateSystem, Number(date[1]), Number(date[2]), Number(date[3]));
    return serial === null ? new ErrorArgument("#NUM!") : serial;
  }
  return resolveReference(model, text.replace(/\$/g, ""), here);
}

function calculateTieout(
  model: WorkbookModel,
  functions: Record<string, (...args: unknown[]) => unknown>,
): Map<string, StandinResult> {
  const results = new Map<string, StandinResult>();
  for (const sheet of model.sheets) {
    for (const [key, cell] of [...sheet.cells]) {
      const call = cell.formula ? /^=TIEOUT\.([A-Z]+)\((.*)\)$/is.exec(cell.formula) : null;
      if (!call) continue;
      const fn = functions[call[1].toUpperCase()];
      const row = Math.floor(key / cellKey(1, 0));
      const column = key - cellKey(row, 0);
      const where = `${sheet.name}!${formatBlockOf(row, column)}`;
      if (!fn) {
        cell.value = "#NAME?";
        cell.isError = true;
        results.set(where, { error: "#NAME?", message: null });
        continue;
      }
      const values = splitArguments(call[2]).map((a) => {
        const v = formulaArgument(model, a, sheet);
        return v === undefined ? null : v;
      });
      const result = invoke(fn, values);
      results.set(where, result);
      if ("error" in result) {
        cell.value = result.error;
        cell.isError = true;
      } else if (Array.isArray(result.value)) {
        const matrix = result.value as unknown[][];
        matrix.forEach((line, i) =>
          line.forEach((v, j) => {
            const target = sheet.cells.get(cellKey(row + i, column + j)) ?? {
              ...readCell(sheet, row + i, column + j),
            };
            target.value = v as CellValue;
            target.isError = false;
            sheet.cells.set(cellKey(row + i, column + j), target);
          }),
        );
        markSpill(sheet, row, column, matrix.length, matrix[0]?.length ?? 1);
      } else {
        cell.value = result.value as CellValue;
        cell.isError = false;
      }
    }
  }
  return results;
}

function formatBlockOf(row: number, column: number): string {
  let letters = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
