// VESTINGFORECAST over 10,000 distinct grants against its baseline, the sum of the grants'
// VESTINGTABLE rows bucketed by period (what a sheet without the function would do), in one
// process; and the library's vestingTable for the same 10,000 grants (issue 10, item 3) against
// its baseline, the same rows made from the Decimal tables (what the library did before) and
// read as Numbers, with the rows of both compared.
import { isoToSerial } from "../../src/core/dates";
import { vestingForecast, vestingTable } from "../../src/functions/functions";
import { vestingTable as libraryTable } from "../../src/index";
import { vestingTable as decimalTable } from "../../src/core/vesting";
import { toGrantInput } from "../../src/functions/coercion";

const GRANTS = 10000;
const REPEATS = 5;
const SCHEDULES = [
  "reference-grant",
  "100% monthly over 48 months, cliff 12 months",
  "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years",
];

function grants(seed: number): { date: number; shares: number; schedule: string | null }[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: GRANTS }, (_, i) => ({
    date: isoToSerial("2015-01-01") + (next() % 3650),
    shares: 100 + (next() % 1_000_000),
    schedule: SCHEDULES[i % SCHEDULES.length],
  }));
}

const FROM = isoToSerial("2020-01-01");
const TO = isoToSerial("2023-12-31");

/** The baseline: every grant's VESTINGTABLE, its rows added into the forecast's periods. */
function sumOfTables(list: ReturnType<typeof grants>, ends: number[]): number[] {
  const sums = new Array<number>(ends.length).fill(0);
  for (const g of list) {
    for (const row of vestingTable(g.date, g.shares, g.schedule).slice(1)) {
      const serial = row[0] as number;
      if (serial < FROM || serial > TO) continue;
      let low = 0;
      let high = ends.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (ends[middle] >= serial) high = middle;
        else low = middle + 1;
      }
      sums[low] += row[1] as number;
    }
  }
  return sums;
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
  let seed = 1;
  const fresh = () => grants(seed++); // new grants every repeat: no table is served from a cache
  const list = fresh();
  const forecast = vestingForecast(
    list.map((g) => [g.date]),
    list.map((g) => [g.shares]),
    FROM,
    TO,
    "month",
    list.map((g) => [g.schedule]),
  );
  const rows = forecast.slice(1);
  const baseline = sumOfTables(
    list,
    rows.map((row) => row[1] as number),
  );
  const mismatches = rows.filter((row, i) => row[2] !== baseline[i]).length;
  if (mismatches > 0)
    throw new Error(`VESTINGFORECAST disagrees with the sum of VESTINGTABLE rows in ${mismatches} periods`);

  const forecastMs = time(() => {
    const g = fresh();
    vestingForecast(
      g.map((x) => [x.date]),
      g.map((x) => [x.shares]),
      FROM,
      TO,
      "month",
      g.map((x) => [x.schedule]),
    );
  });
  const tablesMs = time(() => {
    const g = fresh();
    sumOfTables(
      g,
      rows.map((row) => row[1] as number),
    );
  });
  // The baseline's rows: the Decimal table of each grant, read as Numbers.
  const decimalRows = (g: ReturnType<typeof grants>[number]) =>
    decimalTable(toGrantInput(g.date, g.shares, g.schedule, null, null)).map((row) => ({
      date: row.date,
      shares: row.shares.toNumber(),
      cumulative: row.cumulative.toNumber(),
      unvested: row.unvested.toNumber(),
      percent: row.percent.toNumber(),
    }));
  const rowsDiffering = list.filter(
    (g) => JSON.stringify(libraryTable(g.date, g.shares, g.schedule)) !== JSON.stringify(decimalRows(g)),
  ).length;
  if (rowsDiffering > 0)
    throw new Error(`vestingTable differs from the Decimal rows on ${rowsDiffering} grants`);
  let tableRows = 0;
  const libraryMs = time(() => {
    tableRows = 0;
    for (const g of fresh()) tableRows += libraryTable(g.date, g.shares, g.schedule).length;
  });
  const decimalMs = time(() => {
    for (const g of fresh()) decimalRows(g);
  });
  console.log(`${GRANTS} distinct grants, 48 monthly periods, median of ${REPEATS}; 0 mismatched periods`);
  console.log(`VESTINGFORECAST                         ${forecastMs.toFixed(0).padStart(6)} ms`);
  console.log(`sum of per-grant VESTINGTABLE rows      ${tablesMs.toFixed(0).padStart(6)} ms`);
  console.log(`sum of tables / VESTINGFORECAST:        ${(tablesMs / forecastMs).toFixed(1)}x`);
  console.log(
    `library vestingTable, ${GRANTS} grants (${tableRows} rows; 0 grants differ from the Decimal rows):`,
  );
  console.log(`  Decimal rows read as Numbers (baseline) ${decimalMs.toFixed(0).padStart(6)} ms`);
  console.log(
    `  vestingTable (integers)                 ${libraryMs.toFixed(0).padStart(6)} ms  ${(decimalMs / libraryMs).toFixed(1)}x faster (aim: at most 190 ms, 4x OCF-Tools' 760 ms)`,
  );
}
