// Every bad argument gets an error with a message that names the argument; inside Excel always
// #VALUE!, the code whose message Excel shows (the library keeps #NUM! for out-of-range values).
import { ExcelFunctionError } from "../../src/functions/errors";
import { rollForward, rollForwardDiff, vested, vestingTable } from "../../src/functions/functions";

// Reference grant: 2003-07-21 is serial 37823 (2003-01-01 = 37622, + 181 days to Jul 1, + 20).
const GRANT = 37823;
const AS_OF = 38038; // 2004-02-21

function thrownBy(call: () => unknown): ExcelFunctionError {
  try {
    call();
  } catch (error) {
    if (error instanceof ExcelFunctionError) return error;
    throw error;
  }
  throw new Error("expected an Excel error, but the call returned");
}

describe("messages we write ourselves, exactly", () => {
  test.each([
    [
      "text where a date belongs",
      () => vested("abc", 1000, AS_OF),
      "#VALUE!",
      "grantDate: 'abc' is not a date; use a date or YYYY-MM-DD",
    ],
    [
      "an impossible ISO date",
      () => vested(GRANT, 1000, "2003-02-30"),
      "#VALUE!",
      "asOf: '2003-02-30' is not a date; use a date or YYYY-MM-DD",
    ],
    [
      "a boolean date",
      () => vested(true as unknown as number, 1000, AS_OF),
      "#VALUE!",
      "grantDate: TRUE is not a date; use a date or YYYY-MM-DD",
    ],
    [
      "a missing grant date",
      () => vested(null as unknown as number, 1000, AS_OF),
      "#VALUE!",
      "grantDate is required: use a date or YYYY-MM-DD",
    ],
    ["NaN as-of", () => vested(GRANT, 1000, NaN), "#NUM!", "asOf: NaN is not a finite number"],
    [
      "infinite shares",
      () => vested(GRANT, Infinity, AS_OF),
      "#NUM!",
      "shares: Infinity is not a finite number",
    ],
    ["text shares", () => vested(GRANT, "lots", AS_OF), "#VALUE!", "shares: 'lots' is not a number"],
    [
      "boolean shares",
      () => vested(GRANT, true as unknown as number, AS_OF),
      "#VALUE!",
      "shares: TRUE is not a number",
    ],
    [
      "missing shares",
      () => vested(GRANT, null as unknown as number, AS_OF),
      "#VALUE!",
      "shares is required",
    ],
    [
      "a number as schedule",
      () => vested(GRANT, 1000, AS_OF, 12 as unknown as string),
      "#VALUE!",
      "schedule: 12 is not text",
    ],
    [
      "text as termination date",
      () => vested(GRANT, 1000, AS_OF, null, "yesterday"),
      "#VALUE!",
      "terminationDate: 'yesterday' is not a date; use a date or YYYY-MM-DD",
    ],
    [
      "text grant date in VESTINGTABLE",
      () => vestingTable("July 21", 1000),
      "#VALUE!",
      "grantDate: 'July 21' is not a date; use a date or YYYY-MM-DD",
    ],
    [
      "text that is not an amount",
      () => rollForward([["abc"]], [[0]], [[0]], [[0]]),
      "#VALUE!",
      "begin: 'abc' is not a number",
    ],
    [
      "a boolean amount",
      () => rollForward([[1]], [[true]], [[0]], [[0]]),
      "#VALUE!",
      "charged: TRUE is not a number",
    ],
    [
      "bad text inside a range",
      () => rollForward([[1], [2]], [[0], [0]], [[0], ["n/a"]], [[0], [0]]),
      "#VALUE!",
      "other row 2: 'n/a' is not a number",
    ],
    [
      "an infinite amount",
      () => rollForward([[1]], [[0]], [[0]], [[Infinity]]),
      "#NUM!",
      "deductions: Infinity is not a finite number",
    ],
    [
      "ranges of different shapes",
      () => rollForward([[1], [2], [3]], [[1], [2]], [[0]], [[0]]),
      "#VALUE!",
      "ROLLFORWARD: ranges must be the same shape: begin is 3×1, charged is 2×1",
    ],
    [
      "a reported range of another shape",
      () => rollForwardDiff([[1], [2]], [[0]], [[0]], [[0]], [[1], [2], [3]]),
      "#VALUE!",
      "ROLLFORWARDDIFF: ranges must be the same shape: begin is 2×1, reportedEnd is 3×1",
    ],
    [
      "a ragged range",
      () => rollForward([[1, 2], [3]], [[0]], [[0]], [[0]]),
      "#VALUE!",
      "ROLLFORWARD: begin is not a rectangular range",
    ],
    [
      "a negative tolerance",
      () => rollForwardDiff([[1]], [[0]], [[0]], [[0]], [[1]], -1),
      "#NUM!",
      "tolerance: -1 is negative; use 0 or more",
    ],
    [
      "text tolerance",
      () => rollForwardDiff([[1]], [[0]], [[0]], [[0]], [[1]], "small"),
      "#VALUE!",
      "tolerance: 'small' is not a number",
    ],
  ])("%s", (_case, call, code, message) => {
    const error = thrownBy(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });
});

// These messages come from the date and vesting engines; the function layer must keep their kind
// (#VALUE! for the wrong kind of input, #NUM! for a value out of range) and name the argument.
describe("errors from the engines name the argument", () => {
  test.each([
    ["a negative as-of serial", () => vested(GRANT, 1000, -5), "#NUM!", "asOf", "-5"],
    ["an ISO as-of before 1900", () => vested(GRANT, 1000, "1899-12-31"), "#NUM!", "asOf", "1899-12-31"],
    ["a serial after 9999-12-31", () => vested(GRANT, 1000, 2958466), "#NUM!", "asOf", "2958466"],
    [
      "a grant date before 1900 in VESTINGTABLE",
      () => vestingTable("1850-01-01", 1000),
      "#NUM!",
      "grantDate",
      "1850-01-01",
    ],
    ["negative shares", () => vested(GRANT, -1000, AS_OF), "#NUM!", "shares", "-1000"],
    ["fractional shares", () => vested(GRANT, 10.5, AS_OF), "#NUM!", "shares", "10.5"],
    [
      "an unknown unit in the schedule",
      () => vested(GRANT, 1000, AS_OF, "50% at 6 mnths"),
      "#VALUE!",
      "schedule",
      "mnths",
    ],
    [
      "percentages that do not add to 100",
      () => vested(GRANT, 1000, AS_OF, "50% at 6 months, 40% at 12 months"),
      "#VALUE!",
      "schedule",
      "90%",
    ],
    [
      "an unknown rounding",
      () => vested(GRANT, 1000, AS_OF, null, null, "sideways"),
      "#VALUE!",
      "rounding",
      "sideways",
    ],
    [
      "an unknown schedule in VESTINGTABLE",
      () => vestingTable(GRANT, 1000, "whenever"),
      "#VALUE!",
      "schedule",
      "whenever",
    ],
  ])("%s", (_case, call, code, argument, offending) => {
    const error = thrownBy(call);
    expect(error.code).toBe(code);
    expect(error.message.startsWith(`${argument}: `)).toBe(true);
    expect(error.message).toContain(offending);
  });
});

describe("inside Excel", () => {
  // What Excel's runtime provides: errors must be its own class so the cell shows the code and message.
  class RuntimeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  // As @types/custom-functions-runtime: invalidNumber exists, but its message would not show.
  const runtime = { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!" } };
  const globals = globalThis as { CustomFunctions?: unknown };

  function caught(call: () => unknown): unknown {
    try {
      call();
    } catch (error) {
      return error;
    }
    throw new Error("expected the call to throw");
  }

  beforeEach(() => {
    globals.CustomFunctions = runtime;
  });
  afterEach(() => {
    delete globals.CustomFunctions;
  });

  // Excel shows a message only with #VALUE! and #N/A: an out-of-range value is #VALUE! there too.
  test("negative tolerance is thrown as CustomFunctions.Error with #VALUE! and our message", () => {
    const error = caught(() => rollForwardDiff([[1]], [[0]], [[0]], [[0]], [[1]], -1));
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error).toEqual(new RuntimeError("#VALUE!", "tolerance: -1 is negative; use 0 or more"));
  });

  test.each([
    ["negative shares", () => vested(GRANT, -1000, AS_OF), /^shares: .*-1000/],
    ["fractional shares", () => vested(GRANT, 10.5, AS_OF), /^shares: .*10\.5/],
    ["an as-of date before 1900", () => vested(GRANT, 1000, "1899-12-31"), /^asOf: .*1899-12-31/],
    ["a serial after 9999-12-31", () => vested(GRANT, 1000, 2958466), /^asOf: .*2958466/],
    ["NaN as-of", () => vested(GRANT, 1000, NaN), /^asOf: NaN/],
    ["an as-of date of 0 (a desktop blank)", () => vested(GRANT, 1000, 0), /^asOf is empty or 0/],
    ["a grant before 1900 in VESTINGTABLE", () => vestingTable("1850-01-01", 1000), /^grantDate: .*1850/],
    ["an infinite amount", () => rollForward([[1]], [[0]], [[0]], [[Infinity]]), /^deductions: Infinity/],
  ])("%s shows #VALUE! with its message, never a bare #NUM!", (_case, call, message) => {
    const error = caught(call) as RuntimeError;
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });

  test("an unknown schedule is thrown as CustomFunctions.Error with #VALUE!", () => {
    const error = caught(() => vested(GRANT, 1000, AS_OF, "whenever")) as RuntimeError;
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^schedule: .*whenever/);
  });
});
