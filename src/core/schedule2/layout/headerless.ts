// A Schedule II whose render lost both its column headings and its period labels (an XBRL text
// block with only the account labels and four figures a row, each year's block closed by an
// unlabeled total). Nothing printed says which column is which or which year a block is, so the
// table is read only when its figures and words leave one reading: the schedule's title; four
// figures on every row in the order Rule 12-09 prints them (begin, additions, deductions, end),
// with every row, totals included, tying under begin + additions − deductions = end; each block
// closed by a total that foots; the years named in the text ("for the years ended December 31,
// 2016, 2015 and 2014"), one per block; and each block's opening balances the next block's closing
// ones in the order the years are named. Anything less and the table stays unread.
import Decimal from "decimal.js";
import type { ColumnInfo, ColumnRole, ScheduleRowModel } from "../types";
import { cleanLabel, isTitleLine } from "./labels";
import { isPeriodLabel } from "./periods";
import { buildRow, locationOf, rowText, type ClassifiedRow } from "./rows";

const ROLES: ColumnRole[] = ["begin", "addition", "deduction", "end"];
const YEARS_NAMED = /\byears?\s+ended\s+[A-Za-z]+\.?\s+\d{1,2},?\s+((?:(?:19|20)\d\d\s*,?\s*(?:and\s+)?)+)/i;

function ties(values: Decimal[]): boolean {
  const [begin, addition, deduction, end] = values;
  return begin.plus(addition).minus(deduction).equals(end);
}

function sameValues(a: Decimal[], b: Decimal[]): boolean {
  return a.length === b.length && a.every((value, i) => value.equals(b[i]));
}

interface Block {
  rows: ClassifiedRow[];
  total: ClassifiedRow;
}

/** The years a text names for the periods of the table, in the order named. */
export function yearsNamed(text: string): string[] {
  const match = YEARS_NAMED.exec(text.replace(/\s+/g, " "));
  return match ? (match[1].match(/(?:19|20)\d\d/g) ?? []) : [];
}

/** The schedule, or null when its figures and words do not leave exactly one reading. */
export function layoutHeaderless(
  rows: ClassifiedRow[],
  headerRows: ClassifiedRow[],
  context: string,
): { columns: ColumnInfo[]; rows: ScheduleRowModel[] } | null {
  if (headerRows.length > 0) return null;
  const texts = rows.filter((row) => row.values.length === 0).map(rowText);
  if (!isTitleLine(context) && !texts.some(isTitleLine)) return null;
  // A period printed as a label (not a year alone: a footnote's words run one per cell too).
  if (texts.some((text) => isPeriodLabel(text) && /[A-Za-z]{3}/.test(text))) return null;
  const data = rows.filter((row) => row.values.length > 0);
  if (data.length < 4) return null;
  const blocks: Block[] = [];
  let open: ClassifiedRow[] = [];
  for (const row of data) {
    const values = row.values.filter((v) => !v.cell.mark).map((v) => v.value);
    if (values.length !== 4 || row.texts.length > 0 || !ties(values)) return null;
    if (row.label) {
      open.push(row);
      continue;
    }
    // An unlabeled row closes its block when it is the block's column sums.
    const sums = [0, 1, 2, 3].map((i) =>
      open.reduce((sum, r) => sum.plus(r.values.filter((v) => !v.cell.mark)[i].value), new Decimal(0)),
    );
    if (open.length < 2 || !sameValues(sums, values)) return null;
    blocks.push({ rows: open, total: row });
    open = [];
  }
  if (open.length > 0 || blocks.length < 2) return null;
  const accounts = (block: Block) => block.rows.map((row) => cleanLabel(row.label!.text)).join("\n");
  if (blocks.some((block) => accounts(block) !== accounts(blocks[0]))) return null;

  const years = yearsNamed(texts.join(" ") + " " + context);
  if (years.length !== blocks.length) return null;
  const figures = (row: ClassifiedRow) => row.values.filter((v) => !v.cell.mark).map((v) => v.value);
  // Named latest first: each block opens at the next block's close; named earliest first: the reverse.
  const descending = years.every((year, i) => i === 0 || Number(year) < Number(years[i - 1]));
  const ascending = years.every((year, i) => i === 0 || Number(year) > Number(years[i - 1]));
  const chains = blocks.every((block, b) => {
    const next = blocks[b + 1];
    if (!next) return true;
    return block.rows.every((row, r) => {
      const [thisBegin, , , thisEnd] = figures(row);
      const [nextBegin, , , nextEnd] = figures(next.rows[r]);
      return descending ? thisBegin.equals(nextEnd) : ascending && thisEnd.equals(nextBegin);
    });
  });
  if (!chains) return null;

  const model: ScheduleRowModel[] = [];
  blocks.forEach((block, b) => {
    for (const row of [...block.rows, block.total]) {
      const location = locationOf(row.cells[0]);
      const placed = row.values.filter((v) => !v.cell.mark).map((v) => [v]);
      model.push(
        buildRow(
          {
            period: years[b],
            periodLabel: "",
            account: row.label ? cleanLabel(row.label.text) : "",
            isTotal: row.label === null,
            location,
          },
          ROLES,
          placed,
        ),
      );
    }
  });
  return { columns: ROLES.map((role) => ({ role, header: "" })), rows: model };
}
