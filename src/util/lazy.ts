// A module loaded on first use, not at start-up: `tieout check` on one small file spends most of
// its time loading code, so readers for forms the input is not in are never loaded. Synchronous
// (the core stays synchronous and pure): the caller passes a thunk around a literal `require`, so
// Node, ts-jest and webpack all still see which module it is.

/** `load` run once, on the first call; its result is kept for the calls after. */
export function lazy<T>(load: () => T): () => T {
  let module: { value: T } | null = null;
  return () => (module ??= { value: load() }).value;
}
