import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { vestingSheetPlan } from "../../core/workbook";
import { PRESETS } from "../../core/vesting";
import type { ExcelGateway, NeedsConfirmation } from "../../excel/types";
import { ConfirmDialog } from "../shared/ConfirmDialog";
import { formatAmount, plural } from "../shared/format";
import { toNewSheetTable } from "../shared/sheet-plan";
import { BusyState, EmptyState, ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { useAsync } from "../shared/useAsync";
import {
  CUSTOM_SCHEDULE,
  DAY_OF_MONTH_POLICIES,
  GrantForm,
  GrantPreview,
  ROUNDING_OPTIONS,
  initialForm,
  previewGrant,
  scheduleProblem,
  todayIso,
} from "./grant-form";
import { VestedColumn, vestedColumnFor } from "./vested-column";
import { VestingChart } from "./VestingChart";

const useStyles = makeStyles({
  figures: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": { margin: 0, fontWeight: tokens.fontWeightSemibold },
  },
});

/** Validation props for a field the engine may blame. */
function blame(preview: GrantPreview, ...argumentNames: string[]) {
  if (preview.kind !== "invalid" || !argumentNames.includes(preview.argument)) return {};
  return { validationState: "error" as const, validationMessage: preview.message };
}

const FIELD_ARGUMENTS = [
  "grantDate",
  "shares",
  "schedule",
  "rounding",
  "dayOfMonth",
  "terminationDate",
  "asOf",
];

function PreviewFigures({ preview }: { preview: Extract<GrantPreview, { kind: "ready" }> }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { summary, tranches, input } = preview;
  const granted = formatAmount(input.shares);
  return (
    <section className={view.section} aria-label="Vesting preview">
      <dl className={styles.figures}>
        <dt>Vested on {summary.asOf}</dt>
        <dd>
          {formatAmount(summary.vested)} of {granted} ({formatAmount(summary.percent.toDecimalPlaces(2))}%)
        </dd>
        <dt>Next vest</dt>
        <dd>
          {summary.nextVestDate && summary.nextVestShares
            ? `${summary.nextVestDate}: ${formatAmount(summary.nextVestShares)} shares`
            : "none: nothing more vests"}
        </dd>
        <dt>Fully vested</dt>
        <dd>{summary.fullyVestedDate ?? (summary.terminated ? "never: terminated first" : "never")}</dd>
      </dl>
      <VestingChart tranches={tranches} />
      <details>
        <summary>The chart as a table ({plural(tranches.length, "vest date")})</summary>
        <table className={view.table}>
          <thead>
            <tr>
              <th scope="col">Vest date</th>
              <th scope="col">Shares</th>
              <th scope="col">Cumulative</th>
            </tr>
          </thead>
          <tbody>
            {tranches.map((t) => (
              <tr key={t.date}>
                <th scope="row">{t.date}</th>
                <td>{formatAmount(t.shares)}</td>
                <td>{formatAmount(t.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export function VestingView({ gateway, today = todayIso() }: { gateway: ExcelGateway; today?: string }) {
  const view = useViewStyles();
  const [form, setForm] = useState<GrantForm>(() => initialForm(today));
  const [actionState, runAction] = useAsync<string>();
  const [pending, setPending] = useState<{ column: VestedColumn; conflict: NeedsConfirmation } | null>(null);
  const preview = previewGrant(form);
  const customProblem = scheduleProblem(form);
  const set = (field: keyof GrantForm) => (_: unknown, data: { value: string }) =>
    setForm((f) => ({ ...f, [field]: data.value }));

  const insertTable = () => {
    if (preview.kind !== "ready") return;
    void runAction(async () => {
      const written = await gateway.writeTableToNewSheet(
        toNewSheetTable(vestingSheetPlan(preview.input, preview.tranches)),
      );
      return `Inserted the vesting table and chart on sheet "${written.sheetName}" (${written.address}).`;
    });
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
    void runAction(async () => {
      const column = vestedColumnFor(await gateway.readSelection(), {
        asOf: form.asOf,
        schedule: preview.kind === "ready" ? (preview.input.schedule ?? "") : "",
        rounding: form.rounding,
      });
      return writeVestedColumn(column, false);
    });

  const unplacedProblem =
    preview.kind === "invalid" && !FIELD_ARGUMENTS.includes(preview.argument) ? preview.message : null;

  return (
    <div className={view.view} aria-busy={actionState.status === "busy"}>
      <Field label="Grant date" required {...blame(preview, "grantDate")}>
        <Input type="date" value={form.grantDate} onChange={set("grantDate")} />
      </Field>
      <Field label="Shares granted" required {...blame(preview, "shares")}>
        <Input inputMode="decimal" value={form.shares} onChange={set("shares")} />
      </Field>
      <Field label="Schedule">
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
          hint="Segments run one after another, e.g. 50% at 6 months, then 50% monthly over 24 months."
          validationState={customProblem ? "error" : "success"}
          validationMessage={customProblem ?? "The schedule reads."}
        >
          <Input value={form.customSchedule} onChange={set("customSchedule")} />
        </Field>
      )}
      <Field label="Rounding" {...blame(preview, "rounding")}>
        <Select select={{ className: view.selectControl }} value={form.rounding} onChange={set("rounding")}>
          {ROUNDING_OPTIONS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Day of month of each vest" {...blame(preview, "dayOfMonth")}>
        <Select
          select={{ className: view.selectControl }}
          value={form.dayOfMonth}
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
        <Input type="date" value={form.terminationDate} onChange={set("terminationDate")} />
      </Field>
      <Field label="As of" required {...blame(preview, "asOf")}>
        <Input type="date" value={form.asOf} onChange={set("asOf")} />
      </Field>

      {preview.kind === "incomplete" && (
        <EmptyState>Enter a grant date and shares to see the vesting.</EmptyState>
      )}
      {unplacedProblem && <ErrorState title="Cannot compute the vesting" message={unplacedProblem} />}
      {preview.kind === "ready" && <PreviewFigures preview={preview} />}

      <div className={view.actions}>
        <Button
          appearance="primary"
          disabled={preview.kind !== "ready" || actionState.status === "busy"}
          onClick={insertTable}
        >
          Insert table and chart
        </Button>
        <Button disabled={preview.kind !== "ready" || actionState.status === "busy"} onClick={addColumn}>
          Add vested-as-of column beside selected grants
        </Button>
      </div>
      <Text size={200}>
        The column uses the schedule, rounding and as-of date above; select the grant dates and shares (two
        columns, header optional) first.
      </Text>
      {actionState.status === "busy" && <BusyState label="Writing to Excel…" />}
      {actionState.status === "error" && <ErrorState title="Could not write" message={actionState.message} />}
      <StatusLine message={actionState.status === "result" ? actionState.value : ""} />

      <ConfirmDialog
        open={pending !== null}
        title="Overwrite cells?"
        confirmLabel={pending ? `Overwrite ${plural(pending.conflict.nonEmptyCount, "cell")}` : "Overwrite"}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          setPending(null);
          void runAction(() => writeVestedColumn(pending.column, true));
        }}
      >
        {pending &&
          `${plural(pending.conflict.nonEmptyCount, "cell")} in ${pending.conflict.address} ${
            pending.conflict.nonEmptyCount === 1 ? "is" : "are"
          } not empty. Overwrite ${pending.conflict.nonEmptyCount === 1 ? "it" : "them"} with the vested-as-of column?`}
      </ConfirmDialog>
    </div>
  );
}
