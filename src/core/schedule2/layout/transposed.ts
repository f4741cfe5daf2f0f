// Schedules printed with the periods across and the items down:
//                               2003     2002
//   Balance at beginning        1,466      405
//   Charged to expense            878    1,680
//   Deductions                   (431)    (668)
//   Balance at end              1,913    1,466
// Each period column becomes one row per account block (a heading line starts a new block).
import type { ColumnInfo, ColumnRole, ScheduleModel, ScheduleRowModel } from "../types";
import { cleanLabel, isTitleLine, isUnitsCaption } from "./labels";
import { cleanPeriodLabel, isPeriodLabel, periodKey } from "./periods";
import { headingsNameBalances, namesBeginBalance, namesEndBalance } from "./balances";
import { middleRoles } from "./roles";
import { buildRow, locationOf, rowText, type ClassifiedRow, type ValueCell } from "./rows";
import { layoutAccountsAcross } from "./accountsAcross";

interface PlacedColumns {
  headers: string[];
  labelHeading: string;
  place(row: ClassifiedRow): ValueCell[][] | string;
}

interface Item {
  label: string;
  placed: ValueCell[][];
  location: string;
}

const isPeriod = (text: string): boolean => text !== "" && isPeriodLabel(text);

/**
 * The periods over the value columns: the column headings when each is a period, else a line
 * above the first figures holding one period per column ("2019 2018 2017", perhaps after a
 * "Years Ended December 31," cell), which is then a heading line, not an account's.
 */
function periodHeadings(
  rows: ClassifiedRow[],
  headers: string[],
): { periods: string[]; row: ClassifiedRow | null } | null {
  if (headers.length < 1) return null;
  if (headers.every(isPeriod)) return { periods: headers, row: null };
  // Lines above the first balance (a line of years reads as figures, so "first figures" will not do).
  const firstBalance = rows.findIndex((row) => row.label !== null && namesBeginBalance(row.label.text));
  for (const row of rows.slice(0, Math.max(firstBalance, 0))) {
    const texts = row.cells.map((cell) => cell.text.trim()).filter((text) => text !== "");
    const years = texts.slice(texts.length - headers.length);
    const lead = texts.slice(0, texts.length - headers.length);
    if (years.length === headers.length && years.every(isPeriod) && lead.every((text) => !isPeriod(text)))
      return { periods: years, row };
  }
  return null;
}

type Transposed = { columns: ColumnInfo[]; rows: ScheduleRowModel[]; notes: ScheduleModel["parseNotes"] };

/**
 * Null unless the table is printed transposed: every value column headed by a period with row labels
 * naming the opening and closing balances, or accounts across with dated balance lines down the side
 * (see ./accountsAcross; never when the column headings themselves name the balances).
 */
export function layoutTransposed(
  rows: ClassifiedRow[],
  headerRows: ClassifiedRow[],
  columns: PlacedColumns,
  contextAccount: string | null,
  context = "",
): Transposed | null {
  const headed = periodHeadings(rows, columns.headers);
  if (!headed) {
    if (headingsNameBalances(columns.headers, headerRows.map(rowText).join(" "))) return null;
    return layoutAccountsAcross(rows, columns, context, contextAccount);
  }
  const periods = headed.periods;
  const body = rows.filter((row) => !headerRows.includes(row) && row !== headed.row);
  const labels = body.filter((row) => row.values.length > 0).map((row) => (row.label ? row.label.text : ""));
  if (!labels.some(namesBeginBalance) || !labels.some(namesEndBalance)) return null;

  const out: ScheduleRowModel[] = [];
  const notes: ScheduleModel["parseNotes"] = [];
  let info: ColumnInfo[] = [];
  let heading: string | null = null;
  let items: Item[] = [];
  const flush = () => {
    const begin = items.find((item) => namesBeginBalance(item.label));
    const end = [...items].reverse().find((item) => namesEndBalance(item.label));
    const middle = items.filter((item) => item !== begin && item !== end);
    if (!begin || !end || middle.length === 0) {
      items.forEach((item) =>
        notes.push({
          location: item.location,
          message: `Row not read (no opening balance, activity and closing balance around it): ${item.label}`,
        }),
      );
      items = [];
      return;
    }
    const roles: ColumnRole[] = ["begin", ...middleRoles(middle.map((item) => item.label)), "end"];
    const ordered = [begin, ...middle, end];
    info = ordered.map((item, index) => ({ role: roles[index], header: item.label }));
    const account = heading ?? (columns.labelHeading || contextAccount || "");
    periods.forEach((header, column) => {
      const label = cleanPeriodLabel(header);
      const base = {
        period: periodKey(label),
        periodLabel: label,
        account,
        isTotal: false,
        location: begin.location,
      };
      out.push(
        buildRow(
          base,
          roles,
          ordered.map((item) => item.placed[column] ?? []),
        ),
      );
    });
    items = [];
  };
  for (const row of body) {
    if (row.values.length === 0) {
      const text = rowText(row);
      if (isUnitsCaption(text) || isTitleLine(text)) continue;
      if (items.length > 0) flush();
      heading = cleanLabel(text);
      continue;
    }
    const placed = columns.place(row);
    const location = locationOf(row.cells[0]);
    if (typeof placed === "string") {
      notes.push({ location, message: `Row not read (${placed}): ${rowText(row)}` });
      continue;
    }
    items.push({ label: row.label ? cleanLabel(row.label.text) : "", placed, location });
    if (namesEndBalance(items[items.length - 1].label)) flush();
  }
  if (items.length > 0) flush();
  return { columns: info, rows: out, notes };
}
