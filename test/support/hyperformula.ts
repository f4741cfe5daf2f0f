// Registers Tieout's custom functions in HyperFormula (a real formula engine, GPL, test-only) so
// tests and the bench can evaluate `=TIEOUT.VESTED(...)` as Excel would: arguments are evaluated
// by the engine, dates are Excel 1900-system serials, ranges arrive as rows of cells, an omitted
// optional argument reaches our function as null, and our errors become #VALUE!/#NUM! cells.
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type ImplementedFunctions,
} from "hyperformula";
import { ExcelFunctionError } from "../../src/functions/errors";
import {
  rollForward,
  rollForwardDiff,
  vested,
  vestingForecast,
  vestingTable,
} from "../../src/functions/functions";

/** HyperFormula configured like Excel's 1900 date system, phantom 1900-02-29 included (see TOOLCHAIN.md). */
export const EXCEL_DATE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
};

/** The part of HyperFormula's ProcedureAst we use (the type itself is not exported). */
type Call = { args: unknown[] };
type CellArgument = number | string | boolean | null;
type ExcelArgument = CellArgument | CellArgument[][];

/** The custom functions as Excel would call them: each returns a value or an array of rows. */
const FUNCTIONS: Record<
  string,
  { arity: number; optional: number; call: (...args: ExcelArgument[]) => unknown }
> = {
  "TIEOUT.VESTED": { arity: 3, optional: 3, call: vested as (...args: ExcelArgument[]) => unknown },
  "TIEOUT.VESTINGTABLE": {
    arity: 2,
    optional: 3,
    call: vestingTable as (...args: ExcelArgument[]) => unknown,
  },
  "TIEOUT.VESTINGFORECAST": {
    arity: 4,
    optional: 4,
    call: vestingForecast as (...args: ExcelArgument[]) => unknown,
  },
  "TIEOUT.ROLLFORWARD": { arity: 4, optional: 0, call: rollForward as (...args: ExcelArgument[]) => unknown },
  "TIEOUT.ROLLFORWARDDIFF": {
    arity: 5,
    optional: 1,
    call: rollForwardDiff as (...args: ExcelArgument[]) => unknown,
  },
};

class UpstreamError {
  constructor(readonly error: CellError) {}
}

/** One engine value as Excel passes it to a custom function. */
function toExcelCell(value: unknown): CellArgument {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof CellError) throw new UpstreamError(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // Dates, currencies and percentages are numbers with a format attached.
  return (value as { val: number }).val;
}

function toExcelArgument(value: unknown): ExcelArgument {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelCell));
  return toExcelCell(value);
}

function toEngineValue(result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  const rows = result as (number | string)[][];
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : SimpleRangeValue.onlyValues(rows);
}

/** Calls one of our functions with engine values, mapping errors both ways. */
function callExcelStyle(name: string, args: unknown[]): unknown {
  const { arity, optional, call } = FUNCTIONS[name];
  const padded = Array.from({ length: arity + optional }, (_, i) => args[i]);
  try {
    return toEngineValue(call(...padded.map(toExcelArgument)));
  } catch (error) {
    if (error instanceof UpstreamError) return error.error;
    if (error instanceof ExcelFunctionError) {
      return new CellError(error.code === "#NUM!" ? ErrorType.NUM : ErrorType.VALUE, error.message);
    }
    throw error;
  }
}

const methodName = (name: string): string => name.replace("TIEOUT.", "").toLowerCase();

class TieoutPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, { arity, optional }]) => [
      name,
      {
        method: methodName(name),
        ...(name === "TIEOUT.VESTED" ? {} : { sizeOfResultArrayMethod: `${methodName(name)}Size` }),
        parameters: [
          ...Array.from({ length: arity }, () => ({ argumentType: FunctionArgumentType.ANY })),
          ...Array.from({ length: optional }, () => ({
            argumentType: FunctionArgumentType.ANY,
            optionalArg: true,
          })),
        ],
      },
    ]),
  );

  // Engine entry points, as named in implementedFunctions.
  vested(ast: Call, state: unknown) {
    return this.run("TIEOUT.VESTED", ast, state);
  }
  vestingtable(ast: Call, state: unknown) {
    return this.run("TIEOUT.VESTINGTABLE", ast, state);
  }
  vestingtableSize(ast: Call, state: unknown) {
    return this.tableSize(ast, state);
  }
  vestingforecast(ast: Call, state: unknown) {
    return this.run("TIEOUT.VESTINGFORECAST", ast, state);
  }
  vestingforecastSize(ast: Call, state: unknown) {
    return this.tableSize(ast, state, "TIEOUT.VESTINGFORECAST");
  }
  rollforward(ast: Call, state: unknown) {
    return this.run("TIEOUT.ROLLFORWARD", ast, state);
  }
  rollforwardSize(ast: Call, state: unknown) {
    return this.rangesSize(ast, state);
  }
  rollforwarddiff(ast: Call, state: unknown) {
    return this.run("TIEOUT.ROLLFORWARDDIFF", ast, state);
  }
  rollforwarddiffSize(ast: Call, state: unknown) {
    return this.rangesSize(ast, state);
  }

  /**
   * ROLLFORWARD's spill is the shape of its ranges, known from the formula text. A single value
   * counts as 1×1, so the largest shape is the common one (unequal shapes end in an error cell).
   */
  private rangesSize(ast: Call, state: unknown): ArraySize {
    const sizeOf = this.arraySizeForAst.bind(this) as (ast: unknown, state: unknown) => ArraySize;
    const sizes = ast.args.map((arg) => sizeOf(arg, state));
    const widest = sizes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    return new ArraySize(widest.width, widest.height);
  }

  /**
   * VESTINGTABLE's spill depends on its arguments, which the engine wants when it parses the
   * formula, so they are evaluated then. That works for constants, DATE() and value cells; a
   * reference to another formula is not computed yet, and the table takes one cell.
   */
  private tableSize(ast: Call, state: unknown, name = "TIEOUT.VESTINGTABLE"): ArraySize {
    const evaluate = this.evaluateAst.bind(this) as (ast: unknown, state: unknown) => unknown;
    let args: unknown[];
    try {
      args = ast.args.map((arg) => evaluate(arg, state));
    } catch {
      return ArraySize.scalar();
    }
    const result = callExcelStyle(name, args);
    return result instanceof SimpleRangeValue
      ? new ArraySize(result.width(), result.height())
      : ArraySize.scalar();
  }

  private run(name: string, ast: Call, state: unknown): unknown {
    const runFunction = this.runFunction as unknown as (
      args: unknown[],
      state: unknown,
      metadata: unknown,
      body: (...args: unknown[]) => unknown,
    ) => unknown;
    return runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) =>
      callExcelStyle(name, args),
    );
  }
}

let registered = false;

/** Registers TIEOUT.VESTED, TIEOUT.VESTINGTABLE, TIEOUT.VESTINGFORECAST, TIEOUT.ROLLFORWARD and TIEOUT.ROLLFORWARDDIFF (once). */
export function registerTieoutFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(Object.keys(FUNCTIONS).map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(TieoutPlugin, { enGB: names });
  registered = true;
}

/** A workbook of one sheet evaluated with our functions and Excel's date system. */
export function buildEngine(sheet: (string | number | boolean | null)[][]): HyperFormula {
  registerTieoutFunctions();
  return HyperFormula.buildFromArray(sheet, EXCEL_DATE_CONFIG);
}
