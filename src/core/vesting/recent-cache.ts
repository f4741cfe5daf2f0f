/**
 * A bounded cache of recently used entries, keyed by a path of values (a grant's fields, in a
 * fixed order). The first two values, which tell entries apart the most (a grant's date and
 * shares), index two levels of Maps; the rest, nearly always the same few options, are compared
 * one by one against the entries that share those two. A Map looks up the caller's own strings
 * and numbers, whose hashes are already known, so a hit builds nothing; and a new entry adds at
 * most two small Maps, not one per value of its path.
 *
 * Entries live in two generations of at most `capacity` each: a hit in the older generation moves
 * the entry to the current one, and when the current one is full it becomes the older one and the
 * oldest is dropped. So an entry used within the last `capacity` insertions is always kept.
 */
interface Entry<V> {
  rest: readonly unknown[];
  value: V;
}

type Level<V> = Map<unknown, Map<unknown, Entry<V>[]>>;

/** Map's own equality (SameValueZero): NaN matches NaN, so a NaN in a path still finds its entry. */
const same = (a: unknown, b: unknown): boolean => a === b || (a !== a && b !== b);

function find<V>(root: Level<V>, path: readonly unknown[]): V | undefined {
  const entries = root.get(path[0])?.get(path[1]);
  if (entries === undefined) return undefined;
  for (const entry of entries) {
    let matches = true;
    for (let i = 2; i < path.length && matches; i++) matches = same(entry.rest[i - 2], path[i]);
    if (matches) return entry.value;
  }
  return undefined;
}

function insert<V>(root: Level<V>, path: readonly unknown[], value: V): void {
  let second = root.get(path[0]);
  if (second === undefined) {
    second = new Map();
    root.set(path[0], second);
  }
  const entry = { rest: path.slice(2), value };
  const entries = second.get(path[1]);
  if (entries === undefined) second.set(path[1], [entry]);
  else entries.push(entry);
}

export class RecentCache<V> {
  private current: Level<V> = new Map();
  private previous: Level<V> = new Map();
  private currentSize = 0;

  constructor(private readonly capacity: number) {}

  /** The value stored under `path`. The cache keeps no reference to `path`, so a caller may reuse one array. */
  get(path: readonly unknown[]): V | undefined {
    const value = find(this.current, path);
    if (value !== undefined) return value;
    const older = find(this.previous, path);
    if (older !== undefined) this.set(path, older);
    return older;
  }

  /** Stores `value` under `path`, which must not already be in the current generation. */
  set(path: readonly unknown[], value: V): void {
    if (this.currentSize >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
      this.currentSize = 0;
    }
    insert(this.current, path, value);
    this.currentSize++;
  }
}
