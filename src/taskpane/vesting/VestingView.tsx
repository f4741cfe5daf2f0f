import {
  Button,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { vestingSheetPlan } from "../../core/workbook";
import { PRESETS } from "../../core/vesting";
import type { IsoDate } from "../../core/vesting/types";
import type { ExcelGateway, NeedsConfirmation } from "../../excel/types";
import { ConfirmDialog } from "../shared/ConfirmDialog";
import { formatAmount, plural } from "../shared/format";
import { ProgressState } from "../shared/ProgressState";
import { toNewSheetTable } from "../shared/sheet-plan";
import { EmptyState, ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { useTask } from "../shared/useTask";
import {
  CUSTOM_SCHEDULE,
  DAY_OF_MONTH_POLICIES,
  FieldName,
  GrantForm,
  GrantPreview,
  ROUNDING_OPTIONS,
  dayOfMonthExample,
  dayOfMonthLabel,
  effectiveForm,
  formatDate,
  initialForm,
  ocfReading,
  previewGrant,
  roundingExample,
  roundingLabel,
  scheduleProblem,
  scheduleText,
  todayIso,
} from "./grant-form";
import type { ListDefaults } from "./forecast-grants";
import { ForecastPanel } from "./ForecastPanel";
import { VestedColumn, buildVestedColumn } from "./vested-column";
import { VestingChart } from "./VestingChart";
import { withWords } from "./sheet-words";

const useStyles = makeStyles({
  figures: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    "& dt": { color: tokens.colorNeutralForeground2 },
    "& dd": { margin: 0, fontWeight: tokens.fontWeightSemibold },
  },
  asOfRow: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    "& th, & td": { fontWeight: tokens.fontWeightSemibold },
  },
  hint: { display: "block" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** Validation props for a field with a problem. */
function blame(preview: GrantPreview, field: FieldName) {
  const message = preview.kind === "ready" ? undefined : preview.problems[field];
  if (!message) return {};
  return { validationState: "error" as const, validationMessage: message };
}

/** The value after it has stayed the same for `ms`: typing does not flood a screen reader. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

type Ready = Extract<GrantPreview, { kind: "ready" }>;

/** `As of 21/02/2004: 520 of 1,000 shares vested (52%), 480 unvested.` */
function figuresSentence(preview: Ready, date: (iso: IsoDate) => string): string {
  const { summary, input } = preview;
  return (
    `As of ${date(summary.asOf)}: ${formatAmount(summary.vested)} of ${formatAmount(input.shares)} shares vested ` +
    `(${formatAmount(summary.percent.toDecimalPlaces(2))}%), ${formatAmount(summary.unvested)} unvested.`
  );
}

function PreviewFigures({ preview, date }: { preview: Ready; date: (iso: IsoDate) => string }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { summary, tranches, input } = preview;
  const granted = formatAmount(input.shares);
  // The tranche in effect on the as-of date: the last one dated on or before it.
  const asOfIndex = tranches.reduce((found, t, i) => (t.date <= summary.asOf ? i : found), -1);
  return (
    <section className={view.section} aria-label="Vesting preview">
      <dl className={styles.figures}>
        <dt>Vested on {date(summary.asOf)}</dt>
        <dd>
          {formatAmount(summary.vested)} of {granted} ({formatAmount(summary.percent.toDecimalPlaces(2))}%)
        </dd>
        <dt>Unvested</dt>
        <dd>{formatAmount(summary.unvested)}</dd>
        <dt>Next vest</dt>
        <dd>
          {summary.nextVestDate && summary.nextVestShares
            ? `${date(summary.nextVestDate)}: ${formatAmount(summary.nextVestShares)} shares`
            : "none: nothing more vests"}
        </dd>
        <dt>Fully vested</dt>
        <dd>
          {summary.fullyVestedDate
            ? date(summary.fullyVestedDate)
            : summary.terminated
              ? "never: terminated first"
              : "never"}
        </dd>
      </dl>
      <VestingChart
        tranches={tranches}
        granted={preview.summary.vested.plus(preview.summary.unvested)}
        grantDate={input.grantDate}
        asOf={summary.asOf}
        vestedAsOf={summary.vested}
        formatDate={date}
      />
      <details>
        <summary>The chart as a table ({plural(tranches.length, "vest date")})</summary>
        <div className={view.tableScroll} tabIndex={0} role="region" aria-label="Vesting table">
          <table className={view.table}>
            <thead>
              <tr>
                <th scope="col">Vest date</th>
                <th scope="col">Shares</th>
                <th scope="col">Cumulative</th>
                <th scope="col">Unvested</th>
                <th scope="col">%</th>
              </tr>
            </thead>
            <tbody>
              {tranches.map((t, i) => (
                <tr
                  key={t.date}
                  className={mergeClasses(i === asOfIndex && styles.asOfRow)}
                  aria-current={i === asOfIndex ? "date" : undefined}
                >
                  <th scope="row">
                    {date(t.date)}
                    {i === asOfIndex && " ◂ as of"}
                  </th>
                  <td>{formatAmount(t.shares)}</td>
                  <td>{formatAmount(t.cumulative)}</td>
                  <td>{formatAmount(t.unvested)}</td>
                  <td>{formatAmount(t.percent.toDecimalPlaces(2))}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

interface PendingColumn {
  column: VestedColumn;
  conflict: NeedsConfirmation;
}

export function VestingView({
  gateway,
  today = todayIso(),
  locale,
}: {
  gateway: ExcelGateway;
  today?: string;
  /** The locale dates are shown in; the browser's by default. */
  locale?: string;
}) {
  const view = useViewStyles();
  const styles = useStyles();
  const [form, setForm] = useState<GrantForm>(() => initialForm(today));
  const task = useTask<string>();
  const [pending, setPending] = useState<PendingColumn | null>(null);
  const preview = previewGrant(form);
  // Pasted OCF terms: their schedule, allocation type and day of month stand in for the fields.
  const ocf = ocfReading(form);
  const effective = effectiveForm(form, ocf);
  const ocfRead = ocf?.kind === "read" ? ocf : null;
  const date = (iso: IsoDate) => formatDate(iso, locale);
  const set = (field: keyof GrantForm) => (_: unknown, data: { value: string }) =>
    setForm((f) => ({ ...f, [field]: data.value }));
  const busy = task.state.status === "busy";
  const spoken = useSettled(preview.kind === "ready" ? figuresSentence(preview, date) : "", 600);

  const insertTable = () => {
    if (preview.kind !== "ready") return;
    const words = {
      schedule: ocfRead?.name ?? PRESETS.find((p) => p.id === form.scheduleChoice)?.label ?? null,
      rounding: roundingLabel(effective.rounding),
      dayOfMonth: dayOfMonthLabel(effective.dayOfMonth),
    };
    void task.start(
      { label: "Writing the vesting table and chart" },
      async () => {
        const plan = withWords(vestingSheetPlan(preview.input, preview.tranches), words);
        const written = await gateway.writeTableToNewSheet(toNewSheetTable(plan));
        return `Inserted the vesting table and chart on sheet "${written.sheetName}" (${written.address}).`;
      },
      "Cancelled before anything was written.",
    );
  };

  // Without `overwrite` the gateway writes nothing over filled cells and asks us to confirm.
  const writeVestedColumn = async (column: VestedColumn, overwrite: boolean) => {
    const result = await gateway.writeColumn(column.topLeft, column.cells, {
      overwrite,
      numberFormat: column.numberFormat,
    });
    if ("needsConfirmation" in result) {
      setPending({ column, conflict: result });
      return `Nothing written yet: ${plural(result.nonEmptyCount, "cell")} in ${result.address} would be overwritten.`;
    }
    return `Added ${plural(column.formulaCount, "VESTED formula")} in ${result.address}.`;
  };

  const addColumn = () =>
    void task.start(
      { label: "Reading the selected grants" },
      async (work) => {
        const selection = await gateway.readSelection();
        const column = await buildVestedColumn(
          selection,
          {
            asOf: form.asOf,
            schedule: preview.kind === "ready" ? (preview.input.schedule ?? "") : "",
            rounding: effective.rounding,
            dayOfMonth: effective.dayOfMonth,
          },
          (p) => work.step(p),
        );
        // The last point at which Cancel stops everything: once sent, Excel writes the column whole.
        await work.step({ label: `Writing ${plural(column.formulaCount, "formula")} to Excel` });
        return writeVestedColumn(column, false);
      },
      "Cancelled: nothing was written.",
    );

  const schedulePreset = PRESETS.find((p) => p.id === form.scheduleChoice);
  const rounding = ROUNDING_OPTIONS.find((r) => r.value === effective.rounding);
  const dayPolicy = DAY_OF_MONTH_POLICIES.find((d) => d.value === effective.dayOfMonth);
  const forecastDefaults: ListDefaults = {
    schedule: scheduleProblem(effective) === null ? scheduleText(effective) : null,
    scheduleProblem: scheduleProblem(effective),
    scheduleWords: ocfRead
      ? `${ocfRead.name}: ${ocfRead.schedule}`
      : schedulePreset
        ? `${schedulePreset.label}: ${schedulePreset.text}`
        : `"${effective.customSchedule.trim()}"`,
    rounding: effective.rounding,
    dayOfMonth: effective.dayOfMonth,
  };
  const useOcfText = () =>
    ocfRead &&
    setForm((f) => ({
      ...f,
      customSchedule: ocfRead.schedule,
      rounding: ocfRead.rounding,
      dayOfMonth: ocfRead.dayOfMonth,
      ocfTerms: 0,
    }));
  const fromTerms = ocfRead ? "Set by the pasted OCF terms" : null;
  const other = preview.kind === "invalid" ? preview.other : undefined;
  const status =
    task.state.status === "result"
      ? task.state.value
      : task.state.status === "cancelled"
        ? task.state.message
        : "";

  return (
    <div className={view.view} aria-busy={busy}>
      <Field label="Grant date" required {...blame(preview, "grantDate")}>
        <Input
          type="date"
          min="1900-01-01"
          max="9999-12-31"
          value={form.grantDate}
          onChange={set("grantDate")}
        />
      </Field>
      <Field label="Shares granted" required {...blame(preview, "shares")}>
        <Input inputMode="numeric" value={form.shares} onChange={set("shares")} />
      </Field>
      <Field
        label="Schedule"
        hint={schedulePreset ? `${schedulePreset.label}. Reads: ${schedulePreset.text}.` : undefined}
      >
        <Select
          select={{ className: view.selectControl }}
          value={form.scheduleChoice}
          onChange={set("scheduleChoice")}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM_SCHEDULE}>Custom text</option>
        </Select>
      </Field>
      {form.scheduleChoice === CUSTOM_SCHEDULE && (
        <Field
          label="Schedule text"
          hint="Segments run one after another, e.g. 50% at 6 months, then 50% monthly over 24 months. Or paste OCF vesting terms (JSON)."
          validationState={preview.kind !== "ready" && preview.problems.schedule ? "error" : "success"}
          validationMessage={
            (preview.kind !== "ready" && preview.problems.schedule) ||
            (ocfRead ? `The OCF terms read as: ${ocfRead.schedule}.` : "The schedule reads.")
          }
        >
          <Textarea
            value={form.customSchedule}
            onChange={set("customSchedule")}
            rows={ocf ? 4 : 1}
            resize="vertical"
          />
        </Field>
      )}
      {ocf && ocf.terms.length > 1 && (
        <Field
          label="Vesting terms in the OCF file"
          hint={`The file holds ${ocf.terms.length} sets of terms.`}
        >
          <Select
            select={{ className: view.selectControl }}
            value={String(ocf.chosen)}
            onChange={(_, data) => setForm((f) => ({ ...f, ocfTerms: Number(data.value) }))}
          >
            {ocf.terms.map((t, i) => (
              <option key={i} value={String(i)}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {ocfRead && (
        <div className={view.actions}>
          <Button size="small" onClick={useOcfText}>
            Replace the JSON with this schedule text
          </Button>
        </div>
      )}
      <Field
        label="Rounding"
        {...blame(preview, "rounding")}
        hint={
          rounding
            ? `${fromTerms ? `${fromTerms} (allocation_type ${ocfRead?.ocfAllocation}). ` : ""}${rounding.explanation} ${roundingExample(rounding.value)}`
            : undefined
        }
      >
        <Select
          select={{ className: view.selectControl }}
          value={effective.rounding}
          disabled={ocfRead !== null}
          onChange={set("rounding")}
        >
          {ROUNDING_OPTIONS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Day of month of each vest"
        {...blame(preview, "dayOfMonth")}
        hint={
          dayPolicy
            ? `${fromTerms ? `${fromTerms} (day_of_month ${ocfRead?.ocfDayOfMonth ?? "none"}). ` : ""}${dayPolicy.explanation} ${dayOfMonthExample(dayPolicy.value, locale)}`
            : undefined
        }
      >
        <Select
          select={{ className: view.selectControl }}
          value={effective.dayOfMonth}
          disabled={ocfRead !== null}
          onChange={set("dayOfMonth")}
        >
          {DAY_OF_MONTH_POLICIES.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Termination date (optional)" {...blame(preview, "terminationDate")}>
        <Input
          type="date"
          min="1900-01-01"
          max="9999-12-31"
          value={form.terminationDate}
          onChange={set("terminationDate")}
        />
      </Field>
      <Field label="As of" required {...blame(preview, "asOf")}>
        <Input type="date" min="1900-01-01" max="9999-12-31" value={form.asOf} onChange={set("asOf")} />
      </Field>

      {preview.kind === "incomplete" && (
        <EmptyState>Enter a grant date and shares to see the vesting.</EmptyState>
      )}
      {other && <ErrorState title="Cannot compute the vesting" message={other} />}
      {preview.kind === "ready" && <PreviewFigures preview={preview} date={date} />}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {spoken}
      </div>

      <div className={view.actions}>
        <Button appearance="primary" disabled={preview.kind !== "ready" || busy} onClick={insertTable}>
          Insert table and chart
        </Button>
        <Button disabled={preview.kind !== "ready" || busy} onClick={addColumn}>
          Add vested-as-of column beside selected grants
        </Button>
      </div>
      <Text size={200}>
        The column uses the schedule, rounding and as-of date above; select the grant dates and shares (two
        columns, header optional) first.
      </Text>
      {task.state.status === "busy" && (
        <ProgressState progress={task.state.progress} onCancel={task.cancel} />
      )}
      {task.state.status === "error" && <ErrorState title="Could not write" message={task.state.message} />}
      <StatusLine message={status} />

      <ForecastPanel gateway={gateway} defaults={forecastDefaults} today={today} date={date} />

      <ConfirmDialog
        open={pending !== null}
        title="Overwrite cells?"
        confirmLabel={pending ? `Overwrite ${plural(pending.conflict.nonEmptyCount, "cell")}` : "Overwrite"}
        cancelLabel="Keep my cells"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          const { column } = pending;
          setPending(null);
          void task.start(
            { label: `Writing ${plural(column.formulaCount, "formula")} to Excel` },
            () => writeVestedColumn(column, true),
            "Cancelled: nothing was written.",
          );
        }}
      >
        {pending && (
          <>
            <Text as="p" block>
              {plural(pending.conflict.nonEmptyCount, "cell")} in {pending.conflict.address}{" "}
              {pending.conflict.nonEmptyCount === 1 ? "is" : "are"} not empty. Overwriting replaces what{" "}
              {pending.conflict.nonEmptyCount === 1 ? "it holds" : "they hold"} with the vested-as-of column.
            </Text>
            <Text as="p" block>
              Undo (Ctrl+Z) usually cannot bring back cells an add-in overwrote: copy them elsewhere first if
              you need them.
            </Text>
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
