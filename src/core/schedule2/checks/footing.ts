// Footing: each total row equals, column by column, the sum of the rows it totals.
import type Decimal from "decimal.js";
import type { ColumnRole, FindingJson, ScheduleModel, ScheduleRowModel, SignConvention } from "../types";
import { formatAmount, formatDifference, sum } from "./amounts";
import { cellLocation, columnHeader } from "./columns";
import { makeFinding, rowTitle } from "./finding";
import { isWithinTolerance } from "./tolerance";

/** One column to foot: how to read its figure from a row, its header and where the total's figure is. */
interface FootedColumn {
  header: string;
  figure: (row: ScheduleRowModel) => Decimal;
  location: (total: ScheduleRowModel) => string;
}

/**
 * A total totals the non-total rows since the previous total of its period. A total printed right after
 * other totals is a grand total of those sub-totals. A total that foots against every row of its period so
 * far (a running grand total) is accepted too: a break is reported only when no reading makes it foot.
 */
export function checkFooting(
  model: ScheduleModel,
  convention: SignConvention,
  tolerance: Decimal,
): FindingJson[] {
  const findings: FindingJson[] = [];
  for (const periodRows of rowsByPeriod(model.rows)) {
    let sinceLastTotal: ScheduleRowModel[] = [];
    const periodSoFar: ScheduleRowModel[] = [];
    let subTotals: ScheduleRowModel[] = [];
    for (const row of periodRows) {
      if (!row.isTotal) {
        sinceLastTotal.push(row);
        periodSoFar.push(row);
        continue;
      }
      const readings =
        sinceLastTotal.length > 0
          ? subTotals.length > 0
            ? [sinceLastTotal, periodSoFar]
            : [sinceLastTotal]
          : subTotals.length > 0
            ? [subTotals, periodSoFar]
            : [];
      if (readings.length > 0) {
        const breaks = readings.map((parts) => footingBreaks(model, convention, tolerance, row, parts));
        if (breaks.every((found) => found.length > 0)) findings.push(...breaks[0]);
      }
      subTotals = sinceLastTotal.length > 0 ? [...subTotals, row] : [];
      sinceLastTotal = [];
    }
  }
  return findings;
}

function footingBreaks(
  model: ScheduleModel,
  convention: SignConvention,
  tolerance: Decimal,
  total: ScheduleRowModel,
  parts: readonly ScheduleRowModel[],
): FindingJson[] {
  const findings: FindingJson[] = [];
  for (const column of footedColumns(model, convention, total, parts)) {
    const expected = sum(parts.map(column.figure));
    const actual = column.figure(total);
    const difference = actual.minus(expected);
    if (isWithinTolerance(difference, tolerance)) continue;
    findings.push(
      makeFinding({
        check: "footing",
        severity: "error",
        period: total.period,
        account: total.account,
        column: column.header,
        expected,
        actual,
        location: column.location(total),
        message:
          `${rowTitle(total.period, total.account, true)}, ${column.header}: the ${parts.length} rows it totals` +
          ` sum to ${formatAmount(expected)}, the total shows ${formatAmount(actual)}` +
          ` (difference ${formatDifference(difference)})`,
      }),
    );
  }
  return findings;
}

/**
 * Column by column when every row has the total's shape. When continuation lines give some rows extra
 * figures, which column an extra figure belongs to is unknown, so additions and deductions foot as wholes.
 */
function footedColumns(
  model: ScheduleModel,
  convention: SignConvention,
  total: ScheduleRowModel,
  parts: readonly ScheduleRowModel[],
): FootedColumn[] {
  // Under absolute-deductions a deduction's sign is presentation: magnitudes are what add up.
  const deduction = (value: Decimal): Decimal => (convention === "absolute-deductions" ? value.abs() : value);
  const aligned = parts.every(
    (row) =>
      row.additions.length === total.additions.length && row.deductions.length === total.deductions.length,
  );
  const activity = (
    role: ColumnRole,
    count: number,
    read: (row: ScheduleRowModel) => Decimal[],
  ): FootedColumn[] =>
    aligned
      ? Array.from({ length: count }, (_, k) => ({
          header: columnHeader(model, role, k),
          figure: (row: ScheduleRowModel) => read(row)[k],
          location: (row: ScheduleRowModel) => cellLocation(row, role, k),
        }))
      : [
          {
            header: Array.from({ length: Math.max(1, count) }, (_, k) => columnHeader(model, role, k)).join(
              " + ",
            ),
            figure: (row: ScheduleRowModel) => sum(read(row)),
            location: (row: ScheduleRowModel) => cellLocation(row, role, 0),
          },
        ];
  const roleCount = (role: ColumnRole) => model.columns.filter((column) => column.role === role).length;
  const hasDeductions = parts.some((row) => row.deductions.length > 0) || total.deductions.length > 0;
  return [
    {
      header: columnHeader(model, "begin"),
      figure: (row) => row.begin,
      location: (row) => cellLocation(row, "begin"),
    },
    ...activity("addition", aligned ? total.additions.length : roleCount("addition"), (row) => row.additions),
    ...(hasDeductions
      ? activity("deduction", aligned ? total.deductions.length : roleCount("deduction"), (row) =>
          row.deductions.map(deduction),
        )
      : []),
    {
      header: columnHeader(model, "end"),
      figure: (row) => row.end,
      location: (row) => cellLocation(row, "end"),
    },
  ];
}

/** Rows grouped by period key, each group in printed order. */
function rowsByPeriod(rows: readonly ScheduleRowModel[]): ScheduleRowModel[][] {
  const groups = new Map<string, ScheduleRowModel[]>();
  for (const row of rows) {
    const group = groups.get(row.period);
    if (group) group.push(row);
    else groups.set(row.period, [row]);
  }
  return [...groups.values()];
}
