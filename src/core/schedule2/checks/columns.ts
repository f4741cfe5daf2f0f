// Column headers and cell locations of a row's figures, in the order of ScheduleRowModel.cellLocations:
// [begin, ...additions, ...deductions, end].
import type { ColumnRole, ScheduleModel, ScheduleRowModel } from "../types";

const FALLBACK_HEADER: Record<ColumnRole, string> = {
  begin: "Beginning balance",
  addition: "Additions",
  deduction: "Deductions",
  end: "Ending balance",
};

/** The header of the k-th column with this role, as printed; a plain name when the model has none. */
export function columnHeader(model: ScheduleModel, role: ColumnRole, index = 0): string {
  const header = model.columns.filter((column) => column.role === role)[index]?.header.trim();
  if (header) return header;
  const fallback = FALLBACK_HEADER[role];
  const count = model.columns.filter((column) => column.role === role).length;
  return (role === "addition" || role === "deduction") && (index > 0 || count > 1)
    ? `${fallback} ${index + 1}`
    : fallback;
}

/** Location of one figure of a row; the row's own location when the reader gave no cell for it. */
export function cellLocation(row: ScheduleRowModel, role: ColumnRole, index = 0): string {
  const position =
    role === "begin"
      ? 0
      : role === "addition"
        ? 1 + index
        : role === "deduction"
          ? 1 + row.additions.length + index
          : 1 + row.additions.length + row.deductions.length;
  return row.cellLocations[position] || row.location;
}
