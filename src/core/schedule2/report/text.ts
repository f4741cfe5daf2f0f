// The readable report `tieout check` prints by default: per file and schedule, findings grouped by check.
import type { CheckName, CheckReportJson, FindingJson, ScheduleJson } from "../types";
import { describeConvention } from "../checks";
import type { ReportNoteJson } from "./notes";

/** A file's report as `tieout check` gives it: the contract's fields, and the tables set aside. */
export interface FileReportJson extends CheckReportJson {
  notes?: ReportNoteJson[];
}

const CHECK_ORDER: readonly { check: CheckName; label: string }[] = [
  { check: "rollforward", label: "Roll-forward" },
  { check: "footing", label: "Footing" },
  { check: "continuity", label: "Continuity" },
  { check: "parse", label: "Parse" },
];

/** One report or several (one per file), followed by a summary line. */
export function formatTextReport(reports: FileReportJson | readonly FileReportJson[]): string {
  const list: readonly FileReportJson[] = Array.isArray(reports) ? reports : [reports as FileReportJson];
  const lines: string[] = [];
  for (const report of list) {
    lines.push(report.file);
    if (report.schedules.length === 0) lines.push("  No Schedule II found.");
    for (const schedule of report.schedules) lines.push(...formatSchedule(schedule));
    // Tables called a Schedule II that are not one: said, so "no schedule" is never a mystery.
    for (const note of report.notes ?? [])
      lines.push(`  Set aside${note.location ? ` (${note.location})` : ""}: ${note.note}`);
    lines.push("");
  }
  lines.push(summaryLine(list));
  return lines.join("\n") + "\n";
}

function formatSchedule(schedule: ScheduleJson): string[] {
  const totals = schedule.rows.filter((row) => row.isTotal).length;
  const lines = [
    `  ${schedule.title.trim() || "(untitled schedule)"}`,
    `  Units: ${schedule.units.trim() || "not stated"} · Convention: ${describeConvention(schedule.signConvention)}` +
      ` · ${plural(schedule.rows.length, "row")}${totals > 0 ? ` (${plural(totals, "total")})` : ""}`,
  ];
  const errors = count(schedule.findings, "error");
  const warnings = count(schedule.findings, "warning");
  lines.push(
    errors === 0
      ? `  Ties: no breaks${warnings > 0 ? ` (${plural(warnings, "warning")})` : ""}`
      : `  Breaks: ${plural(errors, "error")}${warnings > 0 ? `, ${plural(warnings, "warning")}` : ""}`,
  );
  for (const { check, label } of CHECK_ORDER) {
    const found = schedule.findings.filter((finding) => finding.check === check);
    if (found.length === 0) continue;
    lines.push(`    ${label}: ${severityCounts(found)}`);
    for (const finding of found) {
      lines.push(
        `      ${finding.severity === "error" ? "ERROR  " : "WARNING"}  ${finding.location}  ${finding.message}`,
      );
    }
  }
  return lines;
}

function summaryLine(reports: readonly CheckReportJson[]): string {
  const schedules = reports.flatMap((report) => report.schedules);
  const findings = schedules.flatMap((schedule) => schedule.findings);
  const errors = count(findings, "error");
  const warnings = count(findings, "warning");
  const withoutSchedule = reports.filter((report) => report.schedules.length === 0).length;
  const verdict =
    schedules.length === 0
      ? "no schedule found"
      : (errors > 0 ? "breaks found" : "everything ties") +
        (withoutSchedule > 0 ? `; no schedule found in ${plural(withoutSchedule, "file")}` : "");
  return (
    `Summary: ${plural(reports.length, "file")}, ${plural(schedules.length, "schedule")}, ` +
    `${plural(errors, "error")}, ${plural(warnings, "warning")}: ${verdict}.`
  );
}

function severityCounts(findings: readonly FindingJson[]): string {
  const errors = count(findings, "error");
  const warnings = count(findings, "warning");
  return [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""]
    .filter(Boolean)
    .join(", ");
}

function count(findings: readonly FindingJson[], severity: FindingJson["severity"]): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
