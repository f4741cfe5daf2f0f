// VESTED's grant tables, found by the arguments exactly as Excel passes them. A sheet recalculates
// the same grants over and over; finding the table by the raw arguments skips reading dates,
// shares and options on every call, so a repeat call is a lookup and a binary search.
import { type DirectPlan, directPlan } from "../core/vesting/direct";
import { parseRounding } from "../core/vesting/options";
import { resolveSchedule } from "../core/vesting/presets";
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

/**
 * Direct plans (see core/vesting/direct) by the raw schedule and rounding arguments; false for
 * arguments the direct path does not take (a bad schedule, fractional rounding, mixed units),
 * which then go the general way and get its errors. A sheet has a handful of schedules.
 */
const directPlans = new Map<unknown, Map<unknown, DirectPlan | false>>();
const MAX_DIRECT_SCHEDULES = 256;
let lastDirect: { schedule: unknown; rounding: unknown; plan: DirectPlan | false } | null = null;

const blankText = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

function makeDirectPlan(schedule: unknown, rounding: unknown): DirectPlan | false {
  if (!(blankText(schedule) || typeof schedule === "string")) return false;
  if (!(blankText(rounding) || typeof rounding === "string")) return false;
  try {
    const spec = resolveSchedule(blankText(schedule) ? null : (schedule as string));
    return directPlan(spec, parseRounding(blankText(rounding) ? null : (rounding as string))) ?? false;
  } catch {
    return false;
  }
}

/** The direct plan for these arguments, or false. Never throws. */
export function directPlanFor(schedule: unknown, rounding: unknown): DirectPlan | false {
  if (lastDirect !== null && lastDirect.schedule === schedule && lastDirect.rounding === rounding) {
    return lastDirect.plan;
  }
  const scheduleKey = schedule === undefined ? null : schedule;
  const roundingKey = rounding === undefined ? null : rounding;
  let byRounding = directPlans.get(scheduleKey);
  if (byRounding === undefined) {
    if (directPlans.size >= MAX_DIRECT_SCHEDULES) directPlans.clear();
    byRounding = new Map();
    directPlans.set(scheduleKey, byRounding);
  }
  let plan = byRounding.get(roundingKey);
  if (plan === undefined) {
    plan = makeDirectPlan(scheduleKey, roundingKey);
    byRounding.set(roundingKey, plan);
  }
  lastDirect = { schedule, rounding, plan };
  return plan;
}
