// A worker thread of `tieout check`: takes { index, file, tolerance } messages and answers each
// with { index, outcome }, one file at a time in the order sent (the pool sends a file ahead, and
// needs to know which file a worker was checking when it failed). Started by check-pool.ts;
// nothing here prints.
import { parentPort } from "worker_threads";
import { checkFileOutcome } from "./check-file";

export interface CheckTask {
  index: number;
  file: string;
  tolerance: number;
}

let queue: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: CheckTask) => {
  queue = queue.then(async () => {
    const outcome = await checkFileOutcome(task.file, task.tolerance);
    parentPort?.postMessage({ index: task.index, outcome });
  });
});
