// VESTINGTABLE counts a grant of whole shares in integers on Numbers (core/vesting/table's
// wholeShareRows) and takes the Decimal rows for the rest. These properties hold the function to
// the Decimal path it had before (the core's vestingTable, read as Numbers, percent ÷ 100): the
// same cells, or the same error, for random schedules, share counts (small, near the limits of
// exact Number products, past 2^53, as text), every rounding, terminations and both date systems.
import fc from "fast-check";
import { isoToSerial, serialToIso } from "../../src/core/dates";
import { ROUNDINGS, vestingTable as decimalVestingTable } from "../../src/core/vesting";
import { toGrantInput } from "../../src/functions/coercion";
import { withExcelErrors } from "../../src/functions/errors";
import { VESTING_TABLE_HEADER, vestingTable } from "../../src/functions/functions";
import { scheduleText } from "../support/schedule-text-arbitrary";

/** The function as it was: the Decimal rows, every figure read as a Number. */
function decimalPath(
  grantDate: unknown,
  shares: unknown,
  schedule: unknown,
  termination: unknown,
  rounding: unknown,
  system: 1900 | 1904,
): unknown[][] {
  return withExcelErrors(() => {
    const rows = decimalVestingTable(
      toGrantInput(grantDate, shares, schedule, termination, rounding, system),
    );
    return [
      VESTING_TABLE_HEADER,
      ...rows.map((t) => [
        isoToSerial(t.date, system),
        t.shares.toNumber(),
        t.cumulative.toNumber(),
        t.unvested.toNumber(),
        t.percent.div(100).toNumber(),
      ]),
    ];
  });
}

function attempt(make: () => unknown[][]): unknown {
  try {
    return make();
  } catch (error) {
    return { error: (error as Error).message, code: (error as { code?: string }).code };
  }
}

const call = fc.record({
  grantSerial: fc.integer({ min: 61, max: 60000 }),
  asText: fc.boolean(),
  shares: fc.oneof(
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.integer({ min: 1e12, max: Number.MAX_SAFE_INTEGER }),
    fc.bigInt({ min: 0n, max: 10n ** 22n }).map((n) => n.toString()),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  ),
  sharesAsText: fc.boolean(),
  schedule: fc.oneof(scheduleText, fc.constantFrom(null, "", "reference-grant", "not a schedule")),
  rounding: fc.constantFrom(null, ...ROUNDINGS),
  terminationOffset: fc.option(fc.integer({ min: -400, max: 4000 })),
  system: fc.constantFrom(1900 as const, 1904 as const),
});

describe("VESTINGTABLE: the integer path", () => {
  it("gives exactly the Decimal path's cells, or its error, for any grant", () => {
    fc.assert(
      fc.property(call, (c) => {
        // In the 1904 system a serial is 1,462 days earlier in the calendar than the same 1900 serial.
        const date = c.asText ? serialToIso(c.grantSerial + 1) : c.grantSerial;
        const shares = c.sharesAsText ? String(c.shares) : c.shares;
        const termination = c.terminationOffset === null ? null : c.grantSerial + c.terminationOffset;
        const expected = attempt(() =>
          decimalPath(date, shares, c.schedule, termination, c.rounding, c.system),
        );
        const actual = attempt(() =>
          vestingTable(date, shares as number | string, c.schedule, termination, c.rounding, c.system),
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it("spills 18 shares front-loaded over four quarters as 5-5-4-4 with percents 5/18, 10/18, 14/18, 1", () => {
    // 2024-01-31 is serial 45322; plus 3, 6, 9, 12 months clamped to month ends: 2024-04-30
    // (45412), 2024-07-31 (45504), 2024-10-31 (45596), 2025-01-31 (45688).
    expect(vestingTable(45322, 18, "100% quarterly over 12 months", null, "front-loaded")).toEqual([
      VESTING_TABLE_HEADER,
      [45412, 5, 5, 13, 5 / 18],
      [45504, 5, 10, 8, 10 / 18],
      [45596, 4, 14, 4, 14 / 18],
      [45688, 4, 18, 0, 1],
    ]);
  });
});
