// `tieout check` over many files on every core: a pool of worker threads, and the main thread
// beside them, results kept in the order the files were given. The largest files go first (to the
// workers), so the batch does not end waiting on one big file; the main thread takes the smallest.
// A worker that runs out of its memory allowance fails only its own file (as "too large"), and a
// fresh worker takes the rest of the queue.
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { FileOutcome } from "./check-file";
import type { CheckTask } from "./check-worker";
import { inputErrorMessage } from "./io";

/** Files sent to a worker ahead of its answers: it never waits on the main thread for the next one. */
const AHEAD = 2;

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

/** The number of files checked at once when none is asked for: one per core. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

export interface PoolOptions {
  /** Each file's size in bytes (0 when unknown): the largest are dealt first. */
  sizes?: number[];
  /**
   * Files smaller than this may be checked on the main thread too, when `jobs` is 2 or more (it then
   * counts as one of the jobs, and one worker fewer starts); a larger file only ever runs in a worker,
   * where running out of memory fails that file instead of the whole command. 0: workers only.
   */
  mainThreadBelow?: number;
}

/**
 * Checks the files `jobs` at a time on worker threads (and the main thread). `onDone` is called once
 * per finished file (in the order they finish) with the number done so far; the result is in the
 * order given.
 */
export async function checkInWorkers(
  files: string[],
  tolerance: number,
  jobs: number,
  onDone: (done: number) => void = () => {},
  { sizes = [], mainThreadBelow = 0 }: PoolOptions = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const size = (index: number) => sizes[index] ?? 0;
  // Largest first, files of one size in the order given: workers take from the front, the main
  // thread from the back.
  const queue = files.map((_, index) => index).sort((a, b) => size(b) - size(a) || a - b);
  const mainHelps = jobs > 1 && files.length > 1 && mainThreadBelow > 0;
  const workerCount = Math.max(1, Math.min(mainHelps ? jobs - 1 : jobs, files.length));
  const heapMb = heapLimitMb(workerCount);
  let done = 0;
  let resolveAll: (outcomes: FileOutcome[]) => void = () => {};
  const all = new Promise<FileOutcome[]>((resolve) => (resolveAll = resolve));
  const finish = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    done++;
    onDone(done);
    if (done === files.length) resolveAll(outcomes);
  };
  const launch = () => {
    const worker = startWorker(heapMb);
    // The files sent and not yet answered, in the order sent: the worker checks them one at a time.
    const sent: number[] = [];
    let stopped = false;
    // A worker's answers can still arrive after its 'error' event (an exception thrown just after it
    // answered): which file failed is settled at 'exit', once every answer it sent has been read.
    let failure: Error | undefined;
    const feed = () => {
      while (failure === undefined && sent.length < AHEAD && queue.length > 0) {
        const index = queue.shift() as number;
        sent.push(index);
        worker.postMessage({ index, file: files[index], tolerance } satisfies CheckTask);
      }
      if (sent.length === 0 && !stopped) {
        stopped = true;
        void worker.terminate();
      }
    };
    worker.on("message", (message: { index: number; outcome: FileOutcome }) => {
      sent.splice(sent.indexOf(message.index), 1);
      finish(message.index, message.outcome);
      feed();
    });
    worker.on("error", (error) => {
      failure ??= error;
    });
    worker.on("exit", (code) => {
      if (sent.length === 0) return;
      stopped = true;
      // The file being checked failed; the ones sent after it go back to the front of the queue.
      const [failed, ...waiting] = sent.splice(0);
      queue.unshift(...waiting);
      const error = failure ?? new Error(`the worker thread stopped (exit code ${code})`);
      const line = inputErrorMessage(error);
      finish(failed, {
        file: files[failed],
        error: line ?? (error.stack || String(error)),
        internal: line === null,
      });
      if (queue.length > 0) launch();
    });
    feed();
  };
  // The workers start first: they load the checker while the main thread loads its own copy.
  for (let w = 0; w < workerCount; w++) launch();
  if (mainHelps) {
    const { checkFileOutcome } = await import("./check-file");
    while (queue.length > 0 && size(queue[queue.length - 1]) < mainThreadBelow) {
      const index = queue.pop() as number;
      finish(index, await checkFileOutcome(files[index], tolerance));
      // Back to the event loop between files, so the workers' answers are read and they are fed again.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return all;
}
