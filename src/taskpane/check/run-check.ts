// Check's reading and checking: a large sheet in a Web Worker so the pane (and Excel) stays
// responsive, a small one or one where there is no Worker (Node, jsdom in the tests) on the spot.
import { checkSchedules, type CellGrid } from "../../core/schedule2";
import type { CheckReportJson } from "../../core/schedule2/types";

/** Below this many cells a check takes a few milliseconds: not worth starting a worker. */
export const CHECK_WORKER_CELLS = 5_000;

export async function checkGrid(grid: CellGrid, tolerance: string, file: string): Promise<CheckReportJson> {
  const cells = grid.values.reduce((n, row) => n + row.length, 0);
  if (cells < CHECK_WORKER_CELLS || typeof Worker === "undefined") {
    return checkSchedules(grid, { tolerance, file });
  }
  const { checkInWorker } = await import("./check-client");
  return checkInWorker({ grid, tolerance, file });
}
