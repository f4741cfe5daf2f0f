// Reads pasted text in a Web Worker (webpack 5 bundles the worker from this `new URL`). Loaded
// only in a browser, on demand: Node and jsdom read on the spot (read-pasted.ts).
import type { ScheduleModel } from "../../core/schedule2/types";
import { fromTransfer, type TransferModel } from "./transfer";

type Reply = { ok: true; models: TransferModel[] } | { ok: false; message: string };

export function readInWorker(text: string): Promise<ScheduleModel[]> {
  // @ts-expect-error import.meta is for the ES-module browser build; tsconfig.json targets CommonJS.
  const worker = new Worker(new URL("./read.worker.ts", import.meta.url));
  return new Promise<ScheduleModel[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      if (event.data.ok) resolve(fromTransfer(event.data.models));
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The reader stopped: ${event.message}`));
    };
    worker.postMessage(text);
  });
}
