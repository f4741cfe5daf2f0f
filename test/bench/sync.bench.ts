// Syncs per gateway action at 10 / 1,000 / 10,000 rows against the strict Office.js stand-in,
// and the time each action takes there. The stand-in answers in-process: in Excel each sync is
// also a round trip to the host (tens of ms on the web), which is why the count must stay flat.
import { measure, SYNC_SCENARIOS } from "../excel/sync-scenarios";

const SIZES = [10, 1000, 10000];

export async function run(): Promise<void> {
  const header = ["action", ...SIZES.map((n) => `syncs@${n}`), ...SIZES.map((n) => `ms@${n}`)];
  const rows: string[][] = [];
  for (const scenario of SYNC_SCENARIOS) {
    const results = [];
    for (const size of SIZES) results.push(await measure(scenario, size));
    rows.push([
      scenario.action,
      ...results.map((r) => String(r.syncs)),
      ...results.map((r) => r.milliseconds.toFixed(1)),
    ]);
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  console.log("Syncs per action (constant at every size) and time per action in the stand-in:");
  console.log(line(header));
  rows.forEach((r) => console.log(line(r)));
}
