import { makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import type { IsoDate, Tranche } from "../../core/vesting/types";
import { isoToSerial } from "../../core/dates";
import { formatAmount, plural } from "../shared/format";

const WIDTH = 320;
const HEIGHT = 180;
const PAD = { left: 44, right: 10, top: 22, bottom: 30 };
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: "none" },
  area: { fill: tokens.colorBrandBackground2 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  asOf: { stroke: tokens.colorPaletteDarkOrangeBorderActive, strokeWidth: 1.5, strokeDasharray: "4 3" },
  asOfLabel: {
    fill: tokens.colorNeutralForeground1,
    fontSize: "10px",
    fontWeight: tokens.fontWeightSemibold,
  },
  asOfDot: { fill: tokens.colorPaletteDarkOrangeBorderActive },
});

export interface ChartProps {
  tranches: Tranche[];
  /** Shares granted: the top of the y axis. */
  granted: Decimal;
  /** Where the time axis starts, so the wait before the first vest (a cliff) shows. */
  grantDate: IsoDate;
  asOf: IsoDate;
  vestedAsOf: Decimal;
  formatDate: (iso: IsoDate) => string;
}

/** Words a screen reader gives for the chart. */
export function chartDescription({ tranches, grantDate, asOf, vestedAsOf, formatDate }: ChartProps): string {
  const first = tranches[0];
  const last = tranches[tranches.length - 1];
  return (
    `Cumulative shares vested from the grant on ${formatDate(grantDate)}: nothing until ${formatDate(first.date)}, ` +
    `then ${formatAmount(first.cumulative)}; ${plural(tranches.length, "vest date")} in all, ` +
    `reaching ${formatAmount(last.cumulative)} on ${formatDate(last.date)}. ` +
    `As of ${formatDate(asOf)}: ${formatAmount(vestedAsOf)} vested.`
  );
}

/** A step chart of cumulative vesting from the grant date, drawn as plain SVG (no chart library). */
export function VestingChart(props: ChartProps) {
  const { tranches, granted, grantDate, asOf, vestedAsOf, formatDate } = props;
  const styles = useStyles();
  if (tranches.length === 0) return null;
  // Screen coordinates only: the figures shown as text stay exact Decimals.
  const days = tranches.map((t) => isoToSerial(t.date));
  const totals = tranches.map((t) => t.cumulative.toNumber());
  const start = Math.min(isoToSerial(grantDate), days[0]);
  const end = Math.max(days[days.length - 1], start + 1);
  const asOfDay = isoToSerial(asOf);
  const top = Math.max(granted.toNumber(), ...totals, 1);
  const plotRight = WIDTH - PAD.right;
  const baseline = HEIGHT - PAD.bottom;
  const x = (day: number) => PAD.left + ((day - start) / (end - start)) * (plotRight - PAD.left);
  const y = (value: number) => baseline - (value / top) * (baseline - PAD.top);

  let path = `M ${x(start)} ${y(0)}`;
  days.forEach((day, i) => {
    path += ` H ${x(day)} V ${y(totals[i])}`;
  });
  const showAsOf = asOfDay >= start && asOfDay <= end;
  const asOfX = x(Math.min(Math.max(asOfDay, start), end));
  // The as-of label sits on whichever side of the marker has room.
  const labelOnLeft = asOfX > (PAD.left + plotRight) / 2;

  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={chartDescription(props)}
      focusable="false"
    >
      {Y_TICKS.map((fraction) => {
        const value = granted.times(fraction);
        return (
          <g key={fraction}>
            {fraction > 0 && (
              <line
                className={styles.grid}
                x1={PAD.left}
                x2={plotRight}
                y1={y(value.toNumber())}
                y2={y(value.toNumber())}
              />
            )}
            <text className={styles.label} x={PAD.left - 4} y={y(value.toNumber()) + 3} textAnchor="end">
              {formatAmount(value.toDecimalPlaces(0, Decimal.ROUND_DOWN))}
            </text>
          </g>
        );
      })}
      <path className={styles.area} d={`${path} V ${baseline} Z`} />
      <path className={styles.line} d={path} />
      <line className={styles.axis} x1={PAD.left} y1={baseline} x2={plotRight} y2={baseline} />
      <line className={styles.axis} x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={baseline} />
      <text className={styles.label} x={PAD.left} y={HEIGHT - 16}>
        {formatDate(grantDate)}
      </text>
      <text className={styles.label} x={PAD.left} y={HEIGHT - 5}>
        grant
      </text>
      <text className={styles.label} x={plotRight} y={HEIGHT - 16} textAnchor="end">
        {formatDate(tranches[tranches.length - 1].date)}
      </text>
      <text className={styles.label} x={plotRight} y={HEIGHT - 5} textAnchor="end">
        last vest
      </text>
      {showAsOf && (
        <g>
          <line className={styles.asOf} x1={asOfX} x2={asOfX} y1={PAD.top - 4} y2={baseline} />
          <circle className={styles.asOfDot} cx={asOfX} cy={y(vestedAsOf.toNumber())} r={3} />
          <text
            className={styles.asOfLabel}
            x={labelOnLeft ? asOfX - 4 : asOfX + 4}
            y={PAD.top - 8}
            textAnchor={labelOnLeft ? "end" : "start"}
          >
            As of {formatDate(asOf)}: {formatAmount(vestedAsOf)}
          </text>
        </g>
      )}
    </svg>
  );
}
