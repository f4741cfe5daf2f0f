// The allocation type applies to the whole schedule: equal installments that follow one another
// form one run, however the schedule spells them ("25% at 1 year, 25% at 2 years, ..." or
// "100% annually over 4 years"), and front/back-loading splits each run's whole shares.
import fc from "fast-check";
import { ROUNDINGS, Rounding, vestingTable } from "../../../src/core/vesting";

const table = (shares: number, schedule: string, rounding: Rounding): string[] =>
  vestingTable({ grantDate: "2020-01-15", shares, schedule, rounding }).map(
    (row) => `${row.date} ${row.shares.toString()}`,
  );
const sharesOf = (shares: number, schedule: string, rounding: Rounding): string =>
  vestingTable({ grantDate: "2020-01-15", shares, schedule, rounding })
    .map((row) => row.shares.toString())
    .join("-");

const GRADED = "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years";
const ANNUAL = "100% annually over 4 years";

describe("18 shares, four annual quarters, spelled two ways", () => {
  it.each<[Rounding, string]>([
    // one run of 4: 18 = 4·4 + 2
    ["front-loaded-single", "6-4-4-4"],
    ["back-loaded-single", "4-4-4-6"],
    ["front-loaded", "5-5-4-4"],
    ["back-loaded", "4-4-5-5"],
    ["cumulative-round-down", "4-5-4-5"],
    ["cumulative-rounding", "5-4-5-4"],
  ])("%s gives %s both ways", (rounding, expected) => {
    expect(sharesOf(18, GRADED, rounding)).toBe(expected);
    expect(sharesOf(18, ANNUAL, rounding)).toBe(expected);
  });

  it("the 4-year-annual preset is the same run", () => {
    expect(sharesOf(18, "4y-annual", "front-loaded-single")).toBe("6-4-4-4");
  });

  it("unequal tranches that follow one another stay separate runs", () => {
    // 50% then 3 × 16.67%: runs [1] and [3]; 10 shares: 5, then 5 = 3·1 + 2 front-loaded.
    expect(sharesOf(10, "50% at 1 month, then 50% monthly over 3 months", "front-loaded")).toBe("5-2-2-1");
  });

  it("a run continues across segments written separately", () => {
    // "25% at 3 months, then 75% every 3 months over 9 months" is 4 equal quarterly installments.
    expect(
      sharesOf(18, "25% at 3 months, then 75% every 3 months over 9 months", "front-loaded-single"),
    ).toBe("6-4-4-4");
  });
});

/** One group of equal installments: `count` of `basisPoints`/100 % each, `gap` months apart. */
interface Group {
  count: number;
  gap: number;
  basisPoints: number;
}

const percent = (basisPoints: number): string => `${basisPoints / 100}%`;

/** Every installment as its own "P% at N months". */
function oneByOne(groups: Group[]): string {
  let month = 0;
  const parts: string[] = [];
  for (const { count, gap, basisPoints } of groups) {
    for (let k = 0; k < count; k++) {
      month += gap;
      parts.push(`${percent(basisPoints)} at ${month} months`);
    }
  }
  return parts.join(", ");
}

/** Each group as one "every K months over N months" segment. */
function byGroup(groups: Group[]): string {
  return groups
    .map(
      ({ count, gap, basisPoints }) =>
        `${percent(count * basisPoints)} every ${gap} months over ${count * gap} months`,
    )
    .join(", then ");
}

/** Neighbouring groups of the same size and spacing written as one segment. */
function merged(groups: Group[]): string {
  const out: Group[] = [];
  for (const group of groups) {
    const last = out[out.length - 1];
    if (last && last.gap === group.gap && last.basisPoints === group.basisPoints) last.count += group.count;
    else out.push({ ...group });
  }
  return byGroup(out);
}

const schedules = fc
  .array(
    fc.record({
      count: fc.integer({ min: 1, max: 4 }),
      gap: fc.constantFrom(1, 3, 12),
      // few sizes, so equal neighbours are common
      basisPoints: fc.constantFrom(100, 250, 500, 600),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((groups) => {
    const used = groups.reduce((sum, g) => sum + g.count * g.basisPoints, 0);
    // the rest, as equal installments when it divides evenly, else one last tranche
    const rest = 10000 - used;
    const last = groups[groups.length - 1];
    const tail =
      rest % last.basisPoints === 0
        ? { count: rest / last.basisPoints, gap: last.gap, basisPoints: last.basisPoints }
        : { count: 1, gap: last.gap, basisPoints: rest };
    return [...groups, tail];
  });

describe("property: two spellings of the same tranches give the same table", () => {
  it("one by one, by group and merged agree under every allocation type", () => {
    fc.assert(
      fc.property(
        schedules,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(...ROUNDINGS),
        (groups, shares, rounding) => {
          const expected = table(shares, byGroup(groups), rounding);
          expect(table(shares, oneByOne(groups), rounding)).toEqual(expected);
          expect(table(shares, merged(groups), rounding)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
