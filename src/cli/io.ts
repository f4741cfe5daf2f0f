// What a command needs from the outside world, so tests can run `main` in-process.

export interface CliIo {
  /** Writes one chunk of standard output (a trailing newline is added). */
  out(text: string): void;
  /** Writes one chunk of standard error (a trailing newline is added). */
  err(text: string): void;
  /** Redraws one line of progress in place (a terminal's stderr only); "" clears it. */
  progress?(text: string): void;
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

/**
 * A file that cannot be read as given (too large, unreadable encoding, a malformed workbook):
 * exit 2 and one line saying what is wrong and what to do. Readers may throw their own Error
 * subclasses; `inputErrorMessage` treats every non-built-in subclass the same way.
 */
export class InputError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

// By name, not identity: an error made in another realm (a vm context, a worker) has other constructors.
const BUILT_IN_ERRORS = new Set<string>([
  "Error",
  "TypeError",
  "RangeError",
  "ReferenceError",
  "SyntaxError",
  "EvalError",
  "URIError",
]);

const isError = (value: unknown): value is Error =>
  value instanceof Error ||
  (typeof value === "object" && value !== null && typeof (value as Error).message === "string");

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  ENOSPC: "no space left on the disk",
  EROFS: "the file system is read-only",
  EMFILE: "too many open files; check fewer files at once",
  EEXIST: "it already exists",
};

/**
 * The one line to print for an error a user can act on, or null for a programming error.
 * A thrown error from a reader (its own Error subclass) is a fact about the input; so are
 * a string or call stack too large for the engine and a refused file-system call.
 */
export function inputErrorMessage(error: unknown): string | null {
  if (!isError(error)) return null;
  if (error instanceof UsageError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  const path = (error as NodeJS.ErrnoException).path;
  if (code && SYSTEM_ERRORS[code]) return `${path ? `${path}: ` : ""}${SYSTEM_ERRORS[code]}`;
  if (
    code === "ERR_STRING_TOO_LONG" ||
    (error.name === "RangeError" &&
      /Invalid string length|Maximum call stack|Array buffer allocation/.test(error.message))
  ) {
    return "the input is too large to read in memory; split it into smaller files";
  }
  if (code === "ERR_WORKER_OUT_OF_MEMORY") {
    return "the input is too large to check in the memory allowed; split it into smaller files";
  }
  if (!BUILT_IN_ERRORS.has(Object.getPrototypeOf(error)?.constructor?.name)) return error.message;
  return null;
}
