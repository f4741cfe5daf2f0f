import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  useId,
} from "@fluentui/react-components";
import Decimal from "decimal.js";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CheckName, CheckReportJson, FindingJson, ScheduleJson } from "../../core/schedule2/types";
import type { ExcelGateway, SheetGrid, WorkbookChange } from "../../excel/types";
import { formatAmount, plural } from "../shared/format";
import { ProgressState } from "../shared/ProgressState";
import { EmptyState, ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { useAsync } from "../shared/useAsync";
import { useTask, type Work } from "../shared/useTask";
import { copyText } from "../shared/clipboard";
import { FindingList, type ListedFinding } from "./FindingList";
import {
  CHECK_ORDER,
  NO_FILTER,
  countSummary,
  describeSignConvention,
  filterFindings,
  findingsAsText,
  groupFindings,
  groupSummary,
  isCellAddress,
  marksFor,
  reportLinesFor,
  tieMarksFor,
  type FindingFilter,
} from "./findings";
import { staleReason, type CheckedPlace } from "./staleness";
import { checkGrid } from "./run-check";

type Scope = "usedRange" | "selection";

interface CheckRun {
  place: CheckedPlace;
  scope: Scope;
  rowCount: number;
  grid: SheetGrid;
  tolerance: string;
  report: CheckReportJson;
  checkedAt: Date;
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
  if (schedule.findings.length === 0) return "✓ Ties: every check passes.";
  const errors = schedule.findings.some((f) => f.severity === "error");
  return `${errors ? "✗" : "⚠"} ${countSummary(schedule.findings)}.`;
}

/** `2 Dec 2026, 08:12` in the user's own form. */
function formatWhen(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

const SEVERITY_CHOICES: { value: FindingFilter["severity"]; label: string }[] = [
  { value: "all", label: "Errors and warnings" },
  { value: "error", label: "Errors only" },
  { value: "warning", label: "Warnings only" },
];

export function CheckView({
  gateway,
  now = () => new Date(),
  locale,
}: {
  gateway: ExcelGateway;
  /** The clock and locale the heading's "checked at" uses (tests fix them). */
  now?: () => Date;
  locale?: string;
}) {
  const view = useViewStyles();
  const idPrefix = useId("check");
  const [scope, setScope] = useState<Scope>("usedRange");
  const [toleranceText, setToleranceText] = useState("0");
  const [tickmarks, setTickmarks] = useState(false);
  const task = useTask<CheckRun>();
  const [actionState, runAction, resetAction] = useAsync<string>();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [current, setCurrent] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [stale, setStale] = useState<{ activated?: string; edited?: string }>({});
  const tolerance = parseTolerance(toleranceText);

  const run = task.state.status === "result" ? task.state.value : null;
  const runRef = useRef<CheckRun | null>(null);
  runRef.current = run;
  /** Sheets the pane itself wrote (the report): activating or editing them says nothing about the check. */
  const ownSheets = useRef(new Set<string>());

  useEffect(() => {
    if (!gateway.watchWorkbook) return;
    let stop: (() => Promise<void>) | null = null;
    let gone = false;
    const listener = (change: WorkbookChange) => {
      const current = runRef.current;
      if (!current || ownSheets.current.has(change.sheetName.toLowerCase())) return;
      const reason = staleReason(current.place, change);
      setStale((s) =>
        change.kind === "activated"
          ? { ...s, activated: reason ?? undefined }
          : reason
            ? { ...s, edited: reason }
            : s,
      );
    };
    void gateway.watchWorkbook(listener).then(
      (stopper) => {
        if (gone) void stopper();
        else stop = stopper;
      },
      () => undefined,
    );
    return () => {
      gone = true;
      if (stop) void stop();
    };
  }, [gateway]);

  const check = async (work: Work, read: () => Promise<SheetGrid>, runScope: Scope): Promise<CheckRun> => {
    if (!("value" in tolerance)) throw new Error("The tolerance is not a number.");
    const grid = await read();
    await work.step({ label: `Checking ${plural(grid.values.length, "row")} of ${grid.address}` });
    const report = await checkGrid(grid, tolerance.value, grid.address);
    if (report.schedules.length === 0) {
      throw new Error(
        `No Schedule II table was found in ${grid.address}. Select the table (with its header) and run on the selection.`,
      );
    }
    return {
      place: { sheetName: grid.sheetName, address: grid.address, wholeSheet: runScope === "usedRange" },
      scope: runScope,
      rowCount: grid.values.length,
      grid,
      tolerance: tolerance.value,
      report,
      checkedAt: now(),
    };
  };

  const startCheck = (read: () => Promise<SheetGrid>, runScope: Scope, label: string) => {
    resetAction();
    setFilter(NO_FILTER);
    setCurrent(0);
    setSelected(null);
    setStale({});
    void task.start(
      { label },
      (work) => check(work, read, runScope),
      "Check cancelled: nothing was changed.",
    );
  };

  const runCheck = () =>
    startCheck(
      scope === "selection" ? () => gateway.readSelection() : () => gateway.readUsedRange(),
      scope,
      scope === "selection" ? "Reading the selection" : "Reading the active sheet",
    );

  /** The same sheet and range again, whichever sheet is active now. */
  const rerun = () => {
    if (!run) return runCheck();
    const { place, scope: runScope } = run;
    const read =
      runScope === "usedRange"
        ? gateway.readUsedRangeOf
          ? () => gateway.readUsedRangeOf!(place.sheetName)
          : () => gateway.readUsedRange()
        : gateway.readRange
          ? () => gateway.readRange!(place.address)
          : () => gateway.readSelection();
    startCheck(
      read,
      runScope,
      `Reading ${runScope === "usedRange" ? `sheet "${place.sheetName}"` : place.address}`,
    );
  };

  const schedules = run ? run.report.schedules : [];
  const breakMarks = marksFor(schedules);
  const marks = run && tickmarks ? [...breakMarks, ...tieMarksFor(schedules, run.grid)] : breakMarks;
  const allFindings: ListedFinding[] = useMemo(
    () =>
      schedules.flatMap((s, si) =>
        s.findings.map((finding, fi) => ({
          key: `${si}-${fi}`,
          finding,
          schedule: schedules.length > 1 ? s.title || `Schedule ${si + 1}` : undefined,
        })),
      ),
    [schedules],
  );
  const shown = filterFindings(allFindings, filter);
  const at = Math.min(current, Math.max(shown.length - 1, 0));

  const choose = (index: number) => {
    const item = shown[index];
    if (!item) return;
    setCurrent(index);
    if (!isCellAddress(item.finding.location)) {
      setSelected(null);
      return;
    }
    void runAction(async () => {
      await gateway.selectCell(item.finding.location);
      setSelected(item.key);
      return `Selected ${item.finding.location}: finding ${index + 1} of ${shown.length}.`;
    });
  };

  const changeFilter = (next: FindingFilter) => {
    setFilter(next);
    setCurrent(0);
  };

  const staleMessage = [stale.edited, stale.activated].filter(Boolean).join(" ");
  const busy = task.state.status === "busy";

  const status =
    actionState.status === "result"
      ? actionState.value
      : task.state.status === "cancelled"
        ? task.state.message
        : run
          ? `Checked ${run.place.address}: ${countSummary(allFindings.map((f) => f.finding))}.`
          : "";

  const countFor = (check: CheckName | "all") =>
    check === "all" ? allFindings.length : allFindings.filter((f) => f.finding.check === check).length;

  return (
    <div className={view.view} aria-busy={busy}>
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
      <Switch
        checked={tickmarks}
        onChange={(_, data) => setTickmarks(data.checked)}
        label="Tickmarks: ✓ on every figure that ties, as well as ✗ on breaks"
      />
      <div className={view.actions}>
        <Button appearance="primary" onClick={runCheck} disabled={busy || "error" in tolerance}>
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

      {task.state.status === "idle" && <EmptyState>Select a Schedule II or run on the sheet.</EmptyState>}
      {task.state.status === "busy" && (
        <ProgressState progress={task.state.progress} onCancel={task.cancel} />
      )}
      {task.state.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{task.state.message}</MessageBarBody>
        </MessageBar>
      )}
      {task.state.status === "error" && <ErrorState title="Could not check" message={task.state.message} />}
      {run && (
        <section className={view.section} aria-labelledby={`${idPrefix}-results`}>
          <h2 id={`${idPrefix}-results`} className={view.heading}>
            Results for {run.place.address}
          </h2>
          <Text size={200}>
            {/* Sheet rows in the range and schedule rows read from them: the report sheet states the latter. */}
            Checked {formatWhen(run.checkedAt, locale)} · {plural(run.rowCount, "sheet row")},{" "}
            {plural(
              run.report.schedules.reduce((n, s) => n + s.rows.length, 0),
              "schedule row",
            )}{" "}
            read · tolerance {run.tolerance === "0" ? "0 (exact)" : formatAmount(run.tolerance)}
          </Text>
          {staleMessage && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>May be out of date</MessageBarTitle>
                {staleMessage}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={rerun}>Re-run on {run.place.address}</Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {schedules.map((schedule, s) => (
            <ScheduleSummary key={s} schedule={schedule} headingId={`${idPrefix}-s${s}`} />
          ))}
          <div className={view.actions} role="toolbar" aria-label="Results">
            <Button
              disabled={marks.length === 0 || actionState.status === "busy"}
              onClick={() =>
                void runAction(async () => {
                  await gateway.markCells(marks);
                  const ticks = marks.length - breakMarks.length;
                  return ticks > 0
                    ? `Marked ${plural(marks.length, "cell")}: ${formatAmount(ticks)} ✓ that tie, ${formatAmount(breakMarks.length)} ✗ or ⚠.`
                    : `Marked ${plural(marks.length, "cell")}.`;
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
                  const sheet = await gateway.writeReportSheet(title, reportLinesFor(schedules), {
                    checked: run.place.address,
                    checkedAt: formatWhen(run.checkedAt, locale),
                    tolerance: run.tolerance,
                    signConvention: schedules.map((s) => describeSignConvention(s.signConvention)).join(" "),
                    rowsRead: schedules.reduce((n, s) => n + s.rows.length, 0),
                    tickmarks,
                  });
                  ownSheets.current.add(sheet.toLowerCase());
                  return `Wrote the report to sheet "${sheet}".`;
                })
              }
            >
              Write "Tie-out" report
            </Button>
            <Button
              onClick={() =>
                void runAction(async () => {
                  const findings = shown.map((f) => f.finding);
                  await copyText(
                    findingsAsText(
                      { address: run.place.address, checkedAt: formatWhen(run.checkedAt, locale) },
                      findings,
                    ),
                  );
                  return `Copied ${plural(findings.length, "finding")} as text.`;
                })
              }
            >
              Copy findings
            </Button>
          </div>
          {allFindings.length > 0 && (
            <FindingsWalker
              idPrefix={idPrefix}
              filter={filter}
              onFilter={changeFilter}
              countFor={countFor}
              shown={shown}
              at={at}
              selected={selected}
              onMove={setCurrent}
              onChoose={choose}
            />
          )}
        </section>
      )}
      {actionState.status === "error" && (
        <ErrorState title="Could not finish that" message={actionState.message} />
      )}
      <StatusLine message={status} />
    </div>
  );
}

function ScheduleSummary({ schedule, headingId }: { schedule: ScheduleJson; headingId: string }) {
  const view = useViewStyles();
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={view.subheading}>
        {schedule.title || "Schedule II"}
        {schedule.units ? ` (${schedule.units})` : ""}
      </h3>
      <Text className={schedule.findings.length ? undefined : view.ok} weight="semibold">
        {scheduleSummary(schedule)}
      </Text>
      <ul className={view.list} aria-label="Checks">
        {groupFindings(schedule.findings).map((group) => {
          const line = groupSummary(group);
          return (
            <li key={group.check}>
              <span aria-hidden="true" className={view[line.tone]}>
                {line.symbol}{" "}
              </span>
              {line.text}
            </li>
          );
        })}
      </ul>
      <Text size={200}>Sign convention: {describeSignConvention(schedule.signConvention)}</Text>
    </section>
  );
}

function FindingsWalker({
  idPrefix,
  filter,
  onFilter,
  countFor,
  shown,
  at,
  selected,
  onMove,
  onChoose,
}: {
  idPrefix: string;
  filter: FindingFilter;
  onFilter: (f: FindingFilter) => void;
  countFor: (check: CheckName | "all") => number;
  shown: ListedFinding[];
  at: number;
  selected: string | null;
  onMove: (i: number) => void;
  onChoose: (i: number) => void;
}) {
  const view = useViewStyles();
  const selectedIndex = shown.findIndex((f) => f.key === selected);
  // Next / Previous go on from the finding last selected (or the keyboard's place), like Excel.
  const from = selectedIndex >= 0 ? selectedIndex : null;
  const next = from === null ? 0 : from + 1;
  const previous = from === null ? shown.length - 1 : from - 1;
  const position =
    shown.length === 0
      ? "No findings match the filter."
      : from === null
        ? `${plural(shown.length, "finding")}`
        : `Finding ${from + 1} of ${shown.length}`;
  return (
    <section className={view.section} aria-labelledby={`${idPrefix}-findings`}>
      <h3 id={`${idPrefix}-findings`} className={view.subheading}>
        Findings
      </h3>
      <div className={view.filters}>
        <Field label="Check" size="small">
          <Select
            size="small"
            select={{ className: view.selectControl }}
            value={filter.check}
            onChange={(_, data) => onFilter({ ...filter, check: data.value as FindingFilter["check"] })}
          >
            <option value="all">All checks ({countFor("all")})</option>
            {CHECK_ORDER.filter((c) => countFor(c.check) > 0).map((c) => (
              <option key={c.check} value={c.check}>
                {c.label} ({countFor(c.check)})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Severity" size="small">
          <Select
            size="small"
            select={{ className: view.selectControl }}
            value={filter.severity}
            onChange={(_, data) =>
              onFilter({ ...filter, severity: data.value as FindingJson["severity"] | "all" })
            }
          >
            {SEVERITY_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={view.actions}>
        <Button size="small" disabled={shown.length === 0 || previous < 0} onClick={() => onChoose(previous)}>
          Previous
        </Button>
        <Button
          size="small"
          disabled={shown.length === 0 || next >= shown.length}
          onClick={() => onChoose(next)}
        >
          Next
        </Button>
        <Text size={200} className={view.position}>
          {position}
        </Text>
      </div>
      <FindingList
        items={shown}
        label={`Findings: ${position}`}
        current={at}
        selected={selected}
        onMove={onMove}
        onChoose={onChoose}
      />
    </section>
  );
}
