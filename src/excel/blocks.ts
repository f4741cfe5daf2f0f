// Large ranges in blocks of rows, each block its own request: Excel on the web refuses a request
// or a response over 5 MB, and no read may hold more than 5,000,000 cells (past it `values` can
// come back null, office-js #6781). excel-add-ins-ranges-large.md suggests blocks of 5k–20k rows;
// we size them by cells, and shrink the next block when one came back larger than planned, so the
// number of syncs grows with the blocks only, never with the cells.

/** Aim well under 5 MB per response: four properties of a cell are about 100 bytes of JSON. */
export const CELLS_PER_BLOCK = 20_000;
export const TARGET_BYTES = 2_500_000;
/** A request we send: cut writes so that each sync carries at most this much JSON. */
export const WRITE_BYTES = 2_000_000;
/** Beyond this, a sheet is out of reach of one action (Excel itself stops reads at 5,000,000). */
export const MAX_CELLS = 5_000_000;

export interface RowBlock {
  row: number;
  rowCount: number;
}

/** The first block of rows of a `rowCount` × `columnCount` range. */
export function firstBlock(rowCount: number, columnCount: number): number {
  return Math.max(1, Math.min(rowCount, Math.floor(CELLS_PER_BLOCK / Math.max(1, columnCount))));
}

/** The next block's rows, scaled so that its response lands near TARGET_BYTES. */
export function nextBlockRows(previousRows: number, previousBytes: number): number {
  if (previousBytes <= 0) return previousRows;
  const scaled = Math.floor((previousRows * TARGET_BYTES) / previousBytes);
  return Math.max(1, Math.min(previousRows * 2, scaled));
}

export function jsonSize(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

/** Refuses a range no action can read, with what to do. */
export function checkReach(address: string, rowCount: number, columnCount: number): void {
  const cells = rowCount * columnCount;
  if (cells > MAX_CELLS) {
    throw new Error(
      `${address} has ${cells.toLocaleString("en-US")} cells, more than Excel lets an add-in read (${MAX_CELLS.toLocaleString("en-US")}). Select the table itself, or split the sheet.`,
    );
  }
}

/**
 * Rows cut into blocks whose JSON (per `bytesOfRow`) stays under WRITE_BYTES, for writes: we
 * know exactly what we send.
 */
export function writeBlocks(rowBytes: number[]): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((size, i) => {
    if (i > start && bytes + size > WRITE_BYTES) {
      blocks.push({ row: start, rowCount: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rowBytes.length > start) blocks.push({ row: start, rowCount: rowBytes.length - start });
  return blocks;
}
