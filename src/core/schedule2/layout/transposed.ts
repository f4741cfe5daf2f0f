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
import { namesBeginBalance, namesEndBalance } from "./balances";
import { middleRoles } from "./roles";
import { buildRow, locationOf, rowText, type ClassifiedRow, type ValueCell } from "./rows";

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

/** Null unless every value column is headed by a period and row labels name the opening and closing balances. */
export function layoutTransposed(
  rows: ClassifiedRow[],
  headerRows: ClassifiedRow[],
  columns: PlacedColumns,
  contextAccount: string | null,
): { columns: ColumnInfo[]; rows: ScheduleRowModel[]; notes: ScheduleModel["parseNotes"] } | null {
  const periods = columns.headers;
  if (periods.length < 1 || !periods.every((header) => header !== "" && isPeriodLabel(header))) return null;
  const body = rows.filter((row) => !headerRows.includes(row));
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
