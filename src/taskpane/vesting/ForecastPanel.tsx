// "Forecast for the selected grants": reads a grant list selected on the sheet, shows the shares
// vesting per month, quarter or year across it, and offers to insert that as a new sheet (a new
// name when "Vesting forecast" is taken) with a column chart.
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import {
  FIRST_EXCEL_DATE,
  LAST_EXCEL_DATE,
  daysInMonth,
  formatIso,
  isIsoDate,
  splitIso,
} from "../../core/dates";
import { FORECAST_PERIODS, type ForecastPeriod } from "../../core/vesting/forecast";
import type { IsoDate } from "../../core/vesting/types";
import type { ExcelGateway } from "../../excel/types";
import { formatAmount, plural } from "../shared/format";
import { ProgressState } from "../shared/ProgressState";
import { toNewSheetTable } from "../shared/sheet-plan";
import { ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { useTask } from "../shared/useTask";
import { type ListDefaults, readSelectedGrants } from "./forecast-grants";
import {
  type ForecastResult,
  PERIOD_WORDS,
  computeForecast,
  forecastSheetPlan,
  periodLabel,
} from "./forecast-sheet";

/** The twelve calendar months from the one holding `today`. */
export function initialRange(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const { year, month } = splitIso(today);
  const last = year * 12 + month - 1 + 11;
  const toYear = Math.floor(last / 12);
  const toMonth = (last % 12) + 1;
  return {
    from: formatIso(year, month, 1),
    to: formatIso(toYear, toMonth, daysInMonth(toYear, toMonth)),
  };
}

function dateProblem(label: string, value: string): string | null {
  if (value === "") return `${label} is empty: enter the date.`;
  if (!isIsoDate(value)) return `${label} is not a date; pick one from the calendar or type it in full.`;
  if (value < FIRST_EXCEL_DATE) return `${label} must be on or after 1 January 1900, Excel's first date.`;
  if (value > LAST_EXCEL_DATE) return `${label} must be on or before 31 December 9999, Excel's last date.`;
  return null;
}

export function ForecastPanel({
  gateway,
  defaults,
  today,
  date,
}: {
  gateway: ExcelGateway;
  /** The schedule, rounding and day of month above, for lists without those columns. */
  defaults: ListDefaults;
  today: IsoDate;
  date: (iso: IsoDate) => string;
}) {
  const view = useViewStyles();
  const headingId = useId();
  const [range, setRange] = useState(() => initialRange(today));
  const [period, setPeriod] = useState<ForecastPeriod>("month");
  const forecast = useTask<ForecastResult>();
  const insert = useTask<string>();
  const fromProblem = dateProblem("Forecast from", range.from);
  const toProblem =
    dateProblem("Forecast to", range.to) ??
    (fromProblem === null && range.to < range.from ? "Forecast to is before Forecast from." : null);
  const busy = forecast.state.status === "busy" || insert.state.status === "busy";
  const result = forecast.state.status === "result" ? forecast.state.value : null;

  const run = () =>
    void forecast.start(
      { label: "Reading the selected grants" },
      async (work) => {
        insert.reset();
        const selection = await gateway.readSelection();
        const selected = await readSelectedGrants(selection, defaults, (p) => work.step(p));
        await work.step({ label: `Forecasting ${plural(selected.grants.length, "grant")}` });
        return computeForecast(selected, { from: range.from, to: range.to, period }, defaults);
      },
      "Cancelled: nothing was forecast.",
    );

  const insertSheet = (forecasted: ForecastResult) =>
    void insert.start(
      { label: "Writing the forecast and its chart" },
      async () => {
        const written = await gateway.writeTableToNewSheet(toNewSheetTable(forecastSheetPlan(forecasted)));
        return `Inserted the forecast and its column chart on sheet "${written.sheetName}" (${written.address}).`;
      },
      "Cancelled before anything was written.",
    );

  const status =
    insert.state.status === "result"
      ? insert.state.value
      : insert.state.status === "cancelled"
        ? insert.state.message
        : forecast.state.status === "cancelled"
          ? forecast.state.message
          : result
            ? summarySentence(result, date)
            : "";

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        Forecast for the selected grants
      </h2>
      <Text size={200}>
        Select a grant list with its header row (Grant date and Shares; Holder, Schedule, Rounding, Day of
        month, Vesting start and Termination if it has them). Without a Schedule column every grant uses the
        schedule above.
      </Text>
      <div className={view.filters}>
        <DateField
          label="Forecast from"
          problem={fromProblem}
          value={range.from}
          onChange={(from) => setRange((r) => ({ ...r, from }))}
        />
        <DateField
          label="Forecast to"
          problem={toProblem}
          value={range.to}
          onChange={(to) => setRange((r) => ({ ...r, to }))}
        />
      </div>
      <Field label="Period">
        <Select
          select={{ className: view.selectControl }}
          value={period}
          onChange={(_, d) => setPeriod(d.value as ForecastPeriod)}
        >
          {FORECAST_PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_WORDS[p].label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={view.actions}>
        <Button disabled={busy || fromProblem !== null || toProblem !== null} onClick={run}>
          Forecast for the selected grants
        </Button>
        {result && (
          <Button appearance="primary" disabled={busy} onClick={() => insertSheet(result)}>
            Insert forecast as a new sheet
          </Button>
        )}
      </div>
      {forecast.state.status === "busy" && (
        <ProgressState progress={forecast.state.progress} onCancel={forecast.cancel} />
      )}
      {insert.state.status === "busy" && (
        <ProgressState progress={insert.state.progress} onCancel={insert.cancel} />
      )}
      {forecast.state.status === "error" && (
        <ErrorState title="Cannot forecast the selection" message={forecast.state.message} />
      )}
      {insert.state.status === "error" && (
        <ErrorState title="Could not write the forecast" message={insert.state.message} />
      )}
      {result && <ForecastTable result={result} date={date} />}
      <StatusLine message={status} />
    </section>
  );
}

/** `3 grants from Grants!A1:B4: 1,240 shares vest monthly from 01/01/2004 to 31/12/2004; 2,100 vested by its end.` */
function summarySentence(result: ForecastResult, date: (iso: IsoDate) => string): string {
  const last = result.rows[result.rows.length - 1];
  const vesting = last ? last.cumulative.minus(result.vestedBefore) : 0;
  return (
    `${plural(result.grantCount, "grant")} from ${result.address}: ${formatAmount(vesting)} shares vest ` +
    `from ${date(result.from)} to ${date(result.to)}; ${formatAmount(last ? last.cumulative : 0)} vested by ${date(result.to)}.`
  );
}

function ForecastTable({ result, date }: { result: ForecastResult; date: (iso: IsoDate) => string }) {
  const view = useViewStyles();
  return (
    <div className={view.section}>
      <h3 className={view.subheading}>
        {PERIOD_WORDS[result.period].label} by {result.period}: {plural(result.grantCount, "grant")} from{" "}
        {result.address}
      </h3>
      <Text size={200}>
        Vested before {date(result.from)}: {formatAmount(result.vestedBefore)}. Schedule:{" "}
        {result.scheduleWords}. Rounding: {result.roundingWords}.
      </Text>
      <div className={view.tableScroll} tabIndex={0} role="region" aria-label="Forecast table">
        <table className={view.table}>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Shares vesting</th>
              <th scope="col">Cumulative vested</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.start}>
                <th scope="row">{periodLabel(r.start, result.period)}</th>
                <td>{formatAmount(r.shares)}</td>
                <td>{formatAmount(r.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A required date input inside the dates Excel can hold, with its problem shown under it. */
function DateField(props: {
  label: string;
  problem: string | null | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field
      label={props.label}
      required
      validationState={props.problem ? "error" : "none"}
      validationMessage={props.problem ?? undefined}
    >
      <Input
        type="date"
        min="1900-01-01"
        max="9999-12-31"
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}
