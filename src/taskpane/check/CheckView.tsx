import { Button, Field, Input, Radio, RadioGroup, Text, useId } from "@fluentui/react-components";
import Decimal from "decimal.js";
import { useState } from "react";
import { checkSchedules } from "../../core/schedule2";
import type { CheckReportJson, ScheduleJson } from "../../core/schedule2/types";
import type { ExcelGateway } from "../../excel/types";
import { plural } from "../shared/format";
import { BusyState, EmptyState, ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { useAsync } from "../shared/useAsync";
import { FindingGroupSection } from "./FindingList";
import { describeSignConvention, groupFindings, marksFor, reportLinesFor } from "./findings";

type Scope = "usedRange" | "selection";

interface CheckRun {
  address: string;
  report: CheckReportJson;
}

/** The tolerance as typed, or a message saying why it is not one. */
function parseTolerance(text: string): { value: string } | { error: string } {
  const trimmed = text.trim() === "" ? "0" : text.trim().replace(/,/g, "");
  try {
    const value = new Decimal(trimmed);
    if (value.isNegative()) return { error: "Tolerance cannot be negative; use 0 for an exact check." };
    return { value: value.toFixed() };
  } catch {
    return { error: `Tolerance "${text}" is not a number; type e.g. 0 (exact) or 1.` };
  }
}

function scheduleSummary(schedule: ScheduleJson): string {
  const errors = schedule.findings.filter((f) => f.severity === "error").length;
  const warnings = schedule.findings.length - errors;
  if (schedule.findings.length === 0) return "✓ Ties: every check passes.";
  return `${errors ? "✗" : "⚠"} ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
}

export function CheckView({ gateway }: { gateway: ExcelGateway }) {
  const view = useViewStyles();
  const idPrefix = useId("check");
  const [scope, setScope] = useState<Scope>("usedRange");
  const [toleranceText, setToleranceText] = useState("0");
  const [runState, run] = useAsync<CheckRun>();
  const [actionState, runAction, resetAction] = useAsync<string>();
  const tolerance = parseTolerance(toleranceText);

  const runCheck = () => {
    if (!("value" in tolerance)) return;
    resetAction();
    void run(async () => {
      const grid = scope === "selection" ? await gateway.readSelection() : await gateway.readUsedRange();
      const report = checkSchedules(grid, { tolerance: tolerance.value, file: grid.address });
      if (report.schedules.length === 0) {
        throw new Error(
          `No Schedule II table was found in ${grid.address}. Select the table (with its header) and run on the selection.`,
        );
      }
      return { address: grid.address, report };
    });
  };

  const schedules = runState.status === "result" ? runState.value.report.schedules : [];
  const marks = marksFor(schedules);

  const status =
    actionState.status === "result"
      ? actionState.value
      : runState.status === "result"
        ? `Checked ${runState.value.address}.`
        : "";

  return (
    <div className={view.view} aria-busy={runState.status === "busy"}>
      <Field label="Check">
        <RadioGroup value={scope} onChange={(_, data) => setScope(data.value as Scope)}>
          <Radio value="usedRange" label="The active sheet (used range)" />
          <Radio value="selection" label="The selection" />
        </RadioGroup>
      </Field>
      <Field
        label="Tolerance (in the table's units)"
        hint="0 checks exactly; 1 forgives rounding by one unit."
        validationState={"error" in tolerance ? "error" : "none"}
        validationMessage={"error" in tolerance ? tolerance.error : undefined}
      >
        <Input
          value={toleranceText}
          inputMode="decimal"
          onChange={(_, data) => setToleranceText(data.value)}
        />
      </Field>
      <div className={view.actions}>
        <Button
          appearance="primary"
          onClick={runCheck}
          disabled={runState.status === "busy" || "error" in tolerance}
        >
          Run check
        </Button>
        <Button
          disabled={actionState.status === "busy"}
          onClick={() =>
            void runAction(async () => `Cleared marks from ${plural(await gateway.clearMarks(), "cell")}.`)
          }
        >
          Clear marks
        </Button>
      </div>

      {runState.status === "idle" && <EmptyState>Select a Schedule II or run on the sheet.</EmptyState>}
      {runState.status === "busy" && <BusyState label="Reading the sheet and checking…" />}
      {runState.status === "error" && <ErrorState title="Could not check" message={runState.message} />}
      {runState.status === "result" && (
        <>
          {schedules.map((schedule, s) => (
            <section key={s} className={view.section} aria-labelledby={`${idPrefix}-s${s}`}>
              <h2 id={`${idPrefix}-s${s}`} className={view.heading}>
                {schedule.title || "Schedule II"}
                {schedule.units ? ` (${schedule.units})` : ""}
              </h2>
              <Text className={schedule.findings.length ? undefined : view.ok} weight="semibold">
                {scheduleSummary(schedule)}
              </Text>
              <Text>Sign convention: {describeSignConvention(schedule.signConvention)}</Text>
              {groupFindings(schedule.findings).map((group) => (
                <FindingGroupSection
                  key={group.check}
                  group={group}
                  headingId={`${idPrefix}-s${s}-${group.check}`}
                  onSelect={(address) =>
                    void runAction(async () => {
                      await gateway.selectCell(address);
                      return `Selected ${address}.`;
                    })
                  }
                />
              ))}
            </section>
          ))}
          <div className={view.actions}>
            <Button
              disabled={marks.length === 0 || actionState.status === "busy"}
              onClick={() =>
                void runAction(async () => {
                  await gateway.markCells(marks);
                  return `Marked ${plural(marks.length, "cell")}.`;
                })
              }
            >
              Mark cells
            </Button>
            <Button
              disabled={actionState.status === "busy"}
              onClick={() =>
                void runAction(async () => {
                  const title =
                    schedules
                      .map((s) => s.title)
                      .filter(Boolean)
                      .join("; ") || "Schedule II";
                  const sheet = await gateway.writeReportSheet(title, reportLinesFor(schedules));
                  return `Wrote the report to sheet "${sheet}".`;
                })
              }
            >
              Write "Tie-out" report
            </Button>
          </div>
        </>
      )}
      {actionState.status === "busy" && <BusyState label="Working in Excel…" />}
      {actionState.status === "error" && (
        <ErrorState title="Could not finish that" message={actionState.message} />
      )}
      <StatusLine message={status} />
    </div>
  );
}
