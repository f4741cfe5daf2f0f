// Account names a render split over two rows: "Allowance for Trade" on a row of its own, then
// "Receivables" leading the figures. Words alone cannot tell that from a heading over a sub-row
// ("Allowance for doubtful accounts" / "Domestic"), so the evidence is the table itself: the two
// pieces are joined only when the whole name is printed as one label elsewhere in the same table
// (another year's block, another sub-table).
import { looksNumeric, stripFootnotes } from "../../numbers";
import { isPeriodLabel } from "../layout/periods";
import type { RawCell, RawTable } from "../types";

function nameKey(text: string): string {
  return stripFootnotes(text)
    .replace(/\s+/g, " ")
    .replace(/[:\s]+$/, "")
    .trim()
    .toLowerCase();
}

function isLabelOfFigures(row: RawCell[]): boolean {
  return (
    row.length >= 2 && !looksNumeric(row[0].text) && row.slice(1).some((cell) => looksNumeric(cell.text))
  );
}

/** Joins split account names in place, across the sub-tables of one printed table. */
export function joinSplitLabels(tables: RawTable[]): void {
  const names = new Map<string, number>();
  for (const table of tables)
    table.rows.forEach((row, index) => {
      if (index < (table.headerRowCount ?? 0) || !isLabelOfFigures(row)) return;
      const key = nameKey(row[0].text);
      names.set(key, (names.get(key) ?? 0) + 1);
    });
  for (const table of tables) {
    const header = table.headerRowCount ?? 0;
    for (let i = table.rows.length - 2; i >= header; i--) {
      const [piece, ...others] = table.rows[i];
      const next = table.rows[i + 1];
      if (!piece || others.length > 0 || looksNumeric(piece.text) || isPeriodLabel(piece.text)) continue;
      if (/:\s*$/.test(piece.text) || !isLabelOfFigures(next)) continue;
      const whole = `${piece.text.trim()} ${next[0].text.trim()}`;
      if (!names.has(nameKey(whole))) continue;
      table.rows[i + 1] = [{ ...next[0], text: whole, line: piece.line ?? next[0].line }, ...next.slice(1)];
      table.rows.splice(i, 1);
    }
  }
}
