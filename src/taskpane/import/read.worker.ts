// The Schedule II reader off the UI thread: a large paste is read here so Excel never freezes.
import { readSchedules } from "../../core/schedule2";
import { toTransfer } from "./transfer";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, models: toTransfer(readSchedules(event.data)) });
  } catch (error) {
    scope.postMessage({ ok: false, message: (error as Error).message });
  }
};
