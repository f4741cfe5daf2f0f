// The real Schedule II tables in ../shared/fixtures/schedule2 (18) and schedule2-batch2 (51) and their
// hand-checked answer keys (the format is described in the first folder's README), loaded once for
// every test that uses them.
import * as fs from "fs";
import * as path from "path";
import { FIXTURES_DIR } from "../../support/shared";

export interface KeyRow {
  period: string;
  periodLabel: string;
  account: string;
  isTotal: boolean;
  begin: number;
  /** Every non-deduction column between begin and end, signed as printed. */
  activity: number[];
  deductions: number[];
  end: number;
}

export interface KeyBreak {
  check: string;
  period: string;
  account: string;
  computed: number;
  reported: number;
}

export interface Key {
  units: string;
  convention: "std" | "signed" | "absded";
  rows: KeyRow[];
  breaks: KeyBreak[];
}

export interface Fixture {
  /** The table's file name, e.g. `05_nvidia_fy2025.html`. */
  file: string;
  /** The table as stored: an HTML fragment or text. */
  source: string;
  key: Key;
}

export const FIXTURES = FIXTURES_DIR;
export const BATCH2 = path.join(path.dirname(FIXTURES_DIR), "schedule2-batch2");

/** Every fixture table of one folder (the first batch by default) with its key, in file-name order. */
export function loadFixtures(folder: string = FIXTURES): Fixture[] {
  if (!fs.existsSync(folder)) {
    throw new Error(`Schedule II fixtures not found at ${folder}: the repo must sit beside ../shared`);
  }
  return fs
    .readdirSync(folder)
    .filter((name) => /\.(html|txt)$/.test(name))
    .sort()
    .map((file) => ({
      file,
      source: fs.readFileSync(path.join(folder, file), "utf8"),
      key: JSON.parse(fs.readFileSync(path.join(folder, file.replace(/\.(html|txt)$/, ".json")), "utf8")),
    }));
}

/** The seed Schedule II's rows as read, `period account` with totals marked: 3 years × (3 accounts + total). */
export const SEED_ROW_LABELS = [2002, 2003, 2004].flatMap((year) =>
  [
    "Allowance for doubtful accounts",
    "Reserve for excess and obsolete inventory",
    "Warranty reserve",
    "Total (total)",
  ].map((account) => `${year} ${account}`),
);

/** The figures of a finding as a key states a break. */
interface FindingLike {
  check: string;
  severity: string;
  period: string;
  account: string;
  expected: number | null;
  actual: number | null;
}

export interface BreakMatch {
  /** Key breaks reported as errors with the same check, period, account and figures. */
  found: number;
  /**
   * Key continuity breaks reported instead as a continuity warning with the same figures: the
   * periods are not adjacent (a transition period the table leaves out), which issue 7 says is a gap,
   * not a break. Fixture 224's README flags its three such breaks for this reason.
   */
  asGapWarnings: number;
  /** Errors that match no key break. */
  falseBreaks: number;
}

/** Compares a report's findings with the key's breaks (each finding used once). */
export function matchKeyBreaks(breaks: readonly KeyBreak[], findings: readonly FindingLike[]): BreakMatch {
  const sig = (check: string, period: string, account: string, computed: unknown, reported: unknown) =>
    `${check}|${period}|${account}|${computed}|${reported}`;
  const errors = findings
    .filter((f) => f.severity === "error")
    .map((f) => sig(f.check, f.period, f.account, f.expected, f.actual));
  const gapWarnings = findings
    .filter((f) => f.severity === "warning" && f.check === "continuity")
    .map((f) => sig(f.check, f.period, f.account, f.expected, f.actual));
  const take = (pool: string[], wanted: string): boolean => {
    const at = pool.indexOf(wanted);
    if (at >= 0) pool.splice(at, 1);
    return at >= 0;
  };
  let found = 0;
  let asGapWarnings = 0;
  for (const b of breaks) {
    const wanted = sig(b.check, b.period, b.account, b.computed, b.reported);
    if (take(errors, wanted)) found++;
    else if (b.check === "continuity" && take(gapWarnings, wanted)) asGapWarnings++;
  }
  return { found, asGapWarnings, falseBreaks: errors.length };
}
