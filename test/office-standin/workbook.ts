// Excel.Workbook: its worksheets, the selection, and the workbook's settings.
import { StandinCollection, StandinContext, StandinObject } from "./context";
import { sheetById, StandinError } from "./model";
import { RangeProxy } from "./range";
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

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;

  constructor(private readonly context: StandinContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheetId, block } = this.context.model.selection;
      return { sheet: sheetById(this.context.model, sheetId), block };
    });
  }
}
