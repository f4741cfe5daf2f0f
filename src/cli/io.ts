// What a command needs from the outside world, so tests can run `main` in-process.

export interface CliIo {
  /** Writes one chunk of standard output (a trailing newline is added). */
  out(text: string): void;
  /** Writes one chunk of standard error (a trailing newline is added). */
  err(text: string): void;
}

/** Exit codes of every command: 0 all good (or every schedule ties), 1 breaks found, 2 bad usage or input. */
export const EXIT = { ok: 0, breaks: 1, usage: 2 } as const;

/** A mistake in the command line or its input: reported on stderr with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
