// Turning a check report into what the Check view shows and writes.
import type { CheckName, FindingJson, ScheduleJson, SignConvention } from "../../core/schedule2/types";
import type { CellMark, ReportLine } from "../../excel/types";

/** Each check with what the pane says of it when it found nothing. */
export const CHECK_ORDER: { check: CheckName; label: string; clean: string }[] = [
  { check: "rollforward", label: "Roll-forward", clean: "ties" },
  { check: "footing", label: "Footing", clean: "ties" },
  { check: "continuity", label: "Continuity", clean: "ties" },
  { check: "parse", label: "Reading", clean: "every line read" },
];

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

// `B7`, `$B$7`, `Sheet1!B7`, `'My sheet'!B7`: only these can be selected or marked.
const CELL_ADDRESS = /^(?:(?:'[^']+'|[^!'\s]+)!)?\$?[A-Z]{1,3}\$?[1-9]\d*$/;

export function isCellAddress(location: string): boolean {
  return CELL_ADDRESS.test(location);
}

export function marksFor(schedules: ScheduleJson[]): CellMark[] {
  return schedules
    .flatMap((s) => s.findings)
    .filter((f) => isCellAddress(f.location))
    .map((f) => ({ address: f.location, kind: f.severity, note: f.message }));
}

/** A finding already carries every field of a report line. */
export function reportLinesFor(schedules: ScheduleJson[]): ReportLine[] {
  return schedules.flatMap((s) => s.findings);
}
