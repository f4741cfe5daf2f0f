// VESTED per call against (b) a bare arithmetic version of the reference schedule and (c) the
// natural native Excel formula for it, recalculated by a formula engine (HyperFormula), all in
// one process. Aims (issue 2): VESTED at most 2x the bare loop, at least 40x faster than the engine.
//
// The reference schedule is 50% at 6 months, then 50% monthly over 24 months, rounded down
// cumulatively, so after m whole months (6 ≤ m ≤ 30) the vested count is
// floor(shares · (0.5 + (m − 6)/48)) = floor(shares · (m + 18) / 48).
import Decimal from "decimal.js";
import { vested } from "../../src/functions/functions";
import { buildEngine } from "../support/hyperformula";

const GRANT_SERIALS = [37823, 38000, 38412, 40000, 43101]; // 2003-07-21 first (the reference grant)
const CALLS = 20000;
const REPEATS = 9;
const ENGINE_ROWS = 5000;

interface Call {
  grant: number;
  shares: number;
  asOf: number;
}

/**
 * Varied calls: five grant dates, `distinctShares` share counts, as-of dates from before the cliff
 * to after full vesting.
 */
function makeCalls(count: number, distinctShares: number, shift = 0): Call[] {
  return Array.from({ length: count }, (_, i) => {
    const grant = GRANT_SERIALS[i % GRANT_SERIALS.length];
    return { grant, shares: 1000 + ((i * 7919) % distinctShares), asOf: grant + ((i * 37 + shift) % 1000) };
  });
}

/**
 * A cap table: every row its own grant date (days 1–28, where the bare loop needs no month-end
 * clamping) and share count, as-of dates from before the first vest to after the last.
 */
function makeDistinctCalls(count: number, seed = 1): Call[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648; // a fixed LCG: the same rows every run
    return state;
  };
  const calls: Call[] = [];
  while (calls.length < count) {
    const grant = 36526 + (next() % 9000); // 2000-01-01 onwards
    const day = new Date((grant - 25569) * 86400000).getUTCDate();
    if (day > 28) continue;
    calls.push({ grant, shares: 1 + (next() % 1_000_000), asOf: grant + (next() % 1100) });
  }
  return calls;
}

/** Whole months from `from` to `to` (Excel serials after 1900-02-28), as DATEDIF(from, to, "m"). */
function monthsBetween(from: number, to: number): number {
  const a = new Date((from - 25569) * 86400000); // 25569 is 1970-01-01
  const b = new Date((to - 25569) * 86400000);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return b.getUTCDate() < a.getUTCDate() ? months - 1 : months;
}

/**
 * The bare loop, with integer math: exact here because shares·(m + 18) stays far below 2^53 and
 * the quotient by 48 is floored. It does the least work that gives the right number, so it is the
 * floor any implementation can be measured against. Valid for grant days 1–28 only (no month-end
 * clamping), which the bench's grants are.
 */
function bareVestedInteger(grant: number, shares: number, asOf: number): number {
  const m = monthsBetween(grant, asOf);
  if (m < 6) return 0;
  return Math.min(shares, Math.floor((shares * (m + 18)) / 48));
}

/** The same with Decimal, as house rules require for share arithmetic: the like-for-like baseline. */
function bareVestedDecimal(grant: number, shares: number, asOf: number): number {
  const m = monthsBetween(grant, asOf);
  if (m < 6) return 0;
  const vestedShares = new Decimal(shares)
    .times(m + 18)
    .div(48)
    .floor();
  return Decimal.min(shares, vestedShares).toNumber();
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median nanoseconds per call of `run` over `calls`, after a warm-up pass. */
function timePerCall(calls: Call[], run: (call: Call) => number): number {
  let sink = 0;
  for (const call of calls) sink += run(call); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const start = process.hrtime.bigint();
    for (const call of calls) sink += run(call);
    samples.push(Number(process.hrtime.bigint() - start) / calls.length);
  }
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the loop from being optimised away");
  return median(samples);
}

/** Calls where `run` disagrees with VESTED. */
function mismatches(calls: Call[], run: (call: Call) => number): number {
  return calls.filter((call) => run(call) !== vested(call.grant, call.shares, call.asOf)).length;
}

function checkSame(calls: Call[], label: string, run: (call: Call) => number): void {
  for (const call of calls) {
    const expected = vested(call.grant, call.shares, call.asOf);
    const actual = run(call);
    if (actual !== expected) {
      throw new Error(`${label} disagrees with VESTED for ${JSON.stringify(call)}: ${actual} vs ${expected}`);
    }
  }
}

// The schedule in native Excel: whole months since the cliff from DATEDIF, then
// INT(shares·(24 + months)/48), with an integer numerator so the division is the only rounding.
// "M", not "m": HyperFormula reads DATEDIF units case-sensitively (Excel accepts both).
const NATIVE_FORMULA = (row: number): string =>
  `=IF(C${row}<EDATE(A${row},6),0,MIN(B${row},INT(B${row}*(24+DATEDIF(EDATE(A${row},6),C${row},"M"))/48)))`;
// The same written the way the grant reads, 50% + months/48: binary floating point makes
// shares·(0.5 + months/48) fall just below a whole number, and INT drops a share.
const NAIVE_NATIVE_FORMULA = (row: number): string =>
  `=IF(C${row}<EDATE(A${row},6),0,MIN(B${row},INT(B${row}*(0.5+DATEDIF(EDATE(A${row},6),C${row},"M")/48))))`;
const TIEOUT_FORMULA = (row: number): string => `=TIEOUT.VESTED(A${row},B${row},C${row})`;

function engineSheet(calls: Call[], formula: (row: number) => string): (number | string)[][] {
  return calls.map((c, i) => [c.grant, c.shares, c.asOf, formula(i + 1)]);
}

/** Rows where a formula's result differs from VESTED. */
function rowsDisagreeing(calls: Call[], formula: (row: number) => string): number[] {
  const engine = buildEngine(engineSheet(calls, formula));
  try {
    const results = engine.getSheetValues(0).map((row) => row[3]);
    return calls.flatMap((c, i) => (results[i] === vested(c.grant, c.shares, c.asOf) ? [] : [i + 1]));
  } finally {
    engine.destroy();
  }
}

/**
 * Median nanoseconds per formula cell to recalculate a sheet of `ENGINE_ROWS` grants after every
 * as-of date changes (new dates each repeat, so nothing is served from a previous result). Before
 * timing, every formula's result is checked against VESTED.
 */
function timeEngine(
  formula: (row: number) => string,
  make = (shift: number) => makeCalls(ENGINE_ROWS, 200, shift),
): number {
  const calls = make(0);
  const disagreeing = rowsDisagreeing(calls, formula);
  if (disagreeing.length > 0)
    throw new Error(`engine formula disagrees with VESTED on rows ${disagreeing.join(", ")}`);
  const engine = buildEngine(engineSheet(calls, formula));
  try {
    const samples: number[] = [];
    for (let r = 0; r <= REPEATS; r++) {
      const asOfColumn = make(r + 1).map((c) => [c.asOf]);
      const start = process.hrtime.bigint();
      engine.setCellContents({ sheet: 0, row: 0, col: 2 }, asOfColumn);
      const elapsed = Number(process.hrtime.bigint() - start) / ENGINE_ROWS;
      if (r > 0) samples.push(elapsed); // the first pass is the warm-up
    }
    return median(samples);
  } finally {
    engine.destroy();
  }
}

const ns = (value: number): string => `${value.toFixed(0).padStart(8)} ns`;
const ratio = (value: number): string => `${value.toFixed(1)}x`;

export async function run(): Promise<void> {
  const recurring = makeCalls(CALLS, 200); // a sheet recalculating: grants repeat
  const distinct = makeDistinctCalls(CALLS); // a cap table: every row a grant of its own
  checkSame(recurring, "bare integer loop", (c) => bareVestedInteger(c.grant, c.shares, c.asOf));
  checkSame(recurring, "bare Decimal loop", (c) => bareVestedDecimal(c.grant, c.shares, c.asOf));
  const distinctMismatches = mismatches(distinct, (c) => bareVestedInteger(c.grant, c.shares, c.asOf));
  if (distinctMismatches > 0)
    throw new Error(`VESTED disagrees with the bare loop on ${distinctMismatches} distinct grants`);

  const vestedRecurring = timePerCall(recurring, (c) => vested(c.grant, c.shares, c.asOf));
  const vestedDistinct = timePerCall(distinct, (c) => vested(c.grant, c.shares, c.asOf));
  const bareInteger = timePerCall(recurring, (c) => bareVestedInteger(c.grant, c.shares, c.asOf));
  const bareIntegerDistinct = timePerCall(distinct, (c) => bareVestedInteger(c.grant, c.shares, c.asOf));
  const bareDecimal = timePerCall(recurring, (c) => bareVestedDecimal(c.grant, c.shares, c.asOf));
  const engineNative = timeEngine(NATIVE_FORMULA);
  const engineNativeDistinct = timeEngine(NATIVE_FORMULA, (shift) =>
    makeDistinctCalls(ENGINE_ROWS, shift + 7),
  );
  const engineTieout = timeEngine(TIEOUT_FORMULA);
  const naiveWrong = rowsDisagreeing(makeCalls(ENGINE_ROWS, 200), NAIVE_NATIVE_FORMULA).length;

  console.log(`median of ${REPEATS} runs after a warm-up; ${CALLS} calls, ${ENGINE_ROWS} engine rows`);
  console.log(`VESTED, grants recurring (200 share counts)   ${ns(vestedRecurring)} per call`);
  console.log(`VESTED, distinct grants (a cap table)         ${ns(vestedDistinct)} per call`);
  console.log(`bare loop, integer math, recurring            ${ns(bareInteger)} per call`);
  console.log(`bare loop, integer math, distinct             ${ns(bareIntegerDistinct)} per call`);
  console.log(`bare loop, Decimal                            ${ns(bareDecimal)} per call`);
  console.log(`native Excel formula in HyperFormula          ${ns(engineNative)} per cell`);
  console.log(`native formula, distinct grants               ${ns(engineNativeDistinct)} per cell`);
  console.log(`=TIEOUT.VESTED in HyperFormula (for context)  ${ns(engineTieout)} per cell`);
  console.log(`0.5 + months/48 written natively: off by a share on ${naiveWrong} of ${ENGINE_ROWS} rows`);
  console.log(
    `distinct grants: VESTED vs bare loop, ${distinctMismatches} mismatches in ${distinct.length} rows`,
  );
  console.log(
    `VESTED / bare Decimal loop:            ${ratio(vestedRecurring / bareDecimal)} (aim: at most 2x)`,
  );
  console.log(`VESTED / bare integer loop:            ${ratio(vestedRecurring / bareInteger)}`);
  console.log(
    `VESTED / bare integer loop, distinct:  ${ratio(vestedDistinct / bareIntegerDistinct)} (aim: at most 2x)`,
  );
  console.log(
    `engine / VESTED:                       ${ratio(engineNative / vestedRecurring)} (aim: at least 40x)`,
  );
  console.log(
    `engine / VESTED, distinct:             ${ratio(engineNativeDistinct / vestedDistinct)} (aim: at least 40x)`,
  );
}
