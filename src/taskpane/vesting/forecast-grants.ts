// A grant list selected on the sheet, read for "Forecast for the selected grants": the columns
// are found by their header (the same words as the command line's grant lists, any order, any
// case), each row becomes a grant named by its sheet row (and holder). A row with no schedule in
// a list that has a Schedule column is refused by name: never skipped, never given a default.
import { serialToIso } from "../../core/dates";
import { cellRef } from "../../core/workbook";
import type { GrantInput } from "../../core/vesting/types";
import { qualifiedAddress } from "../../excel/address";
import type { CellValue, SheetGrid } from "../../excel/types";
import type { Progress } from "../shared/useTask";
import { BLOCK_ROWS, isBlank, isGrantDate, shown } from "./vested-column";
import { GRANT_LIST_HEADERS as HEADER_NAMES } from "../../core/vesting/grant-list-headers";

/** What a grant gets from the form above when the list has no column for it. */
export interface ListDefaults {
  /** The form's schedule text, or null when it does not read (then a list needs a Schedule column). */
  schedule: string | null;
  /** Why the form's schedule does not read. */
  scheduleProblem: string | null;
  /** How the form's schedule is named on the sheet and in messages. */
  scheduleWords: string;
  rounding: string;
  dayOfMonth: string;
}

export interface SelectedGrants {
  grants: GrantInput[];
  /** `row 5 (Ann Lee)`: how messages name each grant. */
  labels: string[];
  /** The list's columns by field, as found in its header. */
  has: { schedule: boolean; rounding: boolean; dayOfMonth: boolean };
  address: string;
}

const HEADER_HINT =
  "Select the grant list with its header row: columns named Grant date and Shares, and optionally Holder, Schedule, Rounding, Day of month, Vesting start and Termination.";

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The grants of a selected list. Blank rows are left out (a selection longer than the list);
 * every other row is a grant or an Error that names it. `step` reports progress between blocks.
 */
export async function readSelectedGrants(
  selection: SheetGrid,
  defaults: ListDefaults,
  step: (progress: Progress) => Promise<void> = async () => undefined,
): Promise<SelectedGrants> {
  const header = (selection.values[0] ?? []).map((cell) =>
    typeof cell === "string" ? cell.trim().toLowerCase() : "",
  );
  const column = (field: string) => header.findIndex((word) => HEADER_NAMES[field].includes(word));
  const columns = Object.fromEntries(Object.keys(HEADER_NAMES).map((f) => [f, column(f)]));
  if (columns.grantDate < 0 || columns.shares < 0) {
    throw new Error(
      `The first row of ${selection.address} does not name a Grant date and a Shares column. ${HEADER_HINT}`,
    );
  }
  const has = {
    schedule: columns.schedule >= 0,
    rounding: columns.rounding >= 0,
    dayOfMonth: columns.dayOfMonth >= 0,
  };
  if (!has.schedule && defaults.schedule === null) {
    throw new Error(
      `The list has no Schedule column, and the schedule above does not read (${defaults.scheduleProblem ?? "it is empty"}). Fix the schedule above, or add a Schedule column to the list.`,
    );
  }
  const grants: GrantInput[] = [];
  const labels: string[] = [];
  const total = selection.values.length;
  for (let i = 1; i < total; i++) {
    if (i % BLOCK_ROWS === 0) await step({ label: "Reading the grants", done: i, total });
    const row = selection.values[i];
    if (row.every(isBlank)) continue;
    const sheetRow = selection.rowIndex + i;
    const at = (field: string): CellValue => (columns[field] < 0 ? null : (row[columns[field]] ?? null));
    const cellOf = (field: string) =>
      qualifiedAddress(selection.sheetName, cellRef(sheetRow, selection.columnIndex + columns[field]));
    const textOf = (field: string): string | null => {
      const value = at(field);
      return isBlank(value) ? null : String(value).trim();
    };
    const holder = textOf("holder");
    const label = `row ${sheetRow + 1}${holder ? ` (${holder})` : ""}`;
    const dateOf = (field: string, words: string): string | null => {
      const value = at(field);
      if (isBlank(value)) return null;
      const format = selection.numberFormats[i]?.[columns[field]] ?? "General";
      if (!isGrantDate(value, format)) {
        throw new Error(
          `${capitalised(label)}: the ${words} in ${cellOf(field)}, ${shown(value, selection.text[i]?.[columns[field]])}, is not a date. Format the column as dates, or write YYYY-MM-DD.`,
        );
      }
      return typeof value === "number" ? serialToIso(value) : String(value).trim();
    };
    const grantDate = dateOf("grantDate", "grant date");
    const shares = textOf("shares");
    if (grantDate === null || shares === null) {
      throw new Error(
        `${capitalised(label)} is not a grant: it needs a grant date and shares (${cellOf(grantDate === null ? "grantDate" : "shares")} is empty). Fill it in, or leave the row out of the selection.`,
      );
    }
    const schedule = has.schedule ? textOf("schedule") : defaults.schedule;
    if (schedule === null) {
      throw new Error(
        `${capitalised(label)} has no schedule: ${cellOf("schedule")} is empty. Fill it in, or leave the row out of the selection; Tieout does not forecast a grant on a schedule it was not given.`,
      );
    }
    const vestingStart = dateOf("vestingStart", "vesting start");
    grants.push({
      grantDate,
      shares: typeof at("shares") === "number" ? String(at("shares")) : shares.replace(/[,\s]/g, ""),
      schedule,
      rounding: textOf("rounding") ?? defaults.rounding,
      dayOfMonth: textOf("dayOfMonth") ?? defaults.dayOfMonth,
      vestingStart,
      terminationDate: dateOf("terminationDate", "termination date"),
    });
    labels.push(label);
  }
  if (grants.length === 0) {
    throw new Error(`The selection ${selection.address} holds no grants below its header row.`);
  }
  return { grants, labels, has, address: selection.address };
}
