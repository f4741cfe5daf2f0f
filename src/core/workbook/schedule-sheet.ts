// A parsed Schedule II as a worksheet whose checks are native Excel formulas, so the tie-out
// survives in a workbook opened by someone without the add-in.
import type Decimal from "decimal.js";
import { accountKey } from "../schedule2/checks/accountKey";
import { columnHeader } from "../schedule2/checks/columns";
import type { ScheduleModel, ScheduleRowModel, SignConvention } from "../schedule2/types";
import { absoluteRef, cellRef } from "./a1";
import { formula, type PlanCell, type PlanFormula, type SheetPlan } from "./types";

// Title, units, convention and tolerance above the table; the check formulas read the tolerance cell.
// Row 4 names each figure column's role above the header (the begin and end headers as printed), so
// Check reads the sheet back as the schedule it came from (src/core/schedule2/grid/imported.ts).
const TITLE_ROW = 0;
const TOLERANCE_ROW = 3;
const ROLE_ROW = 4;
const HEADER_ROW = 5;
const FIRST_DATA_ROW = HEADER_ROW + 1;

const PERIOD_COL = 0;
const ACCOUNT_COL = 1;
const BEGIN_COL = 2;
const TOLERANCE_CELL = absoluteRef(TOLERANCE_ROW, 1);

/** The names the sheet's reader looks for: keep them in step with `scheduleSheetPlan`. */
export const IMPORT_SHEET = {
  roleRow: ROLE_ROW - HEADER_ROW,
  period: "Period",
  account: "Account",
  begin: "Begin",
  end: "End",
  computedEnd: "Computed end",
  rollforwardDiff: "Roll-forward diff",
  additions: "Additions",
  deductions: "Deductions",
  periodKey: "Period key",
  rowKind: "Row kind",
  total: "total",
  accountRow: "account",
  unitsPrefix: "Units: ",
  unitsAsPrinted: "Units: as printed",
  /** Column A of a row below the table that carries one of the reader's parse warnings. */
  parseWarning: "Parse warning",
} as const;

export const CONVENTION_TEXT: Record<SignConvention, string> = {
  "deductions-subtracted": "Deductions printed positive and subtracted: end = begin + additions − deductions",
  "all-added": "Every activity column signed as printed and added: end = begin + additions + deductions",
  "absolute-deductions":
    "Parentheses on deductions are presentation only: end = begin + additions − |deductions|",
};

/** Where each kind of column sits, for a schedule with `additions` and `deductions` columns. */
interface Layout {
  additions: number[];
  deductions: number[];
  end: number;
  computedEnd: number;
  rollforwardDiff: number;
  /** One footing-difference column per value column (begin, additions, deductions, end). */
  footing: number[];
  continuity: number;
  check: number;
  source: number;
  periodKey: number;
  rowKind: number;
}

function layoutFor(additions: number, deductions: number): Layout {
  const range = (start: number, count: number) => Array.from({ length: count }, (_, i) => start + i);
  const addCols = range(BEGIN_COL + 1, additions);
  const dedCols = range(BEGIN_COL + 1 + additions, deductions);
  const end = BEGIN_COL + 1 + additions + deductions;
  const valueCount = additions + deductions + 2;
  const footingStart = end + 3;
  return {
    additions: addCols,
    deductions: dedCols,
    end,
    computedEnd: end + 1,
    rollforwardDiff: end + 2,
    footing: range(footingStart, valueCount),
    continuity: footingStart + valueCount,
    check: footingStart + valueCount + 1,
    source: footingStart + valueCount + 2,
    periodKey: footingStart + valueCount + 3,
    rowKind: footingStart + valueCount + 4,
  };
}

function valueColumns(layout: Layout): number[] {
  return [BEGIN_COL, ...layout.additions, ...layout.deductions, layout.end];
}

function decimalPlaces(model: ScheduleModel): number {
  let places = 0;
  for (const row of model.rows) {
    for (const value of [row.begin, ...row.additions, ...row.deductions, row.end]) {
      places = Math.max(places, value.decimalPlaces());
    }
  }
  return places;
}

/** Excel accounting format: thousands separators, negatives in parentheses, zero as a dash. */
export function accountingFormat(places: number): string {
  const number = places > 0 ? `#,##0.${"0".repeat(places)}` : "#,##0";
  return `${number}_);(${number});"–"_)`;
}

function continuityKey(row: ScheduleRowModel): string {
  return `${row.period}\u0000${row.isTotal ? "total:" : "account:"}${accountKey(row.account)}`;
}

/**
 * Periods in chronological order by fiscal year, whichever way the table lists them, as the
 * continuity check orders them: a period without a year, or a year shared by two differently
 * labelled periods (a stub beside a full year), is left out.
 */
function chronologicalPeriods(rows: ScheduleRowModel[]): string[] {
  const labels = new Map<string, Set<string>>();
  for (const row of rows)
    labels.set(row.period, (labels.get(row.period) ?? new Set()).add(row.periodLabel.trim()));
  return [...labels.entries()]
    .filter(([period, periodLabels]) => /^\d{4}$/.test(period) && periodLabels.size === 1)
    .map(([period]) => period)
    .sort((a, b) => Number(a) - Number(b));
}

/**
 * For each row index, the same account's row in the previous period. An account printed a
 * different number of times in the two periods cannot be paired safely and gets none.
 */
function previousPeriodRows(rows: ScheduleRowModel[]): (number | null)[] {
  const periods = chronologicalPeriods(rows);
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => groups.set(continuityKey(row), [...(groups.get(continuityKey(row)) ?? []), i]));
  return rows.map((row, i) => {
    const position = periods.indexOf(row.period);
    if (position < 1) return null;
    const earlier = groups.get(continuityKey({ ...row, period: periods[position - 1] })) ?? [];
    const later = groups.get(continuityKey(row)) ?? [];
    return earlier.length === later.length ? earlier[later.indexOf(i)] : null;
  });
}

/**
 * For each total row, the rows it totals, as the footing check reads them: the period's account
 * rows since its last total, or, for a total printed right after other totals, those sub-totals.
 */
function totalledRows(rows: ScheduleRowModel[]): Map<number, number[]> {
  const totalled = new Map<number, number[]>();
  const sinceLastTotal = new Map<string, number[]>();
  const subTotals = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const open = sinceLastTotal.get(row.period) ?? [];
    if (!row.isTotal) {
      sinceLastTotal.set(row.period, [...open, i]);
      return;
    }
    const subs = subTotals.get(row.period) ?? [];
    const parts = open.length > 0 ? open : subs;
    if (parts.length > 0) totalled.set(i, parts);
    subTotals.set(row.period, open.length > 0 ? [...subs, i] : []);
    sinceLastTotal.set(row.period, []);
  });
  return totalled;
}

/** `SUM(C6:C8)` for contiguous sheet rows, `SUM(C6:C7,C9)` otherwise. */
function sumOf(sheetRows: number[], col: number): string {
  const parts: string[] = [];
  let start = sheetRows[0];
  for (let i = 1; i <= sheetRows.length; i++) {
    if (sheetRows[i] !== sheetRows[i - 1] + 1) {
      const last = sheetRows[i - 1];
      parts.push(start === last ? cellRef(start, col) : `${cellRef(start, col)}:${cellRef(last, col)}`);
      start = sheetRows[i];
    }
  }
  return `SUM(${parts.join(",")})`;
}

function computedEndFormula(r: number, layout: Layout, convention: SignConvention): PlanFormula {
  const terms = [cellRef(r, BEGIN_COL), ...layout.additions.map((c) => `+${cellRef(r, c)}`)];
  for (const c of layout.deductions) {
    const ref = cellRef(r, c);
    if (convention === "all-added") terms.push(`+${ref}`);
    else if (convention === "absolute-deductions") terms.push(`-ABS(${ref})`);
    else terms.push(`-${ref}`);
  }
  return formula(terms.join(""));
}

/** A figure the row has; an empty cell where it has none (the computed end reads it as 0). */
const figure = (value: Decimal | undefined): number | null => (value ? value.toNumber() : null);

/** The schedule as a worksheet: values as numbers, and roll-forward, footing and continuity as formulas. */
export function scheduleSheetPlan(model: ScheduleModel): SheetPlan {
  const additionCount = Math.max(
    model.columns.filter((c) => c.role === "addition").length,
    ...model.rows.map((r) => r.additions.length),
  );
  const deductionCount = Math.max(
    model.columns.filter((c) => c.role === "deduction").length,
    ...model.rows.map((r) => r.deductions.length),
  );
  const layout = layoutFor(additionCount, deductionCount);
  const places = decimalPlaces(model);
  // Values carry at most `places` decimals, so rounding a difference there removes only float noise.
  const rounded = (expression: string) => formula(`ROUND(${expression},${places})`);

  // Headers as the checks name the columns in their findings: as printed, or the checks' plain names.
  const headers = (role: "addition" | "deduction", count: number) =>
    Array.from({ length: count }, (_, k) => columnHeader(model, role, k));
  const addHeaders = headers("addition", additionCount);
  const dedHeaders = headers("deduction", deductionCount);
  const valueHeaders = [IMPORT_SHEET.begin, ...addHeaders, ...dedHeaders, IMPORT_SHEET.end];
  const header: PlanCell[] = [
    IMPORT_SHEET.period,
    IMPORT_SHEET.account,
    ...valueHeaders,
    IMPORT_SHEET.computedEnd,
    IMPORT_SHEET.rollforwardDiff,
    ...valueHeaders.map((h) => `Footing diff: ${h}`),
    "Continuity diff",
    "Check",
    "Source",
    IMPORT_SHEET.periodKey,
    IMPORT_SHEET.rowKind,
  ];
  const roles: PlanCell[] = [
    null,
    null,
    columnHeader(model, "begin"),
    ...addHeaders.map(() => IMPORT_SHEET.additions),
    ...dedHeaders.map(() => IMPORT_SHEET.deductions),
    columnHeader(model, "end"),
  ];

  const rows: PlanCell[][] = [
    [model.title || "Schedule II"],
    [model.units.trim() ? `${IMPORT_SHEET.unitsPrefix}${model.units.trim()}` : IMPORT_SHEET.unitsAsPrinted],
    [CONVENTION_TEXT[model.signConvention]],
    ["Tolerance", 0],
    roles,
    header,
  ];
  const sheetRow = (modelIndex: number) => FIRST_DATA_ROW + modelIndex;
  const previous = previousPeriodRows(model.rows);
  const totalled = totalledRows(model.rows);
  const values = valueColumns(layout);

  model.rows.forEach((row, i) => {
    const r = sheetRow(i);
    const cells: PlanCell[] = new Array(layout.rowKind + 1).fill(null);
    cells[PERIOD_COL] = row.periodLabel || row.period;
    cells[ACCOUNT_COL] = row.account;
    cells[BEGIN_COL] = row.begin.toNumber();
    layout.additions.forEach((c, k) => (cells[c] = figure(row.additions[k])));
    layout.deductions.forEach((c, k) => (cells[c] = figure(row.deductions[k])));
    cells[layout.end] = row.end.toNumber();
    cells[layout.computedEnd] = computedEndFormula(r, layout, model.signConvention);
    cells[layout.rollforwardDiff] = rounded(`${cellRef(r, layout.end)}-${cellRef(r, layout.computedEnd)}`);
    const diffCells = [cellRef(r, layout.rollforwardDiff)];

    const members = totalled.get(i);
    if (members) {
      const memberRows = members.map(sheetRow);
      values.forEach((valueCol, k) => {
        const col = layout.footing[k];
        cells[col] = rounded(`${cellRef(r, valueCol)}-${sumOf(memberRows, valueCol)}`);
        diffCells.push(cellRef(r, col));
      });
    }
    const before = previous[i];
    if (before !== null) {
      cells[layout.continuity] = rounded(`${cellRef(r, BEGIN_COL)}-${cellRef(sheetRow(before), layout.end)}`);
      diffCells.push(cellRef(r, layout.continuity));
    }
    const ties = diffCells.map((ref) => `ABS(${ref})<=${TOLERANCE_CELL}`).join(",");
    cells[layout.check] = formula(`IF(AND(${ties}),"✓","✗")`);
    cells[layout.source] = row.location;
    cells[layout.periodKey] = row.period;
    cells[layout.rowKind] = row.isTotal ? IMPORT_SHEET.total : IMPORT_SHEET.accountRow;
    rows.push(cells);
  });

  // The reader's parse warnings (rows it could not read, figures it could not place) travel with
  // the figures, below the table: location in column B, message in column C. Check reads them back.
  if (model.parseNotes.length > 0) {
    rows.push([]);
    for (const note of model.parseNotes) rows.push([IMPORT_SHEET.parseWarning, note.location, note.message]);
  }

  const money = accountingFormat(places);
  const columnFormats: (string | null)[] = new Array(layout.rowKind + 1).fill(null);
  for (const col of [
    ...values,
    layout.computedEnd,
    layout.rollforwardDiff,
    ...layout.footing,
    layout.continuity,
  ]) {
    columnFormats[col] = money;
  }
  const columnWidths = header.map((h, col) =>
    col === PERIOD_COL || col === ACCOUNT_COL
      ? Math.min(
          50,
          Math.max(
            10,
            ...model.rows.map((r) => (col === PERIOD_COL ? r.periodLabel || r.period : r.account).length),
          ),
        )
      : Math.min(30, Math.max(8, String(h).length + 2)),
  );

  return {
    name: "Schedule II",
    rows,
    columnFormats,
    boldRows: [TITLE_ROW, HEADER_ROW, ...model.rows.flatMap((row, i) => (row.isTotal ? [sheetRow(i)] : []))],
    headerRow: HEADER_ROW,
    columnWidths,
  };
}
