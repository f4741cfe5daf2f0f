// Value columns of a table with geometry (character columns, HTML grid columns, sheet columns):
// found from where the amounts sit, plus columns that only a heading shows (empty everywhere).
import type { RawCell } from "../types";

export interface Extent {
  x: number;
  width: number;
}

export interface Slot extends Extent {
  /** Heading texts over this column, top to bottom. */
  headings: string[];
}

export function overlap(a: Extent, b: Extent): number {
  return Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
}

export function hasExtent(cell: RawCell): cell is RawCell & Extent {
  return cell.x !== undefined && cell.width !== undefined;
}

/** Merges overlapping extents into ordered, disjoint ones. */
export function mergeExtents(extents: Extent[]): Extent[] {
  const sorted = [...extents].sort((a, b) => a.x - b.x);
  const merged: Extent[] = [];
  for (const extent of sorted) {
    const last = merged[merged.length - 1];
    if (last && extent.x < last.x + last.width) {
      last.width = Math.max(last.x + last.width, extent.x + extent.width) - last.x;
    } else {
      merged.push({ x: extent.x, width: extent.width });
    }
  }
  return merged;
}

/** The index of the slot a cell belongs to: most overlap, else the nearest. -1 when there are no slots. */
export function slotOf(cell: Extent, slots: Extent[]): number {
  let best = -1;
  let bestOverlap = 0;
  slots.forEach((slot, index) => {
    const amount = overlap(cell, slot);
    if (amount > bestOverlap) [best, bestOverlap] = [index, amount];
  });
  if (best >= 0) return best;
  let nearest = -1;
  let nearestDistance = Infinity;
  const center = cell.x + cell.width / 2;
  slots.forEach((slot, index) => {
    const distance = Math.abs(slot.x + slot.width / 2 - center);
    if (distance < nearestDistance) [nearest, nearestDistance] = [index, distance];
  });
  return nearest;
}

/**
 * Value columns from the amounts' extents, plus any heading-only column: heading cells right
 * of the label area that overlap no amount column (a column left empty in every row).
 */
export function findSlots(valueCells: Extent[], headingCells: Extent[]): Extent[] {
  const fromValues = mergeExtents(valueCells);
  if (fromValues.length === 0) return [];
  const labelEnd = fromValues[0].x;
  const orphans = headingCells.filter(
    (cell) => cell.x >= labelEnd && fromValues.every((slot) => overlap(cell, slot) === 0),
  );
  const lastEnd = fromValues[fromValues.length - 1].x;
  const emptyColumns = mergeExtents(orphans).filter((extent) => extent.x < lastEnd);
  return mergeExtents([...fromValues, ...emptyColumns]);
}

/**
 * Heading cells over the slots: a heading that spans two or more whole columns is a group
 * heading ("Additions" over two columns) and goes to each; any other goes to its best column.
 * Cells left of the first column are the label column's heading.
 */
export function assignHeadings(
  rows: RawCell[][],
  slots: Extent[],
): { slotHeadings: string[][]; labelHeadings: string[] } {
  const slotHeadings: string[][] = slots.map(() => []);
  const labelHeadings: string[] = [];
  if (slots.length === 0) return { slotHeadings, labelHeadings };
  const first = slots[0];
  for (const row of rows) {
    for (const cell of row) {
      if (!hasExtent(cell)) continue;
      if (cell.x + cell.width <= first.x || (cell.x < first.x && overlap(cell, first) * 2 < first.width)) {
        labelHeadings.push(cell.text);
        continue;
      }
      const covered = slots
        .map((slot, index) => ({ slot, index }))
        .filter(({ slot }) => slot.x >= cell.x && slot.x + slot.width <= cell.x + cell.width);
      if (covered.length >= 2) {
        if (covered.length < slots.length)
          covered.forEach(({ index }) => slotHeadings[index].push(cell.text));
        continue;
      }
      const index = slotOf(cell, slots);
      if (index >= 0) slotHeadings[index].push(cell.text);
    }
  }
  return { slotHeadings, labelHeadings };
}
