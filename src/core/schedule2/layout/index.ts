// Layout: a RawTable (cells as read) → a ScheduleModel (periods, accounts, totals, values by role).
// Handles value columns found by geometry or by count, period blocks in any printed form,
// headings that are not rows, wrapped names, labelled and unlabelled totals, continuation lines,
// and tables printed with the periods across (delegated to ./transposed).
import type { ColumnInfo, ColumnRole, RawCell, RawTable, ScheduleModel, ScheduleRowModel } from "../types";
import { unreadFigureNotes } from "./unreadFigures";
import { repeatedAccountNotes } from "./repeatedAccounts";
import { headingsNameBalances } from "./balances";
import type * as Marks from "./marks";
import {
  accountFromContext,
  cleanLabel,
  continuesAbove,
  isAsideLine,
  isHeaderWording,
  isSubLabel,
  isTitleLine,
  isTotalLabel,
  isUnitsCaption,
  isWrappedName,
  unitsIn,
} from "./labels";
import { cleanPeriodLabel, isPartialPeriod, isPeriodLabel, periodKey, splitPeriodFromLabel } from "./periods";
import { columnRoles, fitHeadings, rolesFromHeaderText } from "./roles";
import {
  buildRow,
  classifyRow,
  isUnreadableFigure,
  locationOf,
  rowText,
  type ClassifiedRow,
  type RowBase,
  type ValueCell,
} from "./rows";
import { assignHeadings, findSlots, hasExtent, overlap, slotOf, type Extent } from "./slots";
import type * as IdentityPlacement from "./identityPlacement";
import type * as Headerless from "./headerless";
import { scheduleTitle } from "./title";
import { layoutTransposed } from "./transposed";
import { lazy } from "../../../util/lazy";

// Loaded only for the tables that need them: columns placed by their order in the row (no column
// geometry) and tables without headings. A fixed-width EDGAR table needs neither (start-up time).
/* eslint-disable @typescript-eslint/no-require-imports */
const identityPlacement = lazy(() => require("./identityPlacement") as typeof IdentityPlacement);
const marks = lazy(() => require("./marks") as typeof Marks);
const headerless = lazy(() => require("./headerless") as typeof Headerless);
/* eslint-enable @typescript-eslint/no-require-imports */

export { isPeriodLabel, periodKey, splitPeriodFromLabel } from "./periods";
export { columnRoles, middleRoles } from "./roles";

type Note = ScheduleModel["parseNotes"][number];
/** A table with the parse notes its reader found (RawTable.notes, where the reader gives them). */
type NotedTable = RawTable & { notes?: Note[] };

/** How values are placed into columns: by extent, or by their order in the row. */
interface Columns {
  roles: ColumnRole[];
  headers: string[];
  labelHeading: string;
  place(row: ClassifiedRow): ValueCell[][] | string;
  /** A multi-cell text row that repeats the column headers. */
  isHeaderRepeat(row: ClassifiedRow): boolean;
}

const FOOTNOTE_LINE = /^(?:\((?:\d{1,2}|[A-Za-z])\)|[*†‡]|note\b|\d\)|[a-z]\))/i;

function firstDataIndex(rows: ClassifiedRow[]): number {
  return rows.findIndex((row) => row.values.length > 0 && row.texts.length === 0);
}

/**
 * Rows of figures above the column headings (a row moved up, a stray line of amounts): when no header
 * row stands above the first row of figures but header-worded rows ('Description', 'Balance at
 * beginning…') follow it before the next run of figures, the rows of figures above those headings.
 * Empty when the headings come first, or when the reader gave the header rows.
 */
function figuresAboveHeadings(table: RawTable, rows: ClassifiedRow[], labelEnd: number): Set<number> {
  const firstData = firstDataIndex(rows);
  if (table.headerRowCount !== undefined || firstData < 0) return new Set();
  if (headerRowIndexes(table, rows, firstData, labelEnd).length > 0) return new Set();
  let worded = false;
  for (let i = firstData + 1; i < rows.length; i++) {
    const row = rows[i];
    const dataRow = row.values.length > 0 && row.texts.length === 0;
    if (dataRow && worded)
      return new Set(
        rows
          .slice(0, i)
          .map((r, index) => (r.values.length > 0 && r.texts.length === 0 ? index : -1))
          .filter((index) => index >= 0),
      );
    if (row.values.length === 0 && row.cells.some((cell) => isHeaderWording(cell.text.trim()))) worded = true;
  }
  return new Set();
}

function aboveHeadingsNote(row: ClassifiedRow): Note {
  const label = row.label?.text.trim();
  const figures = row.values.map((v) => v.cell.text.trim()).join(" ");
  return {
    location: locationOf(row.values[0]?.cell ?? row.cells[0]),
    message: `${label ? `"${label}" ` : ""}${figures}: a row of figures above the column headings, not read`,
  };
}

function isGeometric(rows: ClassifiedRow[]): boolean {
  const values = rows.flatMap((row) => row.values.map((value) => value.cell));
  return values.length > 0 && values.every(hasExtent);
}

/** Header rows before the first data row: several cells, or one cell over the value columns. */
function headerRowIndexes(
  table: RawTable,
  rows: ClassifiedRow[],
  firstData: number,
  labelEnd: number,
): number[] {
  if (table.headerRowCount !== undefined) return rows.slice(0, table.headerRowCount).map((_, index) => index);
  const indexes: number[] = [];
  rows.slice(0, Math.max(firstData, 0)).forEach((row, index) => {
    const text = rowText(row);
    if (isPeriodLabel(text) || isUnitsCaption(text)) return;
    const overValues = row.cells.some((cell) => hasExtent(cell) && cell.x >= labelEnd);
    if (row.cells.length >= 2 || overValues || isHeaderWording(text)) indexes.push(index);
  });
  return indexes;
}

function usableLabelHeading(texts: string[]): string {
  const text = cleanLabel(texts.filter((t) => !isUnitsCaption(t) && !isHeaderWording(t)).join(" "));
  return /[A-Za-z]{3}/.test(text) && !/schedule|valuation and qualifying/i.test(text) ? text : "";
}

function geometricColumns(
  table: RawTable,
  rows: ClassifiedRow[],
  headerRows: ClassifiedRow[],
): Columns | null {
  const dataCells = rows
    .filter((row) => row.texts.length === 0)
    .flatMap((row) => row.values.map((v) => v.cell));
  const headerCells = headerRows.flatMap((row) => row.cells).filter(hasExtent);
  const slots: Extent[] = table.columns ?? findSlots(dataCells.filter(hasExtent), headerCells);
  if (slots.length < 2) return null;
  const { slotHeadings, labelHeadings } = assignHeadings(
    headerRows.map((row) => row.cells),
    slots,
  );
  const headers = slotHeadings.map((texts) => cleanLabel(texts.join(" ")));
  return {
    roles: columnRoles(headers),
    headers,
    labelHeading: usableLabelHeading(labelHeadings),
    place(row) {
      const placed: ValueCell[][] = slots.map(() => []);
      for (const value of row.values) {
        if (!hasExtent(value.cell)) return "an amount without a position";
        placed[slotOf(value.cell, slots)].push(value);
      }
      return placed;
    },
    isHeaderRepeat(row) {
      return (
        row.cells.length >= 2 &&
        row.cells.some((cell) => hasExtent(cell) && slots.some((slot) => overlap(cell, slot) > 0))
      );
    },
  };
}

function mostCommon(counts: number[]): number {
  const tally = new Map<number, number>();
  counts.forEach((count) => tally.set(count, (tally.get(count) ?? 0) + 1));
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

function orderedColumns(rows: ClassifiedRow[], headerRows: ClassifiedRow[]): Columns | null {
  const labelled = rows.filter((row) => row.label && row.values.length > 0 && row.texts.length === 0);
  const count = mostCommon(labelled.map((row) => row.values.filter((v) => !v.cell.mark).length));
  if (count < 2) return null;
  const headingCells = headerRows.reduce<RawCell[]>(
    (best, row) => (row.cells.length > best.length ? row.cells : best),
    [],
  );
  const names = headingCells.map((cell) => cleanLabel(cell.text));
  const headers = fitHeadings(names, count) ?? [];
  const { conventionsOfCompleteRows, deductionByIdentity, settleByIdentity } = identityPlacement();
  const figures = labelled.map((row) => row.values.filter((v) => !v.cell.mark).map((v) => v.value));
  const roles =
    headers.length === count
      ? columnRoles(headers)
      : deductionByIdentity(
          rolesFromHeaderText(count, headerRows.map(rowText).join(" "), headerRows.map(rowText)),
          figures,
        );
  const conventions = conventionsOfCompleteRows(figures, roles);
  const droppable = roles
    .map((role, index) => ({ role, index }))
    .filter(
      ({ role, index }) => role !== "begin" && role !== "end" && /\bother\b/i.test(headers[index] ?? ""),
    )
    .map(({ index }) => index);
  return {
    roles,
    headers: headers.length === count ? headers : roles.map(() => ""),
    labelHeading: names.length === count + 1 ? usableLabelHeading([names[0]]) : "",
    // Rows the printed order cannot place (lost empty cells, a digit that may be a mark): by the identity.
    place: (row) => settleByIdentity(placeAsPrinted(row), row.values, roles, conventions),
    isHeaderRepeat: () => false,
  };
  function placeAsPrinted(row: ClassifiedRow): ValueCell[][] | string {
    // A digit mark after a figure is a footnote when the row has one amount too many with it.
    const values = marks().dropFootnoteMarks(row.values, count, roles);
    if (typeof values === "string") return values;
    row = { ...row, values };
    const k = row.values.length;
    let targets = roles.map((_, index) => index);
    if (k < count && droppable.length === count - k)
      targets = targets.filter((index) => !droppable.includes(index));
    if (k !== targets.length) return `${k} amounts for ${count} columns`;
    const placed: ValueCell[][] = roles.map(() => []);
    row.values.forEach((value, index) => placed[targets[index]].push(value));
    return placed;
  }
}

interface Block {
  period: { key: string; label: string } | null;
  heading: string | null;
  /** The heading ended with a colon: it opens sub-rows ("Deferred tax valuation allowance:"). */
  opens?: boolean;
}

/** Words of an account's own name: a sub-row that has them is an account, not a part of the heading. */
const ACCOUNT_WORDS =
  /allowance|reserve|provision|accounts?\b|valuation|inventor|receivable|returns|warrant|liabilit|accru|obsolesc|doubtful|\btax|credit|losses|discounts?|rebates?|chargebacks?|insurance|self-insur|environmental|restructur|lifo/i;

/**
 * Lays out one raw table. Null when it holds no schedule: no row of amounts, or headings that do not
 * name an opening balance, activity and a closing balance (see ./balances).
 */
export function layoutTable(table: RawTable): ScheduleModel | null {
  const cellRows = table.rows.filter((cells) => cells.length > 0);
  const firstPass = cellRows.map((cells) => classifyRow(cells));
  if (firstDataIndex(firstPass) < 0) return null;
  const geometric = isGeometric(firstPass);
  const provisionalSlots = geometric
    ? findSlots(firstPass.flatMap((row) => row.values.map((v) => v.cell)).filter(hasExtent), [])
    : [];
  const labelEnd = table.columns?.[0]?.x ?? provisionalSlots[0]?.x ?? 0;
  // Once the value columns are known, a year printed under one of them is read as a figure.
  const classified = geometric ? cellRows.map((cells) => classifyRow(cells, labelEnd)) : firstPass;
  // Issue 11: rows of figures printed above the column headings are set aside, by name.
  const lead = figuresAboveHeadings(table, classified, labelEnd);
  const rows = classified.filter((_, index) => !lead.has(index));
  const tableNotes: Note[] = [
    ...((table as NotedTable).notes ?? []),
    ...[...lead].map((index) => aboveHeadingsNote(classified[index])),
  ];
  const firstData = firstDataIndex(rows);
  const headerIndexes = new Set(headerRowIndexes(table, rows, firstData, labelEnd));
  const headerRows = rows.filter((_, index) => headerIndexes.has(index));
  const columns = geometric ? geometricColumns(table, rows, headerRows) : orderedColumns(rows, headerRows);
  if (!columns) return null;

  const texts = [table.context, ...rows.filter((row) => row.values.length === 0).map(rowText)].join("\n");
  const title = scheduleTitle(table.context, rows.slice(0, firstData).map(rowText));
  const units = unitsIn(texts) ?? "";
  const contextAccount = accountFromContext(table.context);
  const transposed = layoutTransposed(rows, headerRows, columns, contextAccount, table.context);
  // Issue 11: the reader's notes, and a row of figures no schedule row took, on every path.
  const withUnread = (read: ScheduleRowModel[], notes: Note[]): Note[] => {
    const all = [...tableNotes, ...notes];
    return [...all, ...unreadFigureNotes(rows, headerIndexes, read, all)];
  };
  if (transposed)
    return finish({
      title,
      units,
      columns: transposed.columns,
      rows: transposed.rows,
      notes: withUnread(transposed.rows, transposed.notes),
      transposed: true,
    });
  if (!headingsNameBalances(columns.headers, headerRows.map(rowText).join(" "))) {
    // No headings at all: read only when the figures and the text leave one reading.
    const read = headerless().layoutHeaderless(rows, headerRows, table.context);
    return read ? finish({ title, units, ...read, notes: withUnread(read.rows, []) }) : null;
  }

  const notes: Note[] = [...tableNotes];
  const built: { base: RowBase; placed: ValueCell[][] }[] = [];
  const block: Block = { period: null, heading: null };
  let pendingWrap: { text: string; cell: RawCell } | null = null;
  let previousWasData = false;

  rows.forEach((row, index) => {
    if (headerIndexes.has(index)) return;
    const dataRow = row.values.length > 0 && row.texts.length === 0;
    if (!dataRow) {
      const wasData = previousWasData;
      previousWasData = false;
      if (row.values.length > 0) {
        // A row of figures with one that cannot be read is named, never dropped in silence.
        const unread = row.label ? row.texts.filter((cell) => isUnreadableFigure(cell.text)) : [];
        if (unread.length > 0) {
          notes.push({
            location: locationOf(unread[0]) || locationOf(row.cells[0]),
            message: `Row not checked: "${unread[0].text}" where a figure belongs cannot be read: ${rowText(row)}`,
          });
        }
        return; // otherwise prose with figures (a footnote): not part of the table
      }
      const text = rowText(row);
      if (isUnitsCaption(text) || FOOTNOTE_LINE.test(text) || columns.isHeaderRepeat(row)) return;
      if (isPeriodLabel(text)) {
        block.period = { key: periodKey(text), label: cleanPeriodLabel(text) };
        pendingWrap = null;
        return;
      }
      if (isHeaderWording(text) || isTitleLine(text) || isAsideLine(text)) return;
      const last = built[built.length - 1];
      if (wasData && last && !last.base.isTotal && continuesAbove(text)) {
        last.base.account = `${last.base.account} ${cleanLabel(text)}`;
        return;
      }
      block.heading = cleanLabel(text);
      block.opens = /:\s*$/.test(text);
      pendingWrap = { text: block.heading, cell: row.cells[0] };
      return;
    }

    const placed = columns.place(row);
    const location = locationOf(row.cells[0]);
    if (typeof placed === "string") {
      notes.push({ location, message: `Row not read (${placed}): ${rowText(row)}` });
      previousWasData = false;
      return;
    }
    const label = row.label ? cleanLabel(row.label.text) : "";
    const lastColumn = columns.roles.length - 1;
    if (label === "" && !(placed[0].length > 0 && placed[lastColumn].length > 0)) {
      continueRow(
        built[built.length - 1],
        placed,
        previousWasData,
        columns.roles,
        location,
        notes,
        rowText(row),
      );
      return;
    }
    let account = label;
    let periodLabel: string | null = null;
    let isTotal = false;
    if (label === "") {
      isTotal = true;
    } else if (isTotalLabel(label)) {
      isTotal = true;
    } else if (isPeriodLabel(label)) {
      periodLabel = cleanPeriodLabel(label);
      account = block.heading ?? (columns.labelHeading || contextAccount || "");
    } else {
      const split = splitPeriodFromLabel(label);
      if (split) {
        periodLabel = split.periodLabel;
        account = split.account;
      } else if (isSubLabel(label) && block.heading) {
        account = `${block.heading} ${label}`;
      } else if (
        block.opens &&
        block.heading &&
        ACCOUNT_WORDS.test(block.heading) &&
        !/\b(?:for|of|and|on|in|to|from|the)$/i.test(block.heading) &&
        !ACCOUNT_WORDS.test(label)
      ) {
        account = `${block.heading}: ${label}`;
      } else if (pendingWrap && isWrappedName(pendingWrap.cell, row.label!, nextNameCell(rows, index))) {
        account = `${pendingWrap.text} ${label}`;
        block.heading = null;
      }
    }
    pendingWrap = null;
    previousWasData = true;
    const period = periodLabel !== null ? { key: periodKey(periodLabel), label: periodLabel } : block.period;
    const base: RowBase = {
      period: period?.key ?? "",
      periodLabel: period?.label ?? "",
      account,
      isTotal,
      location,
    };
    built.push({ base, placed });
    for (const [column, values] of placed.entries()) {
      if (values.length > 1 && (column === 0 || column === lastColumn)) {
        notes.push({
          location,
          message: `More than one amount under "${columns.headers[column] || "a balance column"}": ${rowText(row)}`,
        });
      }
    }
  });

  // Built last: continuation lines and wrapped names may still add to a row after its own line.
  const modelRows = built.map(({ base, placed }) => buildRow(base, columns.roles, placed));
  const info: ColumnInfo[] = columns.roles.map((role, index) => ({
    role,
    header: columns.headers[index] ?? "",
  }));
  const unread = unreadFigureNotes(rows, headerIndexes, modelRows, notes); // issue 11: no silent drop
  return finish({ title, units, columns: info, rows: modelRows, notes: [...notes, ...unread] });
}

/** The first cell of the next row that names an account (not a period, total or caption), if any. */
function nextNameCell(rows: ClassifiedRow[], after: number): RawCell | undefined {
  for (const row of rows.slice(after + 1)) {
    const text = rowText(row);
    if (!row.label || isPeriodLabel(text) || isUnitsCaption(text) || isTotalLabel(row.label.text)) continue;
    return row.label;
  }
  return undefined;
}

/** A line of amounts with no label under a row: more values for that row's activity columns. */
function continueRow(
  target: { placed: ValueCell[][] } | undefined,
  placed: ValueCell[][],
  previousWasData: boolean,
  roles: ColumnRole[],
  location: string,
  notes: Note[],
  text: string,
): void {
  if (!target || !previousWasData) {
    notes.push({ location, message: `Amounts with no row label that could not be placed: ${text}` });
    return;
  }
  placed.forEach((values, column) => {
    if (values.length === 0) return;
    if (roles[column] === "begin" || roles[column] === "end") {
      notes.push({ location, message: `A second balance under a row: ${text}` });
      return;
    }
    target.placed[column].push(...values);
  });
}

/** Gives stub and transition periods their own key when their year repeats another period's. */
function disambiguatePeriods(rows: ScheduleRowModel[]): void {
  const labelsByKey = new Map<string, Set<string>>();
  rows.forEach((row) => {
    if (!labelsByKey.has(row.period)) labelsByKey.set(row.period, new Set());
    labelsByKey.get(row.period)!.add(row.periodLabel);
  });
  rows.forEach((row) => {
    if ((labelsByKey.get(row.period)?.size ?? 0) > 1 && isPartialPeriod(row.periodLabel))
      row.period = row.periodLabel;
  });
}

function finish(parts: {
  title: string;
  units: string;
  columns: ColumnInfo[];
  rows: ScheduleRowModel[];
  notes: Note[];
  transposed?: boolean;
}): ScheduleModel {
  disambiguatePeriods(parts.rows);
  // Issue 11: an account twice in one period (two blocks read as one) is said aloud.
  const repeated = repeatedAccountNotes(parts.rows);
  return {
    title: parts.title,
    units: parts.units,
    columns: parts.columns,
    // Provisional: the public entry replaces it with the convention inferred by the checks.
    signConvention: "deductions-subtracted",
    rows: parts.rows,
    parseNotes: [...parts.notes, ...repeated],
    ...(parts.transposed ? { transposed: true } : {}),
  };
}
