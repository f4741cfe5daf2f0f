// A worker thread of `tieout check`: takes { index, file, tolerance } messages and answers each
// with { index, outcome }. Started by check-pool.ts; nothing here prints.
import { parentPort } from "worker_threads";
import { checkFileOutcome } from "./check-file";

export interface CheckTask {
  index: number;
  file: string;
  tolerance: number;
}

parentPort?.on("message", (task: CheckTask) => {
  void checkFileOutcome(task.file, task.tolerance).then((outcome) =>
    parentPort?.postMessage({ index: task.index, outcome }),
  );
});
