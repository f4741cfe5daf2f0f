// Check off the UI thread: a large sheet is read and checked here so the pane and Excel never freeze.
// The report is plain JSON, so it crosses the worker boundary as it is.
import { checkSchedules, type CellGrid } from "../../core/schedule2";

export interface CheckRequest {
  grid: CellGrid;
  tolerance: string;
  file: string;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  try {
    const { grid, tolerance, file } = event.data;
    scope.postMessage({ ok: true, report: checkSchedules(grid, { tolerance, file }) });
  } catch (error) {
    scope.postMessage({ ok: false, message: (error as Error).message });
  }
};
