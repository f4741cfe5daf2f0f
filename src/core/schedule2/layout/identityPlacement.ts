// Placing a row's figures when the render lost its empty cells (or left a footnote's digit where a
// figure could be): the row has fewer figures than the table has columns, or one that may be a
// mark. The accounting decides: begin + additions ± deductions = end, under the convention the
// table's complete rows follow. A placement is taken only when it is the one reading that ties
// (placements that differ only in which of two columns of the same role holds a figure are one
// reading: the figure goes to the first of them, as printed order has it). Otherwise the row is
// left to be named in a parse note: a guessed placement would make a break no filing has.
import Decimal from "decimal.js";
import { deductionEffect } from "../checks/convention";
import type { ColumnRole, SignConvention } from "../types";
import type { ValueCell } from "./rows";

const CONVENTIONS: SignConvention[] = ["deductions-subtracted", "all-added", "absolute-deductions"];
/** Bounds the search: a row with more optional marks than this is not fitted. */
const MAX_MARKS = 3;
/** Bounds the search: a row with more placements than this (many columns, few figures) is not fitted. */
const MAX_PLACEMENTS = 2000;

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

function ties(columns: Decimal[][], roles: ColumnRole[], convention: SignConvention): boolean {
  let total = new Decimal(0);
  let end: Decimal | null = null;
  const deductions: Decimal[] = [];
  columns.forEach((values, index) => {
    const value = values.reduce((a, b) => a.plus(b), new Decimal(0));
    if (roles[index] === "begin" || roles[index] === "addition") total = total.plus(value);
    else if (roles[index] === "deduction") deductions.push(...values);
    else end = value;
  });
  return end !== null && total.plus(deductionEffect(deductions, convention)).equals(end);
}

/**
 * The conventions under which the most complete rows (a figure for every column) tie; none when
 * no complete row ties at all (the table gives no evidence to place short rows by).
 */
export function conventionsOfCompleteRows(rows: Decimal[][], roles: ColumnRole[]): SignConvention[] {
  const complete = rows.filter((values) => values.length === roles.length);
  let best: SignConvention[] = [];
  let bestCount = 0;
  for (const convention of CONVENTIONS) {
    const count = complete.filter((values) =>
      ties(
        values.map((v) => [v]),
        roles,
        convention,
      ),
    ).length;
    if (count > bestCount) [best, bestCount] = [[convention], count];
    else if (count === bestCount && count > 0) best.push(convention);
  }
  return best;
}

/** Order-preserving choices of `k` slots out of `n`. */
function choose(n: number, k: number, from = 0): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= n - k; i++) for (const rest of choose(n, k - 1, i + 1)) out.push([i, ...rest]);
  return out;
}

/** Figures of one role moved to that role's first columns, in their order: one reading per role split. */
function normalized(placed: ValueCell[][], roles: ColumnRole[]): ValueCell[][] {
  const out: ValueCell[][] = roles.map(() => []);
  for (const role of new Set(roles)) {
    const columns = roles.flatMap((r, index) => (r === role ? [index] : []));
    const values = columns.flatMap((index) => placed[index]);
    values.forEach((value, i) => out[columns[Math.min(i, columns.length - 1)]].push(value));
  }
  return out;
}

/** What a reading puts in each column, as the checks see it (an empty column is zero). */
function readingKey(placed: ValueCell[][]): string {
  return placed
    .map((values) => values.reduce((a, v) => a.plus(v.value), new Decimal(0)).toString())
    .join("|");
}

/**
 * The one placement of the row's figures that ties, or null. `values` in printed order; a value
 * whose cell is a mark may be dropped. The first figure is the opening balance, the last the
 * closing one; the others keep their order in the columns between.
 */
export function placeByIdentity(
  values: ValueCell[],
  roles: ColumnRole[],
  conventions: SignConvention[],
): ValueCell[][] | null {
  if (conventions.length === 0 || roles.length < 3) return null;
  const marks = values.flatMap((value, index) => (value.cell.mark ? [index] : []));
  if (marks.length > MAX_MARKS) return null;
  const readings = new Map<string, ValueCell[][]>();
  for (let drop = 0; drop < 1 << marks.length; drop++) {
    const kept = values.filter((_, index) => !marks.some((m, bit) => m === index && drop & (1 << bit)));
    if (kept.length < 2 || kept.length > roles.length) continue;
    const middle = kept.slice(1, -1);
    if (binomial(roles.length - 2, middle.length) > MAX_PLACEMENTS) return null;
    for (const slots of choose(roles.length - 2, middle.length)) {
      const placed: ValueCell[][] = roles.map(() => []);
      placed[0].push(kept[0]);
      placed[roles.length - 1].push(kept[kept.length - 1]);
      slots.forEach((slot, i) => placed[slot + 1].push(middle[i]));
      const columns = placed.map((cells) => cells.map((cell) => cell.value));
      if (!conventions.some((convention) => ties(columns, roles, convention))) continue;
      const reading = normalized(placed, roles);
      readings.set(readingKey(reading), reading);
      if (readings.size > 1) return null;
    }
  }
  return readings.size === 1 ? [...readings.values()][0] : null;
}

/** Whether the figures as placed tie under one of the conventions. */
export function placedTies(
  placed: ValueCell[][],
  roles: ColumnRole[],
  conventions: SignConvention[],
): boolean {
  const columns = placed.map((cells) => cells.map((cell) => cell.value));
  return conventions.some((convention) => ties(columns, roles, convention));
}

/**
 * A row as the printed order placed it (or why it could not), settled by the identity: a row that
 * could not be placed, or one holding a possible mark that does not tie as placed, takes the one
 * placement that ties, if there is exactly one. Otherwise it stays as it was.
 */
export function settleByIdentity(
  printed: ValueCell[][] | string,
  values: ValueCell[],
  roles: ColumnRole[],
  conventions: SignConvention[],
): ValueCell[][] | string {
  if (typeof printed === "string") return placeByIdentity(values, roles, conventions) ?? printed;
  if (values.some((value) => value.cell.mark) && !placedTies(printed, roles, conventions))
    return placeByIdentity(values, roles, conventions) ?? printed;
  return printed;
}

/** Rows (complete, in column order) that tie under the one convention that ties the most of them. */
function bestTies(rows: Decimal[][], roles: ColumnRole[]): number {
  const complete = rows.filter((values) => values.length === roles.length);
  return Math.max(
    ...CONVENTIONS.map(
      (convention) =>
        complete.filter((values) =>
          ties(
            values.map((v) => [v]),
            roles,
            convention,
          ),
        ).length,
    ),
  );
}

/**
 * Roles guessed from a header read as a whole (the deduction taken to be the last column between
 * the balances) moved to the one column where the deduction makes the rows tie, when exactly one
 * column does better than the guess. A header that cannot say which column is which is thus read
 * by its figures; when the figures cannot say either, the guess stands.
 */
export function deductionByIdentity(roles: ColumnRole[], rows: Decimal[][]): ColumnRole[] {
  if (roles.filter((role) => role === "deduction").length !== 1 || roles.length < 4) return roles;
  const guess = bestTies(rows, roles);
  let best: ColumnRole[] | null = null;
  let bestScore = guess;
  let shared = false;
  for (let column = 1; column < roles.length - 1; column++) {
    if (roles[column] === "deduction") continue;
    const moved = roles.map((role, index): ColumnRole => {
      if (index === 0 || index === roles.length - 1) return role;
      return index === column ? "deduction" : "addition";
    });
    const score = bestTies(rows, moved);
    if (score > bestScore) [best, bestScore, shared] = [moved, score, false];
    else if (score === bestScore && best !== null) shared = true;
  }
  return best !== null && !shared ? best : roles;
}

/** Printed figures as cells, so that a placement says which figure went where. */
function indexedCells(values: Decimal[]): ValueCell[] {
  return values.map((value, index) => ({ cell: { text: String(index) }, value }));
}

function slotsOf(placed: ValueCell[][]): number[] {
  const slots: number[] = [];
  placed.forEach((cells, slot) => cells.forEach((cell) => (slots[Number(cell.cell.text)] = slot)));
  return slots;
}

/**
 * Where each row's figures go when the table has complete rows (a figure in every column) to
 * learn the convention from: a complete row as printed, a shorter one where the one placement
 * that ties puts it. Null for a row the identity cannot place (none ties, or more than one does).
 */
export function placeRowsByIdentity(rows: Decimal[][], roles: ColumnRole[]): (number[] | null)[] {
  const conventions = conventionsOfCompleteRows(rows, roles);
  return rows.map((values) => {
    if (values.length === roles.length) return values.map((_, index) => index);
    if (values.length > roles.length) return null;
    const placed = placeByIdentity(indexedCells(values), roles, conventions);
    return placed ? slotsOf(placed) : null;
  });
}

/**
 * Columns empty in every row (the header names more columns than any row prints figures): the
 * middle columns whose absence makes the most rows tie, when that is at least two rows and most of
 * the rows as long as the longest. Placements that differ only in which of two columns of the same
 * role stays empty are one reading: the later column stays empty, as the figures fill a role's
 * columns in printed order. Then rows placed as those columns empty, a shorter row by the identity.
 * Every row null when no reading, or more than one, is borne out.
 */
export function emptyColumnsByIdentity(rows: Decimal[][], roles: ColumnRole[]): (number[] | null)[] {
  const none = rows.map(() => null);
  const longest = Math.max(0, ...rows.map((values) => values.length));
  const missing = roles.length - longest;
  if (missing <= 0 || longest < 3) return none;
  const full = rows.filter((values) => values.length === longest);
  let best: { kept: number[]; key: string }[] = [];
  let bestScore = 0;
  for (const empty of choose(roles.length - 2, missing)) {
    const gone = new Set(empty.map((index) => index + 1));
    const kept = roles.map((_, index) => index).filter((index) => !gone.has(index));
    const score = bestTies(
      full,
      kept.map((index) => roles[index]),
    );
    const key = kept.map((index) => roles[index]).join(",");
    if (score > bestScore) [best, bestScore] = [[{ kept, key }], score];
    else if (score === bestScore && score > 0) best.push({ kept, key });
  }
  if (bestScore < 2 || bestScore * 2 <= full.length) return none;
  if (new Set(best.map((reading) => reading.key)).size !== 1) return none;
  // The same reading each way: figures fill each role's first columns, the later ones stay empty.
  const { kept } = best.reduce((a, b) => (b.kept.join(",") < a.kept.join(",") ? b : a));
  const keptRoles = kept.map((index) => roles[index]);
  return placeRowsByIdentity(rows, keptRoles).map((slots) =>
    slots ? slots.map((slot) => kept[slot]) : null,
  );
}

/**
 * Which rows tie as placed (`slots[row][figure]` the column of each figure; null: not placed),
 * under the one convention that ties the most of them.
 */
export function tieAsPlaced(rows: Decimal[][], slots: (number[] | null)[], roles: ColumnRole[]): boolean[] {
  const placed = rows.map((values, row) => {
    const at = slots[row];
    if (!at) return null;
    const columns: Decimal[][] = roles.map(() => []);
    values.forEach((value, index) => columns[at[index]].push(value));
    return columns;
  });
  let best: boolean[] = rows.map(() => false);
  let bestCount = -1;
  for (const convention of CONVENTIONS) {
    const tied = placed.map((columns) => columns !== null && ties(columns, roles, convention));
    const count = tied.filter(Boolean).length;
    if (count > bestCount) [best, bestCount] = [tied, count];
  }
  return best;
}

/**
 * A row the identity leaves open (every placement that ties reads the same sums, as when the
 * deductions are added as printed): placed by what the complete rows show, for a parse note to
 * name. A figure goes only where the complete rows have figures of its sign; the deduction column
 * takes a figure when one may stand there; the additions start at the column whose complete-row
 * figures are largest (the provision, as a rule) and run on to the right, then to the left.
 * Null when no placement ties, or the complete rows are fewer than two.
 */
export function placeByPreference(
  values: Decimal[],
  roles: ColumnRole[],
  complete: Decimal[][],
): number[] | null {
  return preferredPlacer(roles, complete)(values);
}

/**
 * placeByPreference for many rows of one table: what the complete rows show (their conventions,
 * signs and sizes) is worked out once, not again for every short row (that was quadratic in a
 * flattened table of thousands of rows).
 */
export function preferredPlacer(
  roles: ColumnRole[],
  complete: Decimal[][],
): (values: Decimal[]) => number[] | null {
  const conventions = conventionsOfCompleteRows(complete, roles);
  if (complete.length < 2 || conventions.length === 0) return () => null;
  const signs = roles.map((_, column) => ({
    negative: complete.every((row) => row[column].isNegative() || row[column].isZero()),
    positive: complete.every((row) => !row[column].isNegative()),
  }));
  const size = roles.map((_, column) =>
    complete.reduce((a, row) => a.plus(row[column].abs()), new Decimal(0)),
  );
  const additions = roles.flatMap((role, column) => (role === "addition" ? [column] : []));
  const main = additions.reduce((a, b) => (size[b].greaterThan(size[a]) ? b : a), additions[0]);
  const rank = (column: number): number =>
    column >= main ? column - main : additions.length + (main - column);
  return (values) => {
    if (values.length < 2 || values.length > roles.length) return null;
    const middle = values.slice(1, -1);
    let best: number[] | null = null;
    let bestScore: number[] | null = null;
    for (const slots of choose(roles.length - 2, middle.length)) {
      const at = [0, ...slots.map((slot) => slot + 1), roles.length - 1];
      const fits = middle.every((value, i) => {
        const sign = signs[at[i + 1]];
        return (
          !(value.isNegative() && sign.positive && !sign.negative) &&
          !(!value.isNegative() && sign.negative && !sign.positive)
        );
      });
      if (!fits) continue;
      const columns: Decimal[][] = roles.map(() => []);
      values.forEach((value, i) => columns[at[i]].push(value));
      if (!conventions.some((convention) => ties(columns, roles, convention))) continue;
      const deductionsFilled = at.filter((column) => roles[column] === "deduction").length;
      const ranks = at
        .filter((column) => roles[column] === "addition")
        .map(rank)
        .sort((a, b) => a - b);
      const score = [-deductionsFilled, ...ranks];
      if (bestScore === null || lexLess(score, bestScore)) [best, bestScore] = [at, score];
    }
    return best;
  };
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i];
  return a.length < b.length;
}
