// Excel.Workbook: its worksheets, the selection, and the workbook's settings.
import { StandinCollection, StandinContext, StandinObject } from "./context";
import { dateSerial, sheetById, StandinError } from "./model";
import { formatBlock } from "../../src/excel/address";
import { RangeProxy } from "./range";
import { qualifiedAddress } from "../../src/excel/address";
import { WorksheetCollectionProxy } from "./worksheet";

interface SettingTarget {
  key: string;
}

export class SettingProxy extends StandinObject<SettingTarget> {
  constructor(context: StandinContext, locate: () => SettingTarget | null) {
    super(context, locate, "Setting");
  }
  protected getters() {
    return { key: (t: SettingTarget) => t.key, value: (t: SettingTarget) => this.model.settings.get(t.key) };
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.write((t) => {
      this.model.settings.delete(t.key);
      this.model.writes.push({ sheet: "", address: "", what: `settings.delete ${t.key}` });
    });
  }
}

export class SettingCollectionProxy extends StandinCollection<SettingTarget, SettingProxy> {
  constructor(context: StandinContext) {
    super(context, () => [...context.model.settings.keys()].map((key) => ({ key })), "SettingCollection");
  }
  protected itemFor(target: SettingTarget): SettingProxy {
    return new SettingProxy(this.context, () => target);
  }
  protected itemGetters() {
    return { key: (t: SettingTarget) => t.key, value: (t: SettingTarget) => this.model.settings.get(t.key) };
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, () => (this.model.settings.has(key) ? { key } : null));
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, () => {
      if (!this.model.settings.has(key))
        throw new StandinError("ItemNotFound", `there is no setting "${key}".`);
      return { key };
    });
  }
  add(key: string, value: unknown): SettingProxy {
    this.context.enqueue({
      run: () => {
        if (value === undefined) throw new StandinError("InvalidArgument", `setting "${key}" needs a value.`);
        this.model.settings.set(key, JSON.parse(JSON.stringify(value)));
        this.model.writes.push({ sheet: "", address: "", what: `settings.add ${key}` });
      },
    });
    return new SettingProxy(this.context, () => ({ key }));
  }
}

/** A worksheet function's result (ExcelApi 1.2): `value` or `error` after load and sync. */
export class FunctionResultProxy extends StandinObject<{ value: number | null; error: string | null }> {
  constructor(context: StandinContext, compute: () => { value: number | null; error: string | null }) {
    super(context, compute, "FunctionResult");
  }
  protected getters() {
    return {
      value: (t: { value: number | null }) => t.value,
      error: (t: { error: string | null }) => t.error,
    };
  }
  get value(): number | null {
    return this.read("value");
  }
  get error(): string | null {
    return this.read("error");
  }
}

/** workbook.functions: only DATE, answering in the workbook's date system as Excel does. */
export class FunctionsProxy {
  constructor(private readonly context: StandinContext) {}
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, () => {
      const serial = dateSerial(this.context.model.dateSystem, year, month, day);
      return serial === null ? { value: null, error: "#NUM!" } : { value: serial, error: null };
    });
  }
}

interface NameTarget {
  name: string;
}

export class NamedItemProxy extends StandinObject<NameTarget> {
  constructor(context: StandinContext, locate: () => NameTarget | null) {
    super(context, locate, "NamedItem");
  }
  protected getters() {
    return {
      name: (t: NameTarget) => t.name,
      formula: (t: NameTarget) => this.model.names.get(t.name.toLowerCase()) ?? "",
    };
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.setProperty("formula", value, (t) => {
      this.model.names.set(t.name.toLowerCase(), value);
      this.model.writes.push({ sheet: "", address: "", what: `names.formula ${t.name}` });
    });
  }
  delete(): void {
    this.write((t) => {
      this.model.names.delete(t.name.toLowerCase());
      this.model.writes.push({ sheet: "", address: "", what: `names.delete ${t.name}` });
    });
  }
}

/** Workbook names (ExcelApi 1.4): unique ignoring case, a formula each. */
export class NamedItemCollectionProxy extends StandinCollection<NameTarget, NamedItemProxy> {
  constructor(context: StandinContext) {
    super(context, () => [...context.model.names.keys()].map((name) => ({ name })), "NamedItemCollection");
  }
  protected itemFor(target: NameTarget): NamedItemProxy {
    return new NamedItemProxy(this.context, () => target);
  }
  protected itemGetters() {
    return {
      name: (t: NameTarget) => this.displayName(t.name),
      formula: (t: NameTarget) => this.model.names.get(t.name) ?? "",
    };
  }
  private displayName(key: string): string {
    return this.model.nameSpellings?.get(key) ?? key;
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      if (!this.context.model.names.has(name.toLowerCase()))
        throw new StandinError("ItemNotFound", `there is no name "${name}".`);
      return { name };
    });
  }
  add(name: string, reference: string): NamedItemProxy {
    this.context.enqueue({
      run: () => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw new StandinError("InvalidArgument", `"${name}" is not a valid name.`);
        if (this.context.model.names.has(name.toLowerCase()))
          throw new StandinError("ItemAlreadyExists", `the name "${name}" already exists.`);
        this.context.model.names.set(name.toLowerCase(), reference);
        (this.context.model.nameSpellings ??= new Map()).set(name.toLowerCase(), name);
        this.context.model.writes.push({ sheet: "", address: "", what: `names.add ${name}` });
      },
    });
    return new NamedItemProxy(this.context, () => ({ name }));
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () =>
      this.context.model.names.has(name.toLowerCase()) ? { name } : null,
    );
  }
}

/** The selection's areas (getSelectedRanges, ExcelApi 1.9). */
export class RangeAreasProxy extends StandinObject<{ address: string; areaCount: number }> {
  constructor(context: StandinContext) {
    super(
      context,
      () => {
        const { sheetId, block, areas } = context.model.selection;
        const sheet = sheetById(context.model, sheetId);
        const all = areas ?? [block];
        return {
          address: all.map((b) => qualifiedAddress(sheet.name, formatBlock(b))).join(","),
          areaCount: all.length,
        };
      },
      "RangeAreas",
    );
  }
  protected getters() {
    return {
      address: (t: { address: string }) => t.address,
      areaCount: (t: { areaCount: number }) => t.areaCount,
    };
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly functions: FunctionsProxy;
  readonly names: NamedItemCollectionProxy;

  constructor(private readonly context: StandinContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
    this.functions = new FunctionsProxy(context);
    this.names = new NamedItemCollectionProxy(context);
  }

  /** Throws, as Excel does, when the user has selected several areas. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheetId, block, areas } = this.context.model.selection;
      if (areas && areas.length > 1) {
        throw new StandinError(
          "InvalidSelection",
          "the current selection is invalid for this operation (it has several areas).",
        );
      }
      return { sheet: sheetById(this.context.model, sheetId), block };
    });
  }

  /** application.calculate: recorded, since the stand-in does not calculate by itself. */
  get application() {
    return {
      calculate: (type: string) =>
        this.context.enqueue({
          run: () => {
            this.context.model.writes.push({ sheet: "", address: "", what: `application.calculate ${type}` });
          },
        }),
    };
  }

  getSelectedRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this.context);
  }
}
