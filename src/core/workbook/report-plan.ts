// The "Tie-out" report as a reviewer reads it, as plain data: a header block (what was checked,
// when, with which tolerance and sign convention, by which Tieout), the summary (rows read, ties,
// breaks, warnings), then one line per finding with the check and the severity in words, the
// expected and printed figures, the difference and a link to the cell, and a legend of the
// tickmarks. Pure: the Office.js adapter (src/excel/report-sheet.ts) writes it.
import type { CheckName, FindingJson } from "../schedule2/types";

/** Facts about the check that the report states; each is optional, and left out when unknown. */
export interface ReportContext {
  /** The sheet and range checked, e.g. `Seed!A1:F18`. */
  checked?: string;
  /** When, as the pane shows it, e.g. `2026-12-02 08:55 UTC`. */
  checkedAt?: string;
  /** The tolerance in the table's units; 0 is exact. */
  tolerance?: number | string;
  /** The sign convention as read, in words. */
  signConvention?: string;
  /** How many rows of figures were read. */
  rowsRead?: number;
  /** How many checks tied (each roll-forward, footing and continuity check made). */
  ties?: number;
  /** Tickmarks were put on the sheet: the legend says what they mean. */
  tickmarks?: boolean;
}

/** A cell of the plan: text (always text), a number, a link to a cell, or empty. */
export type ReportCell = string | number | null | { link: string };

export interface ReportPlan {
  rows: ReportCell[][];
  /** The 0-based row of the findings table's header. */
  headerRow: number;
  boldRows: number[];
  /** The 0-based row of each finding's line, with its severity (for its colour and symbol). */
  lines: { row: number; severity: "error" | "warning" | "ok" }[];
}

export const REPORT_COLUMNS = [
  "",
  "Check",
  "Severity",
  "Period",
  "Account",
  "Column",
  "Expected",
  "Printed",
  "Difference",
  "Cell",
  "Finding",
];

const CHECK_WORDS: Record<CheckName, string> = {
  rollforward: "Roll-forward: beginning + additions − deductions = ending balance",
  footing: "Footing: the total equals the sum of the rows above it",
  continuity: "Continuity: the ending balance equals the next period's beginning balance",
  parse: "Reading: a line or cell that could not be read as figures",
};

export const SEVERITY_WORDS = { error: "Break", warning: "Warning" } as const;
export const SYMBOLS = { error: "✗", warning: "⚠", ok: "✓" } as const;

const padded = (cells: ReportCell[]): ReportCell[] => [
  ...cells,
  ...Array<null>(Math.max(0, REPORT_COLUMNS.length - cells.length)).fill(null),
];

export function reportPlan(
  title: string,
  findings: FindingJson[],
  context: ReportContext = {},
  version = "",
): ReportPlan {
  const breaks = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - breaks;
  const header: ReportCell[][] = [[title]];
  const fact = (label: string, value: ReportCell | undefined) => {
    if (value !== undefined && value !== "") header.push([label, value]);
  };
  fact("Checked", context.checked);
  fact("Date and time", context.checkedAt);
  if (context.tolerance !== undefined)
    fact(
      "Tolerance",
      Number(context.tolerance) === 0 ? "0 (exact)" : `${context.tolerance} in the table's units`,
    );
  fact("Sign convention as read", context.signConvention);
  fact("Tieout version", version || undefined);
  header.push([]);
  header.push(["Summary"]);
  fact("Schedule rows read", context.rowsRead);
  fact("Ties", context.ties);
  fact("Breaks", breaks);
  fact("Warnings", warnings);
  header.push([]);
  const headerRow = header.length;
  const rows: ReportCell[][] = [...header, REPORT_COLUMNS];
  const lines: ReportPlan["lines"] = [];
  if (findings.length === 0) {
    lines.push({ row: rows.length, severity: "ok" });
    rows.push([
      SYMBOLS.ok,
      "All checks",
      "",
      "",
      "",
      "",
      null,
      null,
      null,
      null,
      "Nothing to report: every check ties.",
    ]);
  }
  for (const f of findings) {
    lines.push({ row: rows.length, severity: f.severity });
    rows.push([
      SYMBOLS[f.severity],
      CHECK_WORDS[f.check] ?? f.check,
      SEVERITY_WORDS[f.severity],
      f.period,
      f.account,
      f.column,
      f.expected,
      f.actual,
      f.difference,
      f.location ? { link: f.location } : null,
      f.message,
    ]);
  }
  if (context.tickmarks) {
    rows.push([]);
    rows.push(["Tickmarks on the checked sheet"]);
    rows.push(["✓", "Ties: footed, rolled forward, or agrees with the prior period's balance"]);
    rows.push(["✗", "Break: see the finding on this sheet that links to the cell"]);
  }
  const summaryRow = header.findIndex((r) => r[0] === "Summary");
  return { rows: rows.map(padded), headerRow, boldRows: [0, summaryRow, headerRow], lines };
}
