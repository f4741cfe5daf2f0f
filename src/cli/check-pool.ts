// `tieout check` over many files on every core: a pool of worker threads, one file at a time each,
// results kept in the order the files were given. A worker that runs out of its memory allowance
// fails only its own file (as "too large"), and a fresh worker takes the rest of the queue.
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { FileOutcome } from "./check-file";
import type { CheckTask } from "./check-worker";
import { inputErrorMessage } from "./io";

/** Heap per worker: a share of the machine's memory, so every worker together stays within it. */
function heapLimitMb(workers: number): number {
  const totalMb = Math.floor(os.totalmem() / (1024 * 1024));
  return Math.max(256, Math.min(4096, Math.floor(totalMb / (workers + 1) / 2)));
}

function startWorker(heapMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  if (__filename.endsWith(".ts")) {
    // Run from the sources (tests, the bench): compile the worker on the fly.
    const entry = path.join(__dirname, "check-worker.ts");
    const code = `require("ts-node").register({ transpileOnly: true }); require(${JSON.stringify(entry)});`;
    return new Worker(code, { ...options, eval: true });
  }
  return new Worker(path.join(__dirname, "check-worker.js"), options);
}

/** The number of worker threads to use when none is asked for: every core. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/**
 * Checks the files on `jobs` worker threads. `onDone` is called once per finished file (in the
 * order they finish) with the number done so far; the result is in the order given.
 */
export function checkInWorkers(
  files: string[],
  tolerance: number,
  jobs: number,
  onDone: (done: number) => void = () => {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const workerCount = Math.max(1, Math.min(jobs, files.length));
  const heapMb = heapLimitMb(workerCount);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = (index: number, outcome: FileOutcome) => {
      outcomes[index] = outcome;
      done++;
      onDone(done);
      if (done === files.length) resolve(outcomes);
    };
    const launch = () => {
      const worker = startWorker(heapMb);
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current], tolerance } satisfies CheckTask);
      };
      worker.on("message", (message: { index: number; outcome: FileOutcome }) => {
        finish(message.index, message.outcome);
        feed();
      });
      worker.on("error", (error) => {
        if (current < 0) return;
        const failed = current;
        current = -1;
        const line = inputErrorMessage(error);
        finish(failed, {
          file: files[failed],
          error: line ?? (error.stack || String(error)),
          internal: line === null,
        });
        if (next < files.length) launch();
      });
      feed();
    };
    for (let w = 0; w < workerCount; w++) launch();
  });
}
