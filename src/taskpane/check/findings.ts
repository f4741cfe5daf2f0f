// Turning a check report into what the Check view shows, walks, copies and writes.
import type { CheckName, FindingJson, ScheduleJson, SignConvention } from "../../core/schedule2/types";
import { cellRef } from "../../core/workbook";
import { qualifiedAddress } from "../../excel/address";
import type { CellMark, ReportLine, SheetGrid } from "../../excel/types";
import { plural } from "../shared/format";

/** Each check with what the pane says of it when it found nothing. */
export const CHECK_ORDER: { check: CheckName; label: string; clean: string }[] = [
  { check: "rollforward", label: "Roll-forward", clean: "ties" },
  { check: "footing", label: "Footing", clean: "ties" },
  { check: "continuity", label: "Continuity", clean: "ties" },
  { check: "parse", label: "Reading", clean: "every line read" },
];

export function checkLabel(check: CheckName): string {
  return CHECK_ORDER.find((c) => c.check === check)?.label ?? check;
}

export interface FindingGroup {
  check: CheckName;
  label: string;
  /** What to say when the group has no findings. */
  clean: string;
  findings: FindingJson[];
  errors: number;
  warnings: number;
}

/** Every check, in a fixed order, with its findings (an empty group means it ties). */
export function groupFindings(findings: FindingJson[]): FindingGroup[] {
  return CHECK_ORDER.map(({ check, label, clean }) => {
    const mine = findings.filter((f) => f.check === check);
    return {
      check,
      label,
      clean,
      findings: mine,
      errors: mine.filter((f) => f.severity === "error").length,
      warnings: mine.filter((f) => f.severity === "warning").length,
    };
  });
}

/** `Roll-forward: 1 error`, `Footing: ties`: a check's line in the summary. */
export function groupSummary(group: FindingGroup): { symbol: string; text: string; tone: Tone } {
  if (group.findings.length === 0) return { symbol: "✓", text: `${group.label}: ${group.clean}`, tone: "ok" };
  const counts = [
    group.errors ? plural(group.errors, "error") : "",
    group.warnings ? plural(group.warnings, "warning") : "",
  ].filter(Boolean);
  return {
    symbol: group.errors ? "✗" : "⚠",
    text: `${group.label}: ${counts.join(", ")}`,
    tone: group.errors ? "error" : "warning",
  };
}

export type Tone = "ok" | "error" | "warning";

const SIGN_CONVENTION_WORDS: Record<SignConvention, string> = {
  "deductions-subtracted": "Deductions are printed as positive figures and subtracted.",
  "all-added": "Every activity column is added as printed; deductions carry their own minus signs.",
  "absolute-deductions": "Parentheses on deductions are presentation only; deductions are subtracted.",
};

export function describeSignConvention(convention: SignConvention): string {
  return SIGN_CONVENTION_WORDS[convention];
}

export function findingSymbol(severity: FindingJson["severity"]): string {
  return severity === "error" ? "✗" : "⚠";
}

export function severityWord(severity: FindingJson["severity"]): string {
  return severity === "error" ? "Error" : "Warning";
}

/** `3 errors, 0 warnings`: what a run found, in words. */
export function countSummary(findings: FindingJson[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${plural(errors, "error")}, ${plural(findings.length - errors, "warning")}`;
}

// `B7`, `$B$7`, `Sheet1!B7`, `'My sheet'!B7`: only these can be selected or marked.
const CELL_ADDRESS = /^(?:(?:'[^']+'|[^!'\s]+)!)?\$?[A-Z]{1,3}\$?[1-9]\d*$/;

export function isCellAddress(location: string): boolean {
  return CELL_ADDRESS.test(location);
}

export function marksFor(schedules: ScheduleJson[]): CellMark[] {
  const seen = new Set<string>();
  // One mark per cell: a cell two checks blame gets one mark (the worst), with both reasons.
  const byCell = new Map<string, CellMark>();
  for (const f of schedules.flatMap((s) => s.findings)) {
    if (!isCellAddress(f.location)) continue;
    const key = f.location.toUpperCase();
    const known = byCell.get(key);
    if (!known) {
      byCell.set(key, { address: f.location, kind: f.severity, note: f.message });
    } else if (!seen.has(key + f.message)) {
      known.note += `\n${f.message}`;
      if (f.severity === "error") known.kind = "error";
    }
    seen.add(key + f.message);
  }
  return [...byCell.values()];
}

/** A finding already carries every field of a report line. */
export function reportLinesFor(schedules: ScheduleJson[]): ReportLine[] {
  return schedules.flatMap((s) => s.findings);
}

export interface FindingFilter {
  check: CheckName | "all";
  severity: FindingJson["severity"] | "all";
}

export const NO_FILTER: FindingFilter = { check: "all", severity: "all" };

export function filterFindings<T extends { finding: FindingJson }>(items: T[], filter: FindingFilter): T[] {
  return items.filter(
    ({ finding }) =>
      (filter.check === "all" || finding.check === filter.check) &&
      (filter.severity === "all" || finding.severity === filter.severity),
  );
}

/**
 * The findings as plain text a reviewer can paste into a mail or a workpaper: a heading with
 * what was checked and when, then one line per finding with its cell.
 */
export function findingsAsText(
  context: { address: string; checkedAt: string },
  findings: FindingJson[],
): string {
  const lines = [`Tieout check of ${context.address}, ${context.checkedAt}: ${countSummary(findings)}.`];
  for (const f of findings) {
    lines.push(
      `${findingSymbol(f.severity)} ${severityWord(f.severity)}, ${checkLabel(f.check)}, ${f.location}: ${f.message}`,
    );
  }
  if (findings.length === 0) lines.push("✓ Every check ties.");
  return lines.join("\n");
}

/** The figures of a grid row as [column index, value], left to right. */
function figuresOf(grid: SheetGrid, sheetRow: number): number[] {
  const row = grid.values[sheetRow - grid.rowIndex] ?? [];
  return row.flatMap((v, c) => (typeof v === "number" ? [grid.columnIndex + c] : []));
}

const ROW_OF = /(\d+)$/;

/**
 * Tickmarks (✓) for the figures that tie: each row's end balance (rolled forward, or footed on a
 * total), and each later period's begin balance (agrees with prior year). A cell a finding blames
 * gets its ✗ instead. Cells are found on the checked grid from each row's first cell.
 */
export function tieMarksFor(schedules: ScheduleJson[], grid: SheetGrid): CellMark[] {
  const blamed = new Set(
    schedules.flatMap((s) => s.findings).map((f) => f.location.replace(/\$/g, "").toUpperCase()),
  );
  const marks: CellMark[] = [];
  for (const schedule of schedules) {
    const firstPeriod = schedule.rows[0]?.period;
    for (const row of schedule.rows) {
      const match = ROW_OF.exec(row.location);
      if (!match) continue;
      const sheetRow = Number(match[1]) - 1;
      const columns = figuresOf(grid, sheetRow);
      if (columns.length < 2) continue;
      const at = (column: number) => qualifiedAddress(grid.sheetName, cellRef(sheetRow, column));
      const add = (address: string, note: string) => {
        if (!blamed.has(address.toUpperCase())) marks.push({ address, kind: "tie", note });
      };
      add(at(columns[columns.length - 1]), row.isTotal ? "✓ footed" : "✓ rolled forward");
      if (row.period !== firstPeriod && !row.isTotal) add(at(columns[0]), "✓ agrees with prior year");
    }
  }
  return marks;
}
