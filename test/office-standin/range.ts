// Excel.Range and what hangs off it: format, conditional formats, spills, selection.
import { CellBlock, formatBlock, parseBlock } from "../../src/excel/address";
import { CELL_LIMIT, StandinCollection, StandinContext, StandinObject } from "./context";
import {
  blockAddress,
  cellText,
  ConditionalFormatModel,
  intersect,
  mapBlock,
  newId,
  readCell,
  recordWrite,
  setCellFormat,
  CellFormat,
  SheetModel,
  StandinError,
  typeIntoCell,
} from "./model";
import { WorksheetProxy } from "./worksheet";

export interface RangeTarget {
  sheet: SheetModel;
  block: CellBlock;
}

export function blockOf(sheet: SheetModel, address: string): RangeTarget {
  try {
    return { sheet, block: parseBlock(address) };
  } catch (error) {
    throw new StandinError("InvalidArgument", (error as Error).message);
  }
}

function overlaps(a: CellBlock, b: CellBlock): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

function forEachCell(
  block: CellBlock,
  visit: (row: number, column: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < block.rowCount; i++) {
    for (let j = 0; j < block.columnCount; j++) visit(block.row + i, block.column + j, i, j);
  }
}

/** Office.js accepts a 2-D array the size of the range, or one value for every cell. */
function cellInputs(block: CellBlock, input: unknown, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const fits =
    input.length === block.rowCount &&
    input.every((row) => Array.isArray(row) && row.length === block.columnCount);
  if (!fits) {
    throw new StandinError(
      "InvalidArgument",
      `${what}: the input array is not ${block.rowCount}×${block.columnCount}, the size of the range.`,
    );
  }
  return (i, j) => (input as unknown[][])[i][j];
}

export class RangeProxy extends StandinObject<RangeTarget> {
  constructor(context: StandinContext, locate: () => RangeTarget | null) {
    super(context, locate, "Range");
  }

  protected getters() {
    /** Cell contents of at most 5,000,000 cells per read, in every profile. */
    const cells =
      <T>(read: (c: import("./model").CellModel) => T) =>
      (t: RangeTarget) => {
        const count = t.block.rowCount * t.block.columnCount;
        if (count > CELL_LIMIT) {
          throw new StandinError(
            "ResponsePayloadSizeLimitExceeded",
            `the range ${blockAddress(t.sheet, t.block)} has ${count} cells; a read takes at most ${CELL_LIMIT}.`,
          );
        }
        return mapBlock(t.sheet, t.block, read);
      };
    return {
      address: (t: RangeTarget) => blockAddress(t.sheet, t.block),
      rowIndex: (t: RangeTarget) => t.block.row,
      columnIndex: (t: RangeTarget) => t.block.column,
      rowCount: (t: RangeTarget) => t.block.rowCount,
      columnCount: (t: RangeTarget) => t.block.columnCount,
      values: cells((c) => c.value),
      text: cells(cellText),
      numberFormat: cells((c) => c.numberFormat),
      formulas: cells((c) => c.formula ?? c.value),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.typeInto("values", input);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.typeInto("formulas", input);
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.setProperty("numberFormat", input, (t) => {
      const at = cellInputs(t.block, input, "Range.numberFormat");
      forEachCell(t.block, (r, c, i, j) => setCellFormat(t.sheet, r, c, { numberFormat: String(at(i, j)) }));
      recordWrite(this.model, t.sheet, t.block, "numberFormat");
    });
  }

  private typeInto(prop: "values" | "formulas", input: unknown[][]): void {
    this.setProperty(prop, input, (t) => {
      const at = cellInputs(t.block, input, `Range.${prop}`);
      forEachCell(t.block, (r, c, i, j) => {
        const cell = at(i, j);
        // null leaves a cell as it is, as in Office.js
        if (cell !== null) typeIntoCell(t.sheet, r, c, cell, this.model.dateSystem);
      });
      recordWrite(this.model, t.sheet, t.block, prop);
    });
  }

  /** Where the range is, for other stand-in objects that take a range argument (charts, intersections). */
  resolveTarget(): RangeTarget {
    return this.target();
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.target().sheet);
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this);
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.context, () => this.target());
  }

  /** Queues a change to the cells, for the format proxies. */
  changeCells(what: string, change: (target: RangeTarget) => void): void {
    this.write((t) => {
      change(t);
      recordWrite(this.model, t.sheet, t.block, what);
    });
  }

  select(): void {
    this.write((t) => {
      this.model.selection = { sheetId: t.sheet.id, block: t.block };
      this.model.activeSheetId = t.sheet.id;
      recordWrite(this.model, t.sheet, t.block, "select");
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, block } = this.target();
      const rowCount = block.rowCount + deltaRows;
      const columnCount = block.columnCount + deltaColumns;
      if (rowCount < 1 || columnCount < 1)
        throw new StandinError("InvalidArgument", "getResizedRange would leave no cells.");
      return { sheet, block: { ...block, rowCount, columnCount } };
    });
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.target();
      const b = other.resolveTarget();
      if (a.sheet !== b.sheet) return null;
      const block = intersect(a.block, b.block);
      return block ? { sheet: a.sheet, block } : null;
    });
  }

  getSpillingToRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, block } = this.target();
      if (block.rowCount !== 1 || block.columnCount !== 1) {
        throw new StandinError("InvalidArgument", "getSpillingToRange works on a single anchor cell.");
      }
      const spill = readCell(sheet, block.row, block.column).spill;
      return spill ? { sheet, block: { row: block.row, column: block.column, ...spill } } : null;
    });
  }
}

class FontProxy {
  constructor(private readonly range: RangeProxy) {}
  private change(what: string, change: Partial<CellFormat>): void {
    this.range.changeCells(what, (t) => forEachCell(t.block, (r, c) => setCellFormat(t.sheet, r, c, change)));
  }
  set bold(value: boolean) {
    this.change("format.font.bold", { bold: value });
  }
  set italic(value: boolean) {
    this.change("format.font.italic", { italic: value });
  }
  set color(value: string) {
    this.change("format.font.color", { fontColor: value });
  }
}

class RangeFormatProxy {
  constructor(private readonly range: RangeProxy) {}
  get font(): FontProxy {
    return new FontProxy(this.range);
  }
  get fill(): { color: string } {
    const range = this.range;
    return {
      set color(value: string) {
        range.changeCells("format.fill.color", (t) =>
          forEachCell(t.block, (r, c) => setCellFormat(t.sheet, r, c, { fill: value })),
        );
      },
    } as { color: string };
  }
  autofitColumns(): void {
    this.range.changeCells("format.autofitColumns", () => undefined);
  }
}

// ---- Conditional formats (type "Custom" only: the kind Tieout adds) ----

interface ConditionalTarget {
  sheet: SheetModel;
  model: ConditionalFormatModel;
}

const RULE_FORMULA = "customOrNullObject/rule/formula";

function conditionalGetters() {
  return {
    id: (t: ConditionalTarget) => t.model.id,
    type: (t: ConditionalTarget) => t.model.type,
    // A null object's rule is loaded as null; reading it then throws, as on a null object.
    [RULE_FORMULA]: (t: ConditionalTarget) =>
      t.model.type === "Custom" ? (t.model.ruleFormula ?? "") : null,
  };
}

export class ConditionalFormatProxy extends StandinObject<ConditionalTarget> {
  constructor(context: StandinContext, locate: () => ConditionalTarget | null) {
    super(context, locate, "ConditionalFormat");
  }
  protected getters() {
    return conditionalGetters();
  }
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  /** Only `rule.formula` is modelled, loaded as `customOrNullObject/rule/formula`. */
  get customOrNullObject() {
    const formula = () => this.read<string | null>(RULE_FORMULA);
    return {
      get isNullObject() {
        return formula() === null;
      },
      rule: {
        get formula() {
          const value = formula();
          if (value === null)
            throw new StandinError(
              "PropertyNotLoaded",
              "the conditional format is not Custom: customOrNullObject is a null object.",
            );
          return value;
        },
      },
    };
  }
  private change(what: string, change: Partial<ConditionalFormatModel>): void {
    this.write((t) => {
      if (t.model.type !== "Custom")
        throw new StandinError("InvalidOperation", "only a Custom conditional format has `custom`.");
      Object.assign(t.model, change);
      recordWrite(this.model, t.sheet, t.model.block, what);
    });
  }
  get custom() {
    const set = (what: string, change: Partial<ConditionalFormatModel>) => this.change(what, change);
    return {
      rule: {
        set formula(value: string) {
          set("conditionalFormat.rule", { ruleFormula: value });
        },
      },
      format: {
        set numberFormat(value: string) {
          set("conditionalFormat.numberFormat", { numberFormat: value });
        },
        fill: {
          set color(value: string) {
            set("conditionalFormat.fill", { fill: value });
          },
        },
        font: {
          set color(value: string) {
            set("conditionalFormat.font", { fontColor: value });
          },
          set bold(value: boolean) {
            set("conditionalFormat.font", { bold: value });
          },
          set italic(value: boolean) {
            set("conditionalFormat.font", { italic: value });
          },
        },
      },
    };
  }
  delete(): void {
    this.write((t) => {
      const at = t.sheet.conditionalFormats.indexOf(t.model);
      if (at >= 0) t.sheet.conditionalFormats.splice(at, 1);
      recordWrite(this.model, t.sheet, t.model.block, "conditionalFormat.delete");
    });
  }
}

export class ConditionalFormatCollectionProxy extends StandinCollection<
  ConditionalTarget,
  ConditionalFormatProxy
> {
  constructor(
    context: StandinContext,
    private readonly range: () => RangeTarget,
  ) {
    super(
      context,
      () => {
        const { sheet, block } = range();
        return sheet.conditionalFormats
          .filter((cf) => overlaps(cf.block, block))
          .map((model) => ({ sheet, model }));
      },
      "ConditionalFormatCollection",
    );
  }
  protected itemFor(target: ConditionalTarget): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, () => target);
  }
  protected itemGetters() {
    return conditionalGetters();
  }
  /**
   * Real Excel fails to load a collection holding rules of other kinds (data bars, icon sets,
   * "contains blanks"…) or duplicated rules (office-js #2180, #6827, #6835): so does the stand-in,
   * whatever properties are asked for.
   */
  protected readItems(items: ConditionalTarget[]): ConditionalTarget[] {
    const seen = new Set<string>();
    for (const { model } of items) {
      const key = `${model.type}|${model.ruleFormula}|${formatBlock(model.block)}`;
      if (model.foreign || seen.has(key)) {
        throw new StandinError(
          "GeneralException",
          "an internal error has occurred while reading conditional formats (a rule of another kind, or a duplicated rule).",
        );
      }
      seen.add(key);
    }
    return items;
  }
  /** The number of conditional formats on the range: Excel answers without reading the rules. */
  getCount(): { value: number } {
    const result = { value: -1 };
    let ready = false;
    this.context.enqueue({
      run: () => {
        const { sheet, block } = this.range();
        const count = sheet.conditionalFormats.filter((cf) => overlaps(cf.block, block)).length;
        return () => {
          result.value = count;
          ready = true;
        };
      },
    });
    return {
      get value() {
        if (!ready) throw new StandinError("PropertyNotLoaded", "getCount() was read before context.sync().");
        return result.value;
      },
    };
  }
  /**
   * The rule with this id on the range (ExcelApi 1.6). A missing id fails the sync with ItemNotFound.
   * Only reads of the whole collection fail on other kinds of rules; one rule fetched by id reads.
   */
  getItem(id: string): ConditionalFormatProxy {
    const find = (): ConditionalTarget | null => {
      const { sheet, block } = this.range();
      const model = sheet.conditionalFormats.find((cf) => cf.id === id && overlaps(cf.block, block));
      return model ? { sheet, model } : null;
    };
    this.context.enqueue({
      run: () => {
        if (!find())
          throw new StandinError(
            "ItemNotFound",
            `ConditionalFormatCollection.getItem: no rule with id ${id}.`,
          );
      },
    });
    return new ConditionalFormatProxy(this.context, find);
  }
  add(type: string): ConditionalFormatProxy {
    let created: ConditionalTarget | null = null;
    this.context.enqueue({
      run: () => {
        const { sheet, block } = this.range();
        const model: ConditionalFormatModel = {
          id: newId(this.model, "cf"),
          block,
          type,
          ruleFormula: null,
          fill: null,
          fontColor: null,
          bold: null,
          italic: null,
        };
        sheet.conditionalFormats.push(model);
        created = { sheet, model };
        recordWrite(this.model, sheet, block, "conditionalFormats.add");
      },
    });
    return new ConditionalFormatProxy(this.context, () => created);
  }
}
