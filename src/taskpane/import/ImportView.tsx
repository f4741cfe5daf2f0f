import { Button, Field, Text, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { formatPrinted } from "../../core/schedule2/checks/amounts";
import { checkSchedule } from "../../core/schedule2/report";
import type { ScheduleModel } from "../../core/schedule2/types";
import { scheduleSheetPlan } from "../../core/workbook";
import type { ExcelGateway } from "../../excel/types";
import { plural } from "../shared/format";
import { BusyState, EmptyState, ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { toNewSheetTable } from "../shared/sheet-plan";
import { useAsync } from "../shared/useAsync";
import { previewOf } from "./preview";
import { readPasted } from "./read-pasted";

const useStyles = makeStyles({
  legend: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    "& > div": { display: "flex", columnGap: tokens.spacingHorizontalS },
    "& dt": { fontWeight: tokens.fontWeightSemibold, minWidth: "3.5em" },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  period: { fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS },
  total: { "& th, & td": { fontWeight: tokens.fontWeightSemibold } },
});

function SchedulePreviewSection({
  model,
  headingId,
  onInsert,
  inserting,
}: {
  model: ScheduleModel;
  headingId: string;
  onInsert: () => void;
  inserting: boolean;
}) {
  const view = useViewStyles();
  const styles = useStyles();
  const preview = previewOf(model);
  // The same checks Check runs, so the preview shows the breaks the inserted sheet will show.
  const breaks = checkSchedule(model).findings.filter((f) => f.severity === "error");
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {model.title || "Schedule II"}
        {model.units ? ` (${model.units})` : ""}
      </h2>
      <Text className={view.wrap}>
        Read {plural(preview.periods.length, "period")} ({preview.periods.map((p) => p.period).join(", ")}),{" "}
        {plural(preview.accounts.length, "account")}, {plural(preview.columns.length, "column")} and{" "}
        {plural(preview.rowCount, "row")}.
      </Text>
      <dl className={styles.legend}>
        {preview.columns.map((column) => (
          <div key={column.short}>
            <dt>{column.short}</dt>
            <dd>{column.header}</dd>
          </div>
        ))}
      </dl>
      <div
        className={view.tableScroll}
        role="region"
        aria-label={`Rows read from ${model.title || "the schedule"}`}
        tabIndex={0}
      >
        <table className={view.table}>
          <thead>
            <tr>
              <th scope="col">Account</th>
              {preview.columns.map((column) => (
                <th scope="col" key={column.short} title={column.header}>
                  {column.short}
                </th>
              ))}
            </tr>
          </thead>
          {preview.periods.map(({ period, rows }) => (
            <tbody key={period}>
              <tr>
                <th scope="colgroup" colSpan={preview.columns.length + 1} className={styles.period}>
                  {period}
                </th>
              </tr>
              {rows.map((row, r) => (
                <tr key={r} className={row.isTotal ? styles.total : undefined}>
                  <th scope="row">{row.account}</th>
                  {row.values.map((value, c) => (
                    <td key={c}>{value === null ? "" : formatPrinted(value)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <h3 className={view.subheading}>Checks</h3>
      {breaks.length === 0 ? (
        <Text className={view.ok}>✓ Ties: every row rolls forward, totals foot and periods chain.</Text>
      ) : (
        <ul className={view.list} aria-label="Breaks">
          {breaks.map((finding, i) => (
            <li key={i} className={view.wrap}>
              <span aria-hidden="true">✗ </span>
              {finding.message}
            </li>
          ))}
        </ul>
      )}
      <h3 className={view.subheading}>Not read</h3>
      {model.parseNotes.length === 0 ? (
        <Text className={view.ok}>✓ Every line that looked like data was read.</Text>
      ) : (
        <ul className={view.list}>
          {model.parseNotes.map((note, i) => (
            <li key={i} className={view.wrap}>
              <span aria-hidden="true" className={view.warning}>
                ⚠{" "}
              </span>
              {note.location}: {note.message}
            </li>
          ))}
        </ul>
      )}
      <div className={view.actions}>
        <Button appearance="primary" onClick={onInsert} disabled={inserting}>
          Insert as new sheet
        </Button>
      </div>
    </section>
  );
}

export function ImportView({ gateway }: { gateway: ExcelGateway }) {
  const view = useViewStyles();
  const idPrefix = useId("import");
  const [pasted, setPasted] = useState("");
  const [previewState, runPreview] = useAsync<ScheduleModel[]>();
  const [insertState, runInsert, resetInsert] = useAsync<string>();

  const preview = () => {
    resetInsert();
    // The reader is a pure string tokenizer: pasted HTML is never handed to the DOM. A large paste
    // is read in a worker, off the UI thread.
    void runPreview(async () => {
      const models = await readPasted(pasted);
      if (models.length === 0) {
        throw new Error(
          "No Schedule II table was found in the pasted text. Paste the whole table, header included.",
        );
      }
      return models;
    });
  };

  const insert = (model: ScheduleModel) =>
    void runInsert(async () => {
      const written = await gateway.writeTableToNewSheet(toNewSheetTable(scheduleSheetPlan(model)));
      return `Inserted the schedule as sheet "${written.sheetName}" (${written.address}).`;
    });

  const status =
    insertState.status === "result"
      ? insertState.value
      : previewState.status === "result"
        ? `Read ${plural(previewState.value.length, "schedule")}.`
        : "";

  return (
    <div className={view.view} aria-busy={previewState.status === "busy" || insertState.status === "busy"}>
      <Field
        label="Paste a Schedule II (EDGAR text or HTML)"
        hint="Copy the table from the filing, header included. Nothing pasted is run or shown as HTML."
      >
        <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} rows={8} resize="vertical" />
      </Field>
      <div className={view.actions}>
        <Button
          appearance="primary"
          onClick={preview}
          disabled={pasted.trim() === "" || previewState.status === "busy"}
        >
          Preview
        </Button>
      </div>
      {previewState.status === "idle" && (
        <EmptyState>Paste a schedule, then preview what Tieout reads.</EmptyState>
      )}
      {previewState.status === "busy" && <BusyState label="Reading…" />}
      {previewState.status === "error" && (
        <ErrorState title="Could not read it" message={previewState.message} />
      )}
      {previewState.status === "result" &&
        previewState.value.map((model, i) => (
          <SchedulePreviewSection
            key={i}
            model={model}
            headingId={`${idPrefix}-s${i}`}
            onInsert={() => insert(model)}
            inserting={insertState.status === "busy"}
          />
        ))}
      {insertState.status === "busy" && <BusyState label="Inserting the sheet…" />}
      {insertState.status === "error" && (
        <ErrorState title="Could not insert" message={insertState.message} />
      )}
      <StatusLine message={status} />
    </div>
  );
}
