// Excel errors for custom functions. In Excel, a thrown `CustomFunctions.Error` shows as #VALUE! or
// #NUM! with our message in the cell's tooltip. Outside Excel (Node, the library, HyperFormula) that
// global does not exist, so an equivalent class with the same `code` and `message` stands in.
// The global is read through a local shape so this module compiles without the Office typings.
import { VestingError } from "../core/vesting/types";

export type ExcelErrorCode = "#VALUE!" | "#NUM!";

export class ExcelFunctionError extends Error {
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
  ErrorCode: { invalidValue: string; invalidNumber: string };
}

function makeError(code: ExcelErrorCode, message: string): unknown {
  const runtime = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (runtime) {
    const excelCode = code === "#NUM!" ? runtime.ErrorCode.invalidNumber : runtime.ErrorCode.invalidValue;
    return new runtime.Error(excelCode, message);
  }
  return new ExcelFunctionError(code, message);
}

/** #VALUE!: an argument of the wrong kind (text where a date belongs, an unknown schedule...). */
export function valueError(message: string): unknown {
  return makeError("#VALUE!", message);
}

/** #NUM!: a number of the right kind but out of range (negative shares, a date before 1900...). */
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
