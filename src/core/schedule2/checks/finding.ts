// Builds a FindingJson from exact figures: the only place checks turn Decimals into JSON numbers.
import type Decimal from "decimal.js";
import type { CheckName, FindingJson, Location } from "../types";
import { toJsonNumber } from "./amounts";

export interface FindingFigures {
  check: CheckName;
  severity: FindingJson["severity"];
  period: string;
  account: string;
  column: string;
  expected: Decimal;
  actual: Decimal;
  location: Location;
  message: string;
}

export function makeFinding(f: FindingFigures): FindingJson {
  return {
    check: f.check,
    severity: f.severity,
    period: f.period,
    account: f.account,
    column: f.column,
    expected: toJsonNumber(f.expected),
    actual: toJsonNumber(f.actual),
    difference: toJsonNumber(f.actual.minus(f.expected)),
    location: f.location,
    message: f.message,
  };
}

/** `2003 · Reserve for excess and obsolete inventory`, or `2003 · Total` for an unlabelled total row. */
export function rowTitle(period: string, account: string, isTotal: boolean): string {
  const name = account.trim() || (isTotal ? "Total" : "(unnamed row)");
  return period ? `${period} · ${name}` : name;
}
