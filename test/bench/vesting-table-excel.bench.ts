// The Excel function VESTINGTABLE on 10,000 distinct grants (about 229,000 rows): counted in
// integers on Numbers for whole shares, against its baseline, the same cells from the Decimal
// rows (what the function did before), in one process; every grant's cells compared.
import { isoToSerial } from "../../src/core/dates";
import { vestingTable as decimalTable } from "../../src/core/vesting";
import { toGrantInput } from "../../src/functions/coercion";
import { VESTING_TABLE_HEADER, vestingTable } from "../../src/functions/functions";

const GRANTS = 10000;
const REPEATS = 5;
const SCHEDULES = [
  null,
  "100% monthly over 48 months, cliff 12 months",
  "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years",
];
const ROUNDINGS = [null, "front-loaded", "cumulative-rounding", "back-loaded-single"];

type Grant = { date: number; shares: number; schedule: string | null; rounding: string | null };

function grants(seed: number): Grant[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: GRANTS }, (_, i) => ({
    date: isoToSerial("2015-01-01") + (next() % 3650),
    shares: 100 + (next() % 1_000_000),
    schedule: SCHEDULES[i % SCHEDULES.length],
    rounding: ROUNDINGS[(i >> 2) % ROUNDINGS.length],
  }));
}

/** The baseline: VESTINGTABLE's cells as the function made them from the Decimal rows. */
function decimalCells(g: Grant): unknown[][] {
  const rows = decimalTable(toGrantInput(g.date, g.shares, g.schedule, null, g.rounding));
  return [
    VESTING_TABLE_HEADER,
    ...rows.map((t) => [
      isoToSerial(t.date),
      t.shares.toNumber(),
      t.cumulative.toNumber(),
      t.unvested.toNumber(),
      t.percent.div(100).toNumber(),
    ]),
  ];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(body: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const start = process.hrtime.bigint();
    body();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

export async function run(): Promise<void> {
  let seed = 101;
  const fresh = () => grants(seed++); // new grants every repeat: no table is served from a cache
  const list = fresh();
  const differing = list.filter(
    (g) =>
      JSON.stringify(vestingTable(g.date, g.shares, g.schedule, null, g.rounding)) !==
      JSON.stringify(decimalCells(g)),
  ).length;
  if (differing > 0) throw new Error(`VESTINGTABLE differs from the Decimal cells on ${differing} grants`);
  let rows = 0;
  const fastMs = time(() => {
    rows = 0;
    for (const g of fresh()) rows += vestingTable(g.date, g.shares, g.schedule, null, g.rounding).length - 1;
  });
  const decimalMs = time(() => {
    for (const g of fresh()) decimalCells(g);
  });
  console.log(
    `VESTINGTABLE, ${GRANTS} distinct grants (${rows} rows, 4 roundings), median of ${REPEATS}; 0 grants differ from the Decimal cells`,
  );
  console.log(`  Decimal rows read as Numbers (baseline) ${decimalMs.toFixed(0).padStart(6)} ms`);
  console.log(
    `  VESTINGTABLE (integers)                 ${fastMs.toFixed(0).padStart(6)} ms  ${(decimalMs / fastMs).toFixed(1)}x faster`,
  );
}
