// Plain renderings of vesting results: JSON-ready objects, aligned text and CSV.
import type Decimal from "decimal.js";
import type { Tranche, VestingSummary } from "../core/vesting/types";
import { numericTranche } from "../core/vesting/table";

/** A tranche as plain values: ISO date, numbers (percent 0–100). */
export interface PlainTranche {
  date: string;
  shares: number;
  cumulative: number;
  unvested: number;
  percent: number;
}

export interface PlainSummary {
  asOf: string;
  vested: number;
  unvested: number;
  percent: number;
  nextVestDate: string | null;
  nextVestShares: number | null;
  fullyVestedDate: string | null;
  terminated: boolean;
}

/** A tranche as JSON numbers: the core's own Number form. */
export const plainTranche: (tranche: Tranche) => PlainTranche = numericTranche;

export function plainSummary(summary: VestingSummary): PlainSummary {
  return {
    asOf: summary.asOf,
    vested: summary.vested.toNumber(),
    unvested: summary.unvested.toNumber(),
    percent: summary.percent.toNumber(),
    nextVestDate: summary.nextVestDate,
    nextVestShares: summary.nextVestShares ? summary.nextVestShares.toNumber() : null,
    fullyVestedDate: summary.fullyVestedDate,
    terminated: summary.terminated,
  };
}

/** 1234567.5 → "1,234,567.5"; text shows at most 4 decimals (CSV and JSON carry every digit). */
export function withThousands(value: Decimal): string {
  const [whole, fraction] = value.toDecimalPlaces(4).toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

const TABLE_HEADER = ["Vest date", "Shares", "Cumulative", "Unvested", "Percent"];

/** An aligned text table: dates left, numbers right-aligned with thousands separators. */
export function trancheText(tranches: Tranche[]): string {
  const body = tranches.map((t) => [
    t.date,
    withThousands(t.shares),
    withThousands(t.cumulative),
    withThousands(t.unvested),
    `${t.percent.toFixed(2)}%`,
  ]);
  const rows = [TABLE_HEADER, ...body];
  const widths = TABLE_HEADER.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "))
    .join("\n");
}

export function trancheCsv(tranches: Tranche[]): string {
  const lines = tranches.map((t) =>
    [t.date, t.shares.toFixed(), t.cumulative.toFixed(), t.unvested.toFixed(), t.percent.toFixed()].join(","),
  );
  return ["date,shares,cumulative,unvested,percent", ...lines].join("\n");
}
