/**
 * A bounded cache of recently used entries, keyed by a path of values (a grant's fields, in a
 * fixed order) held in nested Maps. Nested Maps look up the caller's own strings and numbers,
 * whose hashes are already known, where one concatenated key string would be built and hashed on
 * every call; VESTED looks up a table on every call, so that difference is most of its cost.
 *
 * Entries live in two generations of at most `capacity` each: a hit in the older generation moves
 * the entry to the current one, and when the current one is full it becomes the older one and the
 * oldest is dropped. So an entry used within the last `capacity` insertions is always kept.
 */
type Level = Map<unknown, unknown>;

function find(root: Level, path: readonly unknown[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    node = (node as Level).get(part);
    if (node === undefined) return undefined;
  }
  return node;
}

function insert(root: Level, path: readonly unknown[], value: unknown): void {
  let node = root;
  for (const part of path.slice(0, -1)) {
    let next = node.get(part) as Level | undefined;
    if (next === undefined) {
      next = new Map();
      node.set(part, next);
    }
    node = next;
  }
  node.set(path[path.length - 1], value);
}

export class RecentCache<V> {
  private current: Level = new Map();
  private previous: Level = new Map();
  private currentSize = 0;

  constructor(private readonly capacity: number) {}

  get(path: readonly unknown[]): V | undefined {
    const value = find(this.current, path) as V | undefined;
    if (value !== undefined) return value;
    const older = find(this.previous, path) as V | undefined;
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
