import { useCallback, useEffect, useRef, useState } from "react";

/** The four states every action in the pane goes through. */
export type AsyncState<T> =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "error"; message: string }
  | { status: "result"; value: T };

/** A message fit to show a user, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "Something went wrong, and no reason was given.";
}

/**
 * Runs one async action at a time and tracks its state. A result that arrives after the
 * component is gone, or after a newer run started, is dropped so it cannot overwrite fresher state.
 */
export function useAsync<T>(): [AsyncState<T>, (action: () => Promise<T>) => Promise<void>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: "idle" });
  const latestRun = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (action: () => Promise<T>) => {
    const runId = ++latestRun.current;
    setState({ status: "busy" });
    let next: AsyncState<T>;
    try {
      next = { status: "result", value: await action() };
    } catch (error) {
      next = { status: "error", message: errorMessage(error) };
    }
    if (mounted.current && runId === latestRun.current) setState(next);
  }, []);

  const reset = useCallback(() => {
    latestRun.current++;
    setState({ status: "idle" });
  }, []);

  return [state, run, reset];
}
