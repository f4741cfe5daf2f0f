// The request/batch machinery of Office.js, strictly: proxies queue their reads and writes, and
// only `context.sync()` runs them, in order; a property is readable only after load() + sync().
import { StandinError, WorkbookModel } from "./model";

interface QueuedOp {
  /** Runs at sync; may return a commit that publishes loaded values once the whole batch succeeded. */
  run: () => (() => void) | void;
  abort?: () => void;
  /** Size of what the op sends to Excel (the cells it writes), in bytes of JSON. */
  bytes?: number;
}

/** Excel on the web refuses a request or a response over 5 MB (excel-add-ins-ranges-large.md). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** No read may hold more than 5,000,000 cells (past it Excel's values can come back null, office-js #6781). */
export const CELL_LIMIT = 5_000_000;

/** The JSON size of a value as sent over the wire. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

export class StandinContext {
  private queue: QueuedOp[] = [];
  private finished = false;
  /** Set by the Workbook proxy's module to avoid an import cycle. */
  workbook!: unknown;

  constructor(readonly model: WorkbookModel) {}

  enqueue(op: QueuedOp): void {
    this.assertOpen();
    this.queue.push(op);
  }

  get hasPendingWork(): boolean {
    return this.queue.length > 0;
  }

  finish(): void {
    this.finished = true;
  }

  /** Excel.run(context, batch) runs a new batch on an earlier run's context, its objects usable again. */
  reopen(): void {
    this.finished = false;
  }

  private assertOpen(): void {
    if (this.finished) {
      throw new StandinError(
        "InvalidObjectPath",
        "this object belongs to an Excel.run batch that has finished; objects cannot be used after their Excel.run.",
      );
    }
  }

  private responseBytes = 0;

  /** Loads report the size of what they read, for the web profile's response limit. */
  noteResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    this.assertOpen();
    const ops = this.queue;
    this.queue = [];
    this.model.syncCount += 1;
    await Promise.resolve(); // a round trip: nothing is readable until the promise settles
    const web = this.model.profile === "web";
    const sent = ops.reduce((sum, op) => sum + (op.bytes ?? 0), 0);
    if (web && sent > PAYLOAD_LIMIT_BYTES) {
      ops.forEach((op) => op.abort?.());
      throw new StandinError(
        "RequestPayloadSizeLimitExceeded",
        `the request payload size has exceeded the limit (${sent} bytes; Excel on the web takes 5 MB per request).`,
      );
    }
    this.responseBytes = 0;
    const commits: (() => void)[] = [];
    try {
      for (const op of ops) {
        const commit = op.run();
        if (commit) commits.push(commit);
      }
      if (web && this.responseBytes > PAYLOAD_LIMIT_BYTES) {
        throw new StandinError(
          "ResponsePayloadSizeLimitExceeded",
          `the response payload size has exceeded the limit (${this.responseBytes} bytes; Excel on the web returns 5 MB per response).`,
        );
      }
    } catch (error) {
      ops.forEach((op) => op.abort?.());
      throw error;
    }
    commits.forEach((commit) => commit());
  }
}

type Getters<T> = Record<string, (target: T) => unknown>;

function parseSpec(spec: string | string[] | undefined): string[] | null {
  if (spec === undefined) return null;
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

function copyOf(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** A client object: a lazily located target, loadable properties, queued writes. */
export abstract class StandinObject<T> {
  private located: { target: T | null } | null = null;
  private loaded = new Map<string, unknown>();
  protected pending = new Set<string>();

  protected constructor(
    protected readonly context: StandinContext,
    private readonly locate: () => T | null,
    protected readonly typeName: string,
  ) {}

  /** The properties `load()` can fetch, each read from the model at sync time. */
  protected abstract getters(): Getters<T>;

  protected get model(): WorkbookModel {
    return this.context.model;
  }

  /** Locates the target once, at its first use inside a sync, like Office.js object paths. */
  protected resolve(): T | null {
    if (!this.located) this.located = { target: this.locate() };
    return this.located.target;
  }

  protected target(): T {
    const target = this.resolve();
    if (target === null)
      throw new StandinError("ItemNotFound", `${this.typeName} is a null object: it does not exist.`);
    return target;
  }

  protected snapshot(props: string[]): Map<string, unknown> {
    const target = this.resolve();
    if (target === null) return new Map([["isNullObject", true]]);
    const getters = this.getters();
    const values = new Map<string, unknown>([["isNullObject", false]]);
    for (const prop of props) values.set(prop, copyOf(getters[prop](target)));
    return values;
  }

  protected loadProps(spec: string | string[] | undefined): string[] {
    const getters = this.getters();
    const props = parseSpec(spec) ?? Object.keys(getters);
    for (const prop of props) {
      if (!(prop in getters)) {
        throw new StandinError(
          "InvalidArgument",
          `${this.typeName} has no property "${prop}" that the stand-in can load.`,
        );
      }
    }
    return props;
  }

  load(spec?: string | string[]): this {
    const props = this.loadProps(spec);
    props.forEach((p) => this.pending.add(p));
    this.pending.add("isNullObject");
    this.context.enqueue({
      run: () => {
        const values = this.snapshot(props);
        if (this.model.profile === "web") this.context.noteResponse(jsonBytes([...values]));
        return () => this.publish(values);
      },
      abort: () => this.pending.clear(),
    });
    return this;
  }

  /** Makes loaded values readable (used at sync, and for a collection's items). */
  publish(values: Map<string, unknown>): void {
    if (values.get("isNullObject") === true) this.loaded.clear();
    values.forEach((value, prop) => this.loaded.set(prop, value));
    this.pending.clear();
  }

  protected read<V>(prop: string): V {
    if (this.loaded.has(prop)) return this.loaded.get(prop) as V;
    if (this.loaded.get("isNullObject") === true) {
      throw new StandinError(
        "PropertyNotLoaded",
        `${this.typeName} is a null object; only isNullObject can be read.`,
      );
    }
    if (this.pending.has(prop)) {
      throw new StandinError(
        "PropertyNotLoaded",
        `${this.typeName}.${prop} was read before context.sync() finished: await context.sync() after load().`,
      );
    }
    throw new StandinError(
      "PropertyNotLoaded",
      `${this.typeName}.${prop} was read without load("${prop}") and context.sync().`,
    );
  }

  /** Like Office.js, a set value is readable locally at once and sent at the next sync. */
  protected setProperty(prop: string, value: unknown, apply: (target: T) => void): void {
    this.write(apply, jsonBytes(value));
    this.loaded.set(prop, value);
  }

  protected write(apply: (target: T) => void, bytes = 0): void {
    this.context.enqueue({ run: () => apply(this.target()), bytes });
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

/** A collection whose `items` are loaded with `load("items/name")` (or `load("name")`). */
export abstract class StandinCollection<TModel, TItem extends StandinObject<TModel>> extends StandinObject<
  TModel[]
> {
  protected abstract itemFor(model: TModel): TItem;
  protected abstract itemGetters(): Getters<TModel>;

  protected getters(): Getters<TModel[]> {
    return { items: () => null };
  }

  load(spec?: string | string[]): this {
    const requested = parseSpec(spec) ?? ["items"];
    const itemGetters = this.itemGetters();
    const itemProps = new Set<string>();
    for (const prop of requested) {
      const sub = prop === "items" ? "" : prop.replace(/^items\//, "");
      if (sub === "") Object.keys(itemGetters).forEach((p) => itemProps.add(p));
      else if (sub in itemGetters) itemProps.add(sub);
      else
        throw new StandinError(
          "InvalidArgument",
          `${this.typeName} items have no property "${sub}" that the stand-in can load.`,
        );
    }
    this.pending.add("items");
    this.context.enqueue({
      abort: () => this.pending.clear(),
      run: () => {
        const items = this.readItems(this.target()).map((model) => {
          const item = this.itemFor(model);
          const values = new Map<string, unknown>([["isNullObject", false]]);
          itemProps.forEach((p) => values.set(p, copyOf(itemGetters[p](model))));
          return { item, values };
        });
        return () => {
          items.forEach(({ item, values }) => item.publish(values));
          this.publish(
            new Map<string, unknown>([
              ["items", null],
              ["isNullObject", false],
            ]),
          );
          this.loadedItems = items.map(({ item }) => item);
        };
      },
    });
    return this;
  }

  /** The items a load reads; a collection whose items Excel cannot read throws here. */
  protected readItems(items: TModel[]): TModel[] {
    return items;
  }

  private loadedItems: TItem[] | null = null;

  get items(): TItem[] {
    this.read("items");
    return this.loadedItems ?? [];
  }
}
