// Excel errors for custom functions. In Excel only #VALUE! and #N/A carry a custom message
// (custom-functions-errors.md; @types/custom-functions-runtime: a message "can't be used" with
// #NUM! and the others, which show bare). So inside Excel every bad argument is thrown as
// `CustomFunctions.Error(invalidValue, message)`: the cell shows #VALUE! and its tooltip says what
// is wrong. Outside Excel (Node, the library, HyperFormula) that global does not exist, so an
// equivalent class stands in; its `code` keeps the kind of fault (#NUM!: a number out of range) for
// callers of the library, and `shownInExcel` says what the cell shows. The global is read through
// a local shape so this module compiles without the Office typings.
import { VestingError } from "../core/vesting/types";

export type ExcelErrorCode = "#VALUE!" | "#NUM!";

export class ExcelFunctionError extends Error {
  /** What the cell shows in Excel: always #VALUE!, the one error code that shows our message. */
  readonly shownInExcel = "#VALUE!";
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExcelFunctionError";
  }
}

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => { code: string; message?: string };
  ErrorCode: { invalidValue: string };
}

function makeError(code: ExcelErrorCode, message: string): unknown {
  const runtime = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  // #NUM! would show bare in Excel: the message is what the user needs, so #VALUE! it is.
  if (runtime) return new runtime.Error(runtime.ErrorCode.invalidValue, message);
  return new ExcelFunctionError(code, message);
}

/** #VALUE!: an argument of the wrong kind (text where a date belongs, an unknown schedule...). */
export function valueError(message: string): unknown {
  return makeError("#VALUE!", message);
}

/** A number of the right kind but out of range (negative shares, a date before 1900...): #VALUE! with its message in Excel. */
export function numError(message: string): unknown {
  return makeError("#NUM!", message);
}

/**
 * Runs a function body, turning the core's input errors into Excel errors that name the argument.
 * Anything else (our own Excel errors, or a bug) passes through unchanged: a bug must not be
 * dressed up as the user's fault.
 */
export function withExcelErrors<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof VestingError) {
      const message = error.message.startsWith(error.argument)
        ? error.message
        : `${error.argument}: ${error.message}`;
      throw error.kind === "num" ? numError(message) : valueError(message);
    }
    throw error;
  }
}
