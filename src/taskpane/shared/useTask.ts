// Long work in the pane (checking a large sheet, writing a column for 10,000 grants): it shows
// progress, can be cancelled, and hands the browser back between blocks so the pane never freezes.
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "./useAsync";

export interface Progress {
  label: string;
  /** Blocks done out of `total`; without them the progress is shown as indeterminate. */
  done?: number;
  total?: number;
}

export class Cancelled extends Error {
  constructor() {
    super("Cancelled.");
    this.name = "Cancelled";
  }
}

/** Lets the browser paint and handle input (a click on Cancel) before the next block. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a task is given: `step` shows progress, yields, and throws Cancelled once the user cancelled. */
export interface Work {
  step(progress: Progress): Promise<void>;
  readonly cancelled: boolean;
}

export type TaskState<T> =
  | { status: "idle" }
  | { status: "busy"; progress: Progress }
  | { status: "cancelled"; message: string }
  | { status: "error"; message: string }
  | { status: "result"; value: T };

/**
 * Runs one task at a time. A newer run, or the component going away, drops an older run's result;
 * `cancel` stops the current run at its next step and shows `cancelMessage`.
 */
export function useTask<T>(): {
  state: TaskState<T>;
  start: (first: Progress, task: (work: Work) => Promise<T>, cancelMessage: string) => Promise<void>;
  cancel: () => void;
  reset: () => void;
} {
  const [state, setState] = useState<TaskState<T>>({ status: "idle" });
  const latest = useRef(0);
  const cancelledRun = useRef(-1);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(
    async (first: Progress, task: (work: Work) => Promise<T>, cancelMessage: string) => {
      const runId = ++latest.current;
      const current = () => mounted.current && runId === latest.current;
      const work: Work = {
        get cancelled() {
          return cancelledRun.current === runId;
        },
        async step(progress: Progress) {
          if (current()) setState({ status: "busy", progress });
          await yieldToBrowser();
          if (cancelledRun.current === runId) throw new Cancelled();
        },
      };
      setState({ status: "busy", progress: first });
      let next: TaskState<T>;
      try {
        await yieldToBrowser();
        if (work.cancelled) throw new Cancelled();
        next = { status: "result", value: await task(work) };
        // Cancelled during the last block: the work is done, but the user asked to drop it.
        if (work.cancelled) throw new Cancelled();
      } catch (error) {
        next =
          error instanceof Cancelled
            ? { status: "cancelled", message: cancelMessage }
            : { status: "error", message: errorMessage(error) };
      }
      if (current()) setState(next);
    },
    [],
  );

  const cancel = useCallback(() => {
    cancelledRun.current = latest.current;
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setState({ status: "idle" });
  }, []);

  return { state, start, cancel, reset };
}
