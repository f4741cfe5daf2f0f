// The optional absolute tolerance, in the table's own units: differences within it are not findings.
import Decimal from "decimal.js";
import type { CheckOptions } from "../types";
import { ZERO } from "./amounts";

export function resolveTolerance(options: CheckOptions | undefined): Decimal {
  const raw = options?.tolerance;
  if (raw === undefined || raw === null) return ZERO;
  let tolerance: Decimal;
  try {
    tolerance = new Decimal(typeof raw === "string" ? raw.trim() : raw);
  } catch {
    throw new Error(`Tolerance must be a number in the table's units (for example 1); got "${String(raw)}".`);
  }
  if (!tolerance.isFinite() || tolerance.isNegative()) {
    throw new Error(`Tolerance must be zero or a positive number in the table's units; got ${String(raw)}.`);
  }
  return tolerance;
}

export function isWithinTolerance(difference: Decimal, tolerance: Decimal): boolean {
  return difference.abs().lte(tolerance);
}
