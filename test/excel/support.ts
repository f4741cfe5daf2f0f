// Shared set-up for the adapter tests: a stand-in workbook installed on globalThis, and a
// Schedule II laid out as a user would have it (the seed's first period, in thousands).
import { Standin, StandinSheetSpec } from "../office-standin/install";
import { CellModel, SheetModel } from "../office-standin/model";

const ACCOUNTING = '_($* #,##0_);_($* (#,##0);_($* "-"_);_(@_)';

/** The seed's year ended June 30, 2002, with accounting formats on the figures. */
export function seedSchedule(name = "Seed"): StandinSheetSpec {
  const figure = (value: number) => ({ value, numberFormat: ACCOUNTING });
  const row = (label: string, ...values: number[]) => [label, ...values.map(figure)];
  return {
    name,
    rows: [
      [
        "Description",
        "Balance at beginning",
        "Charged to costs",
        "Charged to other accounts",
        "Deductions",
        "Balance at end",
      ],
      row("Allowance for doubtful accounts", 405, 1680, 49, 668, 1466),
      row("Reserve for excess and obsolete inventory", 2490, 3443, 39, 216, 5756),
      row("Warranty reserve", 562, 220, 0, 303, 479),
      row("Total", 3457, 5343, 88, 1187, 7701),
    ],
  };
}

/** A sheet of `count` data rows under a header, for the size tests. */
export function bigSheet(name: string, count: number): StandinSheetSpec {
  const rows: (string | number)[][] = [["Account", "Begin", "Charged", "Deductions", "End"]];
  for (let i = 1; i <= count; i++) rows.push([`Account ${i}`, i, 2 * i, i, 2 * i]);
  return { name, rows };
}

/** Everything a user could see of a sheet's cells, to compare before and after an action. */
export function cellSnapshot(sheet: SheetModel): Record<string, Omit<CellModel, "spill">> {
  const out: Record<string, Omit<CellModel, "spill">> = {};
  for (const [key, cell] of sheet.cells) {
    const { spill: _spill, ...visible } = cell;
    out[key] = visible;
  }
  return out;
}

/** Writes the stand-in logged that changed cell contents or the cells' own formats. */
export function cellWritesOn(standin: Standin, sheetName: string) {
  const cellChanges = /^(values|formulas|numberFormat|format\.)/;
  return standin.model.writes.filter((w) => w.sheet === sheetName && cellChanges.test(w.what));
}
