// Element-wise evaluation over arguments that are single values or equal-shaped ranges, the way
// Excel's own arithmetic over ranges works: a single value is used against every cell.
import { valueError } from "./errors";

export interface NamedArgument {
  name: string;
  /** A single value, or a range as rows of cells. */
  value: unknown;
}

type Grid = unknown[][];

function toGrid(functionName: string, argument: NamedArgument): Grid {
  const { name, value } = argument;
  if (!Array.isArray(value)) return [[value]];
  const width = Array.isArray(value[0]) ? value[0].length : 0;
  const rectangular =
    value.length > 0 && width > 0 && value.every((row) => Array.isArray(row) && row.length === width);
  if (!rectangular) throw valueError(`${functionName}: ${name} is not a rectangular range`);
  return value as Grid;
}

const shapeOf = (grid: Grid): string => `${grid.length}×${grid[0].length}`;
const isSingle = (grid: Grid): boolean => grid.length === 1 && grid[0].length === 1;

/** Where a cell sits, for messages: just the name for a single value, else its row (and column). */
function cellLabel(name: string, grid: Grid, row: number, column: number): string {
  if (isSingle(grid)) return name;
  return grid[0].length === 1 ? `${name} row ${row + 1}` : `${name} row ${row + 1} column ${column + 1}`;
}

/**
 * Applies `cell` to each position of the ranges' common shape. `cell` gets, per argument, the value
 * and a label naming it (e.g. `charged row 3`) for error messages.
 */
export function elementwise<T>(
  functionName: string,
  args: NamedArgument[],
  cell: (values: unknown[], labels: string[]) => T,
): T[][] {
  const grids = args.map((argument) => toGrid(functionName, argument));
  const ranges = grids.map((grid, i) => ({ grid, name: args[i].name })).filter(({ grid }) => !isSingle(grid));
  const first = ranges[0];
  const mismatch = ranges.find(({ grid }) => shapeOf(grid) !== shapeOf(first.grid));
  if (mismatch) {
    throw valueError(
      `${functionName}: ranges must be the same shape: ${first.name} is ${shapeOf(first.grid)}, ` +
        `${mismatch.name} is ${shapeOf(mismatch.grid)}`,
    );
  }
  const rows = first ? first.grid.length : 1;
  const columns = first ? first.grid[0].length : 1;
  const result: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < columns; c++) {
      const values = grids.map((grid) => (isSingle(grid) ? grid[0][0] : grid[r][c]));
      const labels = grids.map((grid, i) => cellLabel(args[i].name, grid, r, c));
      line.push(cell(values, labels));
    }
    result.push(line);
  }
  return result;
}
