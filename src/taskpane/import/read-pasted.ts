// The pasted text read as schedules: a large paste in a Web Worker so the pane (and Excel) stays
// responsive, a small one or one where there is no Worker (Node, jsdom in the tests) on the spot.
import { readSchedules } from "../../core/schedule2";
import type { ScheduleModel } from "../../core/schedule2/types";

/** Below this many characters reading takes a few milliseconds: not worth starting a worker. */
export const WORKER_THRESHOLD = 100_000;

export async function readPasted(text: string): Promise<ScheduleModel[]> {
  if (text.length < WORKER_THRESHOLD || typeof Worker === "undefined") return readSchedules(text);
  const { readInWorker } = await import("./worker-client");
  return readInWorker(text);
}
