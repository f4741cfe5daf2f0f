// A vesting table as a worksheet: the grant's inputs on top, then one row per tranche whose
// running totals are formulas over the shares column, so an edited tranche recomputes in Excel.
import Decimal from "decimal.js";
import { isoToSerial } from "../dates";
import type { GrantInput, Tranche } from "../vesting/types";
import { absoluteRef, cellRef } from "./a1";
import { formula, type PlanCell, type SheetPlan } from "./types";

export const DATE_FORMAT = "yyyy-mm-dd";
const WHOLE_SHARES = "#,##0";
const FRACTIONAL_SHARES = "#,##0.####";
const PERCENT = "0.00%";

const DATE_COL = 0;
const SHARES_COL = 1;
const CUMULATIVE_COL = 2;
const UNVESTED_COL = 3;
const PERCENT_COL = 4;

/** The vesting table with its inputs above it; dates are Excel serials (1900 system) with a date format. */
export function vestingSheetPlan(input: GrantInput, tranches: Tranche[]): SheetPlan {
  const granted = new Decimal(input.shares);
  const fractional = !granted.isInteger() || tranches.some((t) => !t.shares.isInteger());
  const sharesFormat = fractional ? FRACTIONAL_SHARES : WHOLE_SHARES;

  const inputs: { label: string; value: PlanCell; format?: string }[] = [
    { label: "Grant date", value: isoToSerial(input.grantDate), format: DATE_FORMAT },
    { label: "Shares granted", value: granted.toNumber(), format: sharesFormat },
    { label: "Schedule", value: input.schedule || "reference grant (default)" },
    { label: "Rounding", value: input.rounding || "cumulative-round-down" },
  ];
  if (input.dayOfMonth !== undefined && input.dayOfMonth !== null) {
    inputs.push({ label: "Day of month", value: String(input.dayOfMonth) });
  }
  if (input.vestingStart) {
    inputs.push({ label: "Vesting start", value: isoToSerial(input.vestingStart), format: DATE_FORMAT });
  }
  if (input.terminationDate) {
    inputs.push({ label: "Termination", value: isoToSerial(input.terminationDate), format: DATE_FORMAT });
  }

  const grantShares = absoluteRef(1, 1);
  const headerRow = inputs.length + 1;
  const firstDataRow = headerRow + 1;
  const rows: PlanCell[][] = [
    ...inputs.map((i) => [i.label, i.value]),
    [],
    ["Vest date", "Shares vesting", "Cumulative vested", "Unvested", "Percent vested"],
  ];
  tranches.forEach((tranche, k) => {
    const r = firstDataRow + k;
    const shares = cellRef(r, SHARES_COL);
    rows.push([
      isoToSerial(tranche.date),
      tranche.shares.toNumber(),
      formula(k === 0 ? shares : `${cellRef(r - 1, CUMULATIVE_COL)}+${shares}`),
      formula(`${grantShares}-${cellRef(r, CUMULATIVE_COL)}`),
      formula(`${cellRef(r, CUMULATIVE_COL)}/${grantShares}`),
    ]);
  });

  const columnFormats: (string | null)[] = [];
  columnFormats[DATE_COL] = DATE_FORMAT;
  columnFormats[SHARES_COL] = sharesFormat;
  columnFormats[CUMULATIVE_COL] = sharesFormat;
  columnFormats[UNVESTED_COL] = sharesFormat;
  columnFormats[PERCENT_COL] = PERCENT;
  const lastRow = firstDataRow + tranches.length - 1;

  return {
    name: "Vesting",
    rows,
    columnFormats,
    cellFormats: inputs.flatMap((i, row) => (i.format ? [{ row, col: 1, format: i.format }] : [])),
    boldRows: [headerRow],
    headerRow,
    dateColumns: [DATE_COL],
    columnWidths: [16, 16, 18, 14, 15],
    ...(tranches.length > 0 && {
      chart: {
        type: "line" as const,
        title: "Cumulative shares vested",
        categoryColumn: DATE_COL,
        seriesColumns: [CUMULATIVE_COL],
        firstRow: firstDataRow,
        lastRow,
      },
    }),
  };
}
