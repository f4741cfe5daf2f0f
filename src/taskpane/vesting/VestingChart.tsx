import { makeStyles, tokens } from "@fluentui/react-components";
import type { Tranche } from "../../core/vesting/types";
import { isoToSerial } from "../../core/dates";
import { formatAmount, plural } from "../shared/format";

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 8, right: 8, top: 18, bottom: 20 };

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: "none" },
  area: { fill: tokens.colorBrandBackground2 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "11px" },
});

/** Words a screen reader gives for the chart. */
export function chartDescription(tranches: Tranche[]): string {
  const first = tranches[0];
  const last = tranches[tranches.length - 1];
  return (
    `Cumulative shares vested: ${plural(tranches.length, "vest date")}, ` +
    `from ${formatAmount(first.cumulative)} on ${first.date} to ${formatAmount(last.cumulative)} on ${last.date}.`
  );
}

/** A step chart of cumulative vesting, drawn as plain SVG (no chart library). */
export function VestingChart({ tranches }: { tranches: Tranche[] }) {
  const styles = useStyles();
  if (tranches.length === 0) return null;
  const days = tranches.map((t) => isoToSerial(t.date));
  // Screen coordinates only: the figures shown as text stay exact Decimals.
  const totals = tranches.map((t) => t.cumulative.toNumber());
  const minDay = days[0];
  const span = Math.max(days[days.length - 1] - minDay, 1);
  const top = Math.max(...totals, 1);
  const x = (day: number) => PAD.left + ((day - minDay) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);

  let path = `M ${x(days[0])} ${y(0)}`;
  days.forEach((day, i) => {
    path += ` H ${x(day)} V ${y(totals[i])}`;
  });
  const baseline = y(0);
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={chartDescription(tranches)}
      focusable="false"
    >
      <path className={styles.area} d={`${path} V ${baseline} Z`} />
      <path className={styles.line} d={path} />
      <line className={styles.axis} x1={PAD.left} y1={baseline} x2={WIDTH - PAD.right} y2={baseline} />
      <line className={styles.axis} x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={baseline} />
      <text className={styles.label} x={PAD.left + 4} y={PAD.top - 6}>
        {formatAmount(tranches[tranches.length - 1].cumulative)}
      </text>
      <text className={styles.label} x={PAD.left} y={HEIGHT - 5}>
        {tranches[0].date}
      </text>
      <text className={styles.label} x={WIDTH - PAD.right} y={HEIGHT - 5} textAnchor="end">
        {tranches[tranches.length - 1].date}
      </text>
    </svg>
  );
}
