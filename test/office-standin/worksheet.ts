// Excel.Worksheet, the worksheet collection, freeze panes and charts.
import { jsonBytes, StandinCollection, StandinContext, StandinObject } from "./context";
import {
  type EventHandler,
  blockAddress,
  cellKey,
  ChartModel,
  ChartSeriesModel,
  findSheet,
  newId,
  newSheet,
  readCell,
  recordWrite,
  sheetById,
  SheetModel,
  StandinError,
  usedBlock,
} from "./model";
import { blockOf, RangeProxy, RangeTarget } from "./range";

const WHOLE_SHEET = { row: 0, column: 0, rowCount: 1048576, columnCount: 16384 };

/**
 * Excel's own rules for a worksheet name, as Microsoft's "Rename a worksheet" article states them:
 * not blank; at most 31 characters; none of / \ ? * : [ ]; not beginning or ending with an
 * apostrophe (one in between is fine); not "History" (reserved by Excel). Names are unique
 * without regard to case.
 */
export function sheetNameProblem(name: string): string | null {
  if (typeof name !== "string" || name.trim() === "") return "a worksheet name cannot be blank";
  if (name.length > 31) return `"${name}" has ${name.length} characters; a worksheet name has at most 31`;
  if (/[/\\?*:[\]]/.test(name)) return `"${name}" contains one of / \\ ? * : [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" begins or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel`;
  return null;
}

function assertValidName(name: string, sheets: SheetModel[], self: SheetModel | null): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new StandinError("InvalidArgument", `${problem}.`);
  const clash = sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new StandinError("ItemAlreadyExists", `a worksheet named "${clash.name}" already exists.`);
}

export class WorksheetProxy extends StandinObject<SheetModel> {
  constructor(context: StandinContext, locate: () => SheetModel | null) {
    super(context, locate, "Worksheet");
  }

  protected getters() {
    return {
      name: (s: SheetModel) => s.name,
      id: (s: SheetModel) => s.id,
      position: (s: SheetModel) => this.model.sheets.indexOf(s),
    };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setProperty("name", value, (sheet) => {
      assertValidName(value, this.model.sheets, sheet);
      recordWrite(this.model, sheet, null, `rename from ${sheet.name}`);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }

  activate(): void {
    this.write((sheet) => {
      this.model.activeSheetId = sheet.id;
      recordWrite(this.model, sheet, null, "activate");
    });
  }

  delete(): void {
    this.write((sheet) => {
      const visible = this.model.sheets.filter((s) => s !== sheet);
      if (visible.length === 0)
        throw new StandinError("InvalidOperation", "a workbook must keep at least one worksheet.");
      this.model.sheets = visible;
      if (this.model.activeSheetId === sheet.id) this.model.activeSheetId = visible[0].id;
      if (this.model.selection.sheetId === sheet.id) {
        this.model.selection = {
          sheetId: this.model.activeSheetId,
          block: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
        };
      }
      recordWrite(this.model, sheet, null, "delete");
    });
  }

  /** Without an address: the whole sheet. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () =>
      address === undefined ? { sheet: this.target(), block: WHOLE_SHEET } : blockOf(this.target(), address),
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      if (
        ![row, column, rowCount, columnCount].every(Number.isInteger) ||
        row < 0 ||
        column < 0 ||
        rowCount < 1 ||
        columnCount < 1
      ) {
        throw new StandinError(
          "InvalidArgument",
          `getRangeByIndexes(${row}, ${column}, ${rowCount}, ${columnCount}) is not a range.`,
        );
      }
      return { sheet: this.target(), block: { row, column, rowCount, columnCount } };
    });
  }

  /** An empty sheet's used range is A1, as Excel documents. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      return {
        sheet,
        block: usedBlock(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      const block = usedBlock(sheet, valuesOnly);
      return block ? { sheet, block } : null;
    });
  }

  get freezePanes() {
    return {
      freezeRows: (count: number) =>
        this.write((sheet) => {
          sheet.frozenRows = count;
          recordWrite(this.model, sheet, null, "freezePanes.freezeRows");
        }),
    };
  }

  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, () => this.target());
  }

  /** Notes (ExcelApi 1.18): where the Excel stood in for has an older API, using them fails. */
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, () => {
      if (this.model.excelApi < 1.18)
        throw new StandinError(
          "ApiNotFound",
          "the API you are trying to use could not be found (notes need ExcelApi 1.18).",
        );
      return this.target();
    });
  }
}

// ---- Notes ----

interface NoteTarget {
  sheet: SheetModel;
  key: number;
}

function noteKey(sheet: SheetModel, address: string): number {
  const { block } = blockOf(
    sheet,
    address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address,
  );
  if (block.rowCount !== 1 || block.columnCount !== 1)
    throw new StandinError("InvalidCellAddress", `"${address}" is not a single cell.`);
  return cellKey(block.row, block.column);
}

export class NoteProxy extends StandinObject<NoteTarget> {
  constructor(context: StandinContext, locate: () => NoteTarget | null) {
    super(context, locate, "Note");
  }
  protected getters() {
    return {
      content: (t: NoteTarget) => t.sheet.notes.get(t.key)?.content ?? "",
      authorName: (t: NoteTarget) => t.sheet.notes.get(t.key)?.authorName ?? "",
    };
  }
  get content(): string {
    return this.read("content");
  }
  get authorName(): string {
    return this.read("authorName");
  }
  delete(): void {
    this.write((t) => {
      t.sheet.notes.delete(t.key);
      recordWrite(this.model, t.sheet, null, "note.delete");
    });
  }
}

export class NoteCollectionProxy {
  constructor(
    private readonly context: StandinContext,
    private readonly sheet: () => SheetModel,
  ) {}
  add(cellAddress: string, content: string): NoteProxy {
    let created: NoteTarget | null = null;
    this.context.enqueue({
      run: () => {
        const sheet = this.sheet();
        const key = noteKey(sheet, cellAddress);
        if (sheet.notes.has(key))
          throw new StandinError("InvalidArgument", `the cell ${cellAddress} already has a note.`);
        sheet.notes.set(key, { content: String(content), authorName: "Tieout user" });
        created = { sheet, key };
        recordWrite(this.context.model, sheet, null, "notes.add");
      },
      bytes: jsonBytes(content),
    });
    return new NoteProxy(this.context, () => created);
  }
  getItemOrNullObject(cellAddress: string): NoteProxy {
    return new NoteProxy(this.context, () => {
      const sheet = this.sheet();
      const key = noteKey(sheet, cellAddress);
      return sheet.notes.has(key) ? { sheet, key } : null;
    });
  }
}

export class WorksheetCollectionProxy extends StandinCollection<SheetModel, WorksheetProxy> {
  constructor(context: StandinContext) {
    super(context, () => context.model.sheets, "WorksheetCollection");
  }

  protected itemFor(sheet: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheet);
  }

  protected itemGetters() {
    return { name: (s: SheetModel) => s.name, id: (s: SheetModel) => s.id };
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheetById(this.model, this.model.activeSheetId));
  }

  /** Worksheet activated (ExcelApi 1.7): the user switched sheets. */
  get onActivated() {
    return this.event("activated");
  }

  /** Cells changed (ExcelApi 1.9): the user edited the workbook. */
  get onChanged() {
    return this.event("changed");
  }

  /** An event source: add() registers at the next sync; the handle's remove() unregisters at its sync. */
  private event(kind: "activated" | "changed") {
    const model = this.model;
    const listeners = () => (model.listeners ??= { activated: new Set(), changed: new Set() })[kind];
    return {
      add: (handler: EventHandler) => {
        this.context.enqueue({ run: () => void listeners().add(handler) });
        return {
          context: this.context,
          remove: () => {
            this.context.enqueue({ run: () => void listeners().delete(handler) });
          },
        };
      },
    };
  }

  /** By name or by id, as WorksheetCollection.getItem(key) takes either. */
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = findSheet(this.model, name) ?? this.model.sheets.find((s) => s.id === name);
      if (!sheet) throw new StandinError("ItemNotFound", `there is no worksheet named "${name}".`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => findSheet(this.model, name));
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.context.enqueue({
      run: () => {
        assertValidName(name, this.model.sheets, null);
        created = newSheet(this.model, name);
        this.model.sheets.push(created);
        recordWrite(this.model, created, null, "worksheets.add");
      },
    });
    return new WorksheetProxy(this.context, () => created);
  }
}

// ---- Charts ----

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

function rangeAddress(range: RangeProxy): string {
  const target = range.resolveTarget();
  return blockAddress(target.sheet, target.block);
}

class ChartSeriesProxy {
  constructor(
    private readonly context: StandinContext,
    private readonly locate: () => { target: ChartTarget; series: ChartSeriesModel },
  ) {}
  private change(what: string, change: (series: ChartSeriesModel) => void): void {
    this.context.enqueue({
      run: () => {
        const { target, series } = this.locate();
        change(series);
        recordWrite(this.context.model, target.sheet, null, what);
      },
    });
  }
  set name(value: string) {
    this.change("chart.series.name", (s) => (s.name = value));
  }
  setValues(range: RangeProxy): void {
    this.change("chart.series.setValues", (s) => (s.values = rangeAddress(range)));
  }
  setXAxisValues(range: RangeProxy): void {
    this.change("chart.series.setXAxisValues", (s) => (s.xValues = rangeAddress(range)));
  }
}

export class ChartProxy extends StandinObject<ChartTarget> {
  constructor(context: StandinContext, locate: () => ChartTarget | null) {
    super(context, locate, "Chart");
  }
  protected getters() {
    return { id: (t: ChartTarget) => t.chart.id };
  }
  get id(): string {
    return this.read("id");
  }
  get title(): { text: string } {
    const write = (apply: (t: ChartTarget) => void) => this.write(apply);
    const model = this.model;
    return {
      set text(value: string) {
        write((t) => {
          t.chart.title = value;
          recordWrite(model, t.sheet, null, "chart.title");
        });
      },
    } as { text: string };
  }
  setPosition(startCell: string): void {
    this.write((t) => {
      blockOf(t.sheet, startCell);
      t.chart.topLeft = startCell;
      recordWrite(this.model, t.sheet, null, "chart.setPosition");
    });
  }
  get series() {
    const locateChart = () => this.target();
    return {
      getItemAt: (index: number) =>
        new ChartSeriesProxy(this.context, () => {
          const target = locateChart();
          const series = target.chart.series[index];
          if (!series) throw new StandinError("ItemNotFound", `the chart has no series ${index}.`);
          return { target, series };
        }),
      add: (name: string) => {
        let created: { target: ChartTarget; series: ChartSeriesModel } | null = null;
        this.write((target) => {
          const series = { name, values: "", xValues: null };
          target.chart.series.push(series);
          created = { target, series };
          recordWrite(this.model, target.sheet, null, "chart.series.add");
        });
        return new ChartSeriesProxy(this.context, () => {
          if (!created) throw new StandinError("InvalidObjectPath", "the series was not added.");
          return created;
        });
      },
    };
  }
}

/** Header text names the series, the cells below are its values: Excel's reading of one column. */
function seriesFromColumn(target: RangeTarget): ChartSeriesModel {
  const { sheet, block } = target;
  const first = readCell(sheet, block.row, block.column);
  const header = first.value;
  const named = first.formula === null && typeof header === "string" && header !== "" && block.rowCount > 1;
  const values = named ? { ...block, row: block.row + 1, rowCount: block.rowCount - 1 } : block;
  return { name: named ? header : "Series1", values: blockAddress(sheet, values), xValues: null };
}

export class ChartCollectionProxy {
  constructor(
    private readonly context: StandinContext,
    private readonly sheet: () => SheetModel,
  ) {}
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: ChartTarget | null = null;
    this.context.enqueue({
      run: () => {
        const sheet = this.sheet();
        const target = source.resolveTarget();
        if (target.sheet !== sheet)
          throw new StandinError("InvalidArgument", "the chart's data is on another sheet.");
        if (target.block.columnCount !== 1 || seriesBy !== "Columns") {
          throw new StandinError("InvalidArgument", "the stand-in charts one column of data by columns.");
        }
        const chart: ChartModel = {
          id: newId(this.context.model, "chart"),
          type,
          title: "",
          series: [seriesFromColumn(target)],
          topLeft: null,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
        recordWrite(this.context.model, sheet, null, "charts.add");
      },
    });
    return new ChartProxy(this.context, () => created);
  }
}
