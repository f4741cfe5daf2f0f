import fc from "fast-check";
import Decimal from "decimal.js";
import { runChecks } from "../../../../src/core/schedule2/checks";
import type { ScheduleRowModel, SignConvention } from "../../../../src/core/schedule2/types";
import { genericColumns, schedule } from "./builders";

const ACCOUNT_NAMES = [
  "Allowance for doubtful accounts",
  "Inventory reserve",
  "Warranty reserve",
  "Deferred tax valuation allowance",
  "Sales returns",
  "Restructuring reserve",
];

interface Shape {
  accounts: string[];
  years: number[];
  additionColumns: number;
  deductionColumns: number;
  convention: SignConvention;
  totalName: string | null;
  seed: number;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  accounts: fc.uniqueArray(fc.constantFrom(...ACCOUNT_NAMES), { minLength: 1, maxLength: 4 }),
  years: fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 4 }), fc.boolean())
    .map(([first, count, descending]) => {
      const ascending = Array.from({ length: count }, (_, i) => first + i);
      return descending ? ascending.reverse() : ascending;
    }),
  additionColumns: fc.integer({ min: 1, max: 3 }),
  deductionColumns: fc.integer({ min: 0, max: 2 }),
  convention: fc.constantFrom<SignConvention>("deductions-subtracted", "all-added", "absolute-deductions"),
  totalName: fc.constantFrom(null, "Total", ""),
  seed: fc.integer(),
});

/** A small deterministic generator, so one fast-check seed describes the whole schedule. */
function randomInts(seed: number) {
  let state = seed >>> 0 || 1;
  return (min: number, max: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return min + ((state >>> 0) % (max - min + 1));
  };
}

/**
 * A schedule that ties by construction. Each deduction has a magnitude m that reduces the balance; it is
 * printed m (subtracted), or with any sign s·m when parentheses are presentation; added-as-printed tables
 * print any signed value d, which is added. Totals add up their period's rows column by column
 * (magnitudes under absolute-deductions), and each year begins where the previous one ended.
 */
function consistentSchedule(shape: Shape): ScheduleRowModel[] {
  const int = randomInts(shape.seed);
  const chronological = [...shape.years].sort((a, b) => a - b);
  const balance = new Map(shape.accounts.map((account) => [account, int(0, 100000)]));
  const blocks = new Map<number, ScheduleRowModel[]>();
  let cell = 0;
  const locations = (n: number) => Array.from({ length: n }, () => `C${++cell}`);
  const makeRow = (
    year: number,
    account: string,
    isTotal: boolean,
    begin: number,
    additions: number[],
    deductions: number[],
    end: number,
  ): ScheduleRowModel => {
    const cellLocations = locations(additions.length + deductions.length + 2);
    return {
      period: String(year),
      periodLabel: `Year ended December 31, ${year}`,
      account,
      isTotal,
      begin: new Decimal(begin),
      additions: additions.map((v) => new Decimal(v)),
      deductions: deductions.map((v) => new Decimal(v)),
      end: new Decimal(end),
      location: cellLocations[0],
      cellLocations,
    };
  };
  for (const year of chronological) {
    const rows: ScheduleRowModel[] = [];
    const totals = {
      begin: 0,
      additions: Array(shape.additionColumns).fill(0),
      deductions: Array(shape.deductionColumns).fill(0),
      end: 0,
    };
    for (const account of shape.accounts) {
      const begin = balance.get(account)!;
      const additions = Array.from({ length: shape.additionColumns }, () => int(-5000, 50000));
      let deductions: number[];
      let end: number;
      if (shape.convention === "all-added") {
        deductions = Array.from({ length: shape.deductionColumns }, () => int(-50000, 5000));
        end = begin + sum(additions) + sum(deductions);
      } else {
        const magnitudes = Array.from({ length: shape.deductionColumns }, () => int(0, 50000));
        deductions =
          shape.convention === "absolute-deductions"
            ? magnitudes.map((m) => (int(0, 1) ? -m : m))
            : magnitudes;
        end = begin + sum(additions) - sum(magnitudes);
      }
      rows.push(makeRow(year, account, false, begin, additions, deductions, end));
      balance.set(account, end);
      totals.begin += begin;
      totals.end += end;
      additions.forEach((v, k) => (totals.additions[k] += v));
      deductions.forEach(
        (v, k) => (totals.deductions[k] += shape.convention === "absolute-deductions" ? Math.abs(v) : v),
      );
    }
    if (shape.totalName !== null) {
      const printedDeductions =
        shape.convention === "absolute-deductions"
          ? totals.deductions.map((m) => (int(0, 1) ? -m : m))
          : totals.deductions;
      rows.push(
        makeRow(year, shape.totalName, true, totals.begin, totals.additions, printedDeductions, totals.end),
      );
    }
    blocks.set(year, rows);
  }
  return shape.years.flatMap((year) => blocks.get(year)!);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

describe("checks on generated schedules", () => {
  it("a consistent schedule has no error (and no finding unless its signs contradict the printing), whatever its accounts, years, columns, convention and totals", () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const rows = consistentSchedule(shape);
        const model = schedule(rows, genericColumns(shape.additionColumns, shape.deductionColumns));
        const findings = runChecks(model);
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
        // The one allowed exception: deductions that are added, yet every one printed positive. A lone
        // such row is no evidence against the printing, so it ties only "if read as added": a warning.
        const printed = rows.flatMap((row) => row.deductions).filter((d) => !d.isZero());
        const addedThoughPrintedPositive =
          shape.convention === "all-added" && printed.length > 0 && printed.every((d) => d.isPositive());
        if (!addedThoughPrintedPositive) expect(findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("one changed figure gives an error naming that row, its total or its neighbouring year", () => {
    // Every printed figure is a whole number, so a change of k + ½ can never be mistaken for another sign
    // reading (those differ from the printed end by whole numbers): it must be reported as an error.
    // A whole-number change equal to twice a deduction is exactly such a reading, and rightly only a warning.
    fc.assert(
      fc.property(
        shapeArb,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -1000, max: 1000 }),
        (shape, rowPick, figurePick, k) => {
          const rows = consistentSchedule(shape);
          const changed = rows[rowPick % rows.length];
          const figures = changed.cellLocations.length;
          const position = figurePick % figures;
          const delta = new Decimal(k).plus(0.5);
          const additions = changed.additions.length;
          if (position === 0) changed.begin = changed.begin.plus(delta);
          else if (position === figures - 1) changed.end = changed.end.plus(delta);
          else if (position <= additions)
            changed.additions[position - 1] = changed.additions[position - 1].plus(delta);
          else
            changed.deductions[position - 1 - additions] =
              changed.deductions[position - 1 - additions].plus(delta);

          const errors = runChecks(
            schedule(rows, genericColumns(shape.additionColumns, shape.deductionColumns)),
          ).filter((f) => f.severity === "error");
          const year = Number(changed.period);
          const namesIt = (f: (typeof errors)[number]) =>
            (f.period === changed.period && f.account === changed.account) ||
            (f.period === changed.period && f.check === "footing") ||
            (f.account === changed.account && Math.abs(Number(f.period) - year) === 1);
          expect(errors.some(namesIt)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary rows, and every difference is reported minus expected", () => {
    const decimal = fc.integer({ min: -1e9, max: 1e9 }).map((n) => new Decimal(n));
    const rowArb = fc.record({
      period: fc.oneof(fc.constantFrom("2001", "2002", "2003", ""), fc.string()),
      periodLabel: fc.string(),
      account: fc.oneof(fc.constantFrom("A", "a –", "Total", ""), fc.string()),
      isTotal: fc.boolean(),
      begin: decimal,
      additions: fc.array(decimal, { maxLength: 4 }),
      deductions: fc.array(decimal, { maxLength: 3 }),
      end: decimal,
      location: fc.string(),
      cellLocations: fc.array(fc.string(), { maxLength: 9 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.nat({ max: 3 }), (rows, columns) => {
        const findings = runChecks(schedule(rows, genericColumns(columns, columns % 2)));
        for (const f of findings) {
          expect(f.difference).toBe(f.actual! - f.expected!);
        }
      }),
      { numRuns: 300 },
    );
  });
});
