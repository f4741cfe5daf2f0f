// VESTED's grant tables, found by the arguments exactly as Excel passes them. A sheet recalculates
// the same grants over and over; finding the table by the raw arguments skips reading dates,
// shares and options on every call, so a repeat call is a lookup and a binary search.
import { RecentCache } from "../core/vesting/recent-cache";
import type { GrantTable } from "../core/vesting/table";

const tables = new RecentCache<GrantTable>(512);

/**
 * The arguments of the last call that found or built a table, and that table: a column of VESTED
 * over one grant, or a list of grants against one date in turn, finds it here first.
 */
const last = {
  grantDate: undefined as unknown,
  shares: undefined as unknown,
  schedule: undefined as unknown,
  terminationDate: undefined as unknown,
  rounding: undefined as unknown,
  table: null as GrantTable | null,
};

/** The cache path, reused: RecentCache keeps no reference to it. */
const path: unknown[] = [];

/** Text, numbers, blanks and booleans compare by value; a range (an array) would compare by identity. */
const isKey = (value: unknown): boolean => value === null || typeof value !== "object";

/** Fills `path` with the arguments; false when one of them cannot be a key. */
function fillPath(
  grantDate: unknown,
  shares: unknown,
  schedule: unknown,
  terminationDate: unknown,
  rounding: unknown,
): boolean {
  path[0] = grantDate;
  path[1] = shares;
  path[2] = schedule;
  path[3] = terminationDate;
  path[4] = rounding;
  return isKey(grantDate) && isKey(shares) && isKey(schedule) && isKey(terminationDate) && isKey(rounding);
}

function remember(
  grantDate: unknown,
  shares: unknown,
  schedule: unknown,
  terminationDate: unknown,
  rounding: unknown,
  table: GrantTable,
): GrantTable {
  last.grantDate = grantDate;
  last.shares = shares;
  last.schedule = schedule;
  last.terminationDate = terminationDate;
  last.rounding = rounding;
  last.table = table;
  return table;
}

/** The table of a grant seen before with exactly these arguments, or undefined. Never throws. */
export function knownGrantTable(
  grantDate: unknown,
  shares: unknown,
  schedule: unknown,
  terminationDate: unknown,
  rounding: unknown,
): GrantTable | undefined {
  if (
    last.table !== null &&
    grantDate === last.grantDate &&
    shares === last.shares &&
    schedule === last.schedule &&
    terminationDate === last.terminationDate &&
    rounding === last.rounding
  ) {
    return last.table;
  }
  if (!fillPath(grantDate, shares, schedule, terminationDate, rounding)) return undefined;
  const table = tables.get(path);
  return table === undefined
    ? undefined
    : remember(grantDate, shares, schedule, terminationDate, rounding, table);
}

/** Keeps `table`, built from exactly these arguments, for knownGrantTable; returns it. */
export function rememberGrantTable(
  grantDate: unknown,
  shares: unknown,
  schedule: unknown,
  terminationDate: unknown,
  rounding: unknown,
  table: GrantTable,
): GrantTable {
  if (!fillPath(grantDate, shares, schedule, terminationDate, rounding)) return table;
  if (tables.get(path) === undefined) tables.set(path, table);
  return remember(grantDate, shares, schedule, terminationDate, rounding, table);
}
