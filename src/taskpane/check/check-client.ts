// Checks a grid in a Web Worker (webpack 5 bundles the worker from this `new URL`). Loaded only in
// a browser, on demand: Node and jsdom check on the spot (run-check.ts).
import type { CheckReportJson } from "../../core/schedule2/types";
import type { CheckRequest } from "./check.worker";

type Reply = { ok: true; report: CheckReportJson } | { ok: false; message: string };

export function checkInWorker(request: CheckRequest): Promise<CheckReportJson> {
  // @ts-expect-error import.meta is for the ES-module browser build; tsconfig.json targets CommonJS.
  const worker = new Worker(new URL("./check.worker.ts", import.meta.url));
  return new Promise<CheckReportJson>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.report);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The check stopped: ${event.message}`));
    };
    worker.postMessage(request);
  });
}
