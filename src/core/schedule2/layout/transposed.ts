// Schedules printed with the periods across and the items down:
//                               2003     2002
//   Balance at beginning        1,466      405
//   Charged to expense            878    1,680
//   Deductions                   (431)    (668)
//   Balance at end              1,913    1,466
// Each period column becomes one row per account block (a heading line starts a new block).
import type { ColumnInfo, ColumnRole, RawCell, ScheduleModel, ScheduleRowModel } from "../types";
import { cleanLabel, isTitleLine, isUnitsCaption } from "./labels";
import { cleanPeriodLabel, isPeriodLabel, periodKey } from "./periods";
import { headingsNameBalances, namesBeginBalance, namesEndBalance } from "./balances";
import { middleRoles } from "./roles";
import { buildRow, locationOf, rowText, type ClassifiedRow, type ValueCell } from "./rows";
import { layoutAccountsAcross } from "./accountsAcross";
import { placeAroundText } from "./strayText";

interface PlacedColumns {
  headers: string[];
  labelHeading: string;
  place(row: ClassifiedRow): ValueCell[][] | string;
}

interface Item {
  label: string;
  placed: ValueCell[][];
  location: string;
  /** Columns where a text stands instead of a figure. */
  stray: Map<number, RawCell>;
}

/** XBRL viewer lines that group rows ("… [Roll Forward]", "[Line Items]"): neither an account nor a row. */
const XBRL_ABSTRACT = /\[(?:roll\s*forward|abstract|line\s+items|table|axis)\]\s*$/i;
/** The member suffix of an XBRL axis label: "Allowance for doubtful accounts [Member]". */
const XBRL_MEMBER = /\s*\[member\]\s*$/i;

/** A balance named only by position, as XBRL labels print both: "Balance", "Valuation Allowances and Reserves, Balance". */
function isPositionalBalance(label: string): boolean {
  return /^balances?$|,\s*balances?$/i.test(label.trim());
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
  const named = labels.some(namesBeginBalance) && labels.some(namesEndBalance);
  if (!named && labels.filter(isPositionalBalance).length < 2) return null;

  const out: ScheduleRowModel[] = [];
  const notes: ScheduleModel["parseNotes"] = [];
  let info: ColumnInfo[] = [];
  let heading: string | null = null;
  let items: Item[] = [];
  // A block with a line that could not be placed is not read: its roll-forward would lack a figure.
  let broken = false;
  const flush = () => {
    const opens = (item: Item) => namesBeginBalance(item.label) || isPositionalBalance(item.label);
    const closes = (item: Item) => namesEndBalance(item.label) || isPositionalBalance(item.label);
    const begin = items.find(opens);
    const end = [...items].reverse().find((item) => item !== begin && closes(item));
    const middle = items.filter((item) => item !== begin && item !== end);
    if (broken || !begin || !end || middle.length === 0) {
      items.forEach((item) =>
        notes.push({
          location: item.location,
          message: broken
            ? `Row not checked (a line of its block could not be read): ${item.label}`
            : `Row not read (no opening balance, activity and closing balance around it): ${item.label}`,
        }),
      );
      items = [];
      broken = false;
      return;
    }
    const roles: ColumnRole[] = ["begin", ...middleRoles(middle.map((item) => item.label)), "end"];
    const ordered = [begin, ...middle, end];
    info = ordered.map((item, index) => ({ role: roles[index], header: item.label }));
    const account = heading ?? (columns.labelHeading || contextAccount || "");
    periods.forEach((header, column) => {
      const label = cleanPeriodLabel(header);
      const unread = ordered.find((item) => item.stray.has(column));
      if (unread) {
        const cell = unread.stray.get(column)!;
        notes.push({
          location: locationOf(cell) || unread.location,
          message: `Row not checked: "${cell.text}" where a figure belongs cannot be read (${label}, ${account || "the account"}): ${unread.label}`,
        });
        return;
      }
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
    // Inside a block, a labelled line of texts only ("Deductions  n/a  n/a") is a line of figures that cannot be read.
    const unreadLine = items.length > 0 && row.label !== null && row.texts.length > 0;
    if (row.values.length === 0 && !unreadLine) {
      const text = rowText(row);
      if (isUnitsCaption(text) || isTitleLine(text) || XBRL_ABSTRACT.test(text)) continue;
      if (items.length > 0) flush();
      broken = false; // a line that could not be read before any block's figures is named, not held against it
      heading = cleanLabel(text.replace(XBRL_MEMBER, ""));
      continue;
    }
    const placement = placeAroundText(row, (r) => columns.place(r));
    const location = locationOf(row.cells[0]);
    if (typeof placement === "string") {
      const placed = placement;
      notes.push({ location, message: `Row not read (${placed}): ${rowText(row)}` });
      broken = true;
      continue;
    }
    const item = {
      label: row.label ? cleanLabel(row.label.text) : "",
      placed: placement.placed,
      location,
      stray: placement.stray,
    };
    // "…, Balance" opens a block and closes it: the second one in a block is its closing balance.
    const closing = namesEndBalance(item.label) || (isPositionalBalance(item.label) && items.length > 0);
    items.push(item);
    if (closing) flush();
  }
  if (items.length > 0) flush();
  return { columns: info, rows: out, notes };
}
