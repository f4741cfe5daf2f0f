// OCF VestingTerms to and from Tieout schedules: the samples and explainer examples of OCF,
// exported terms checked against OCF's own JSON Schema, and the round trip as a property.
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import {
  OcfError,
  grantsFromOcf,
  scheduleToVestingTerms,
  vestingTermsToSchedule,
} from "../../../src/core/ocf";
import { grantVestedOn } from "../../../src/core/ocf/package";
import { DayOfMonth, ROUNDINGS, Rounding, vestingTable } from "../../../src/core/vesting";
import { SHARED_DIR } from "../../support/shared";
import { schemaErrors } from "./schema";

const OCF_DIR = path.join(SHARED_DIR, "ocf");
const readJson = (relative: string): { items: Record<string, unknown>[] } =>
  JSON.parse(fs.readFileSync(path.join(OCF_DIR, relative), "utf8"));
const termsIn = (relative: string, id: string) => {
  const found = readJson(relative).items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`${id} not in ${relative}`);
  return found;
};

function ocfErrorOf(body: () => unknown): OcfError {
  try {
    body();
  } catch (error) {
    if (error instanceof OcfError) return error;
    throw error;
  }
  throw new Error("expected an OcfError");
}

const table = (
  schedule: string,
  rounding: Rounding,
  dayOfMonth: DayOfMonth,
  grantDate: string,
  shares: number,
) =>
  vestingTable({ grantDate, shares, schedule, rounding, dayOfMonth }).map(
    (row) => `${row.date} ${row.shares.toString()}`,
  );

describe("OCF samples and explainer examples", () => {
  it("the explainer's 4-year, 1-year-cliff terms: 480 shares from 2021-01-30", () => {
    const imported = vestingTermsToSchedule(
      termsIn("samples/VestingTerms.ocf.json", "4yr-1yr-cliff-schedule"),
    );
    expect(imported).toEqual({
      schedule: "25% at 12 months, then 75% monthly over 36 months",
      rounding: "cumulative-rounding",
      dayOfMonth: "start",
    });
    // As the explainer says: 120 shares on 2022-01-30, then 10 on 2022-02-28, then the 30th.
    const rows = table(imported.schedule, imported.rounding, imported.dayOfMonth, "2021-01-30", 480);
    expect(rows.slice(0, 3)).toEqual(["2022-01-30 120", "2022-02-28 10", "2022-03-30 10"]);
    expect(rows.length).toBe(37);
    expect(rows[36]).toBe("2025-01-30 10");
  });

  it("the six-year back-loaded option: 10% at 2 years, then four years of rising monthly portions", () => {
    const imported = vestingTermsToSchedule(
      termsIn("samples/VestingTerms.ocf.json", "6-yr-option-back-loaded"),
    );
    // 1/80, 1/60, 1/48, 1/40 a month for 12 months each: 15%, 20%, 25%, 30%.
    expect(imported.schedule).toBe(
      "10% at 24 months, then 15% monthly over 12 months, then 20% monthly over 12 months, then 25% monthly over 12 months, then 30% monthly over 12 months",
    );
    expect(imported.rounding).toBe("back-loaded");
  });

  it.each([
    ["samples/VestingTerms.example1.ocf.json", "all-or-nothing", ["qualifying-sale"]],
    [
      "samples/VestingTerms.example2.ocf.json",
      "all-or-nothing-with-expiration",
      ["vesting-start", "absolute-expiration", "qualifying-sale"],
    ],
    [
      "samples/VestingTerms.ocf.json",
      "multi-tranche-event-based",
      ["double-trigger-acceleration", "100k-sale-1"],
    ],
    ["samples/VestingTerms.ocf.json", "custom-vesting-100pct-upfront", ["full-vesting"]],
    [
      "samples/VestingTerms.ocf.json",
      "path-dependent-milestone-vesting",
      ["qualified-fda-acceptance", "fda-acceptance-deadline-missed"],
    ],
  ])("%s %s: refused with a message naming %j", (file, id, conditions) => {
    const error = ocfErrorOf(() => vestingTermsToSchedule(termsIn(file, id)));
    expect(error.message).toContain(`vesting terms '${id}' cannot be a Tieout schedule`);
    for (const condition of conditions) expect(error.message).toContain(`'${condition}'`);
    expect(error.conditionId).not.toBeNull();
  });

  it("names the event, the fixed date and the branch for what they are", () => {
    const message = ocfErrorOf(() =>
      vestingTermsToSchedule(
        termsIn("samples/VestingTerms.example2.ocf.json", "all-or-nothing-with-expiration"),
      ),
    ).message;
    expect(message).toContain("condition 'qualifying-sale' vests on an event (VESTING_EVENT)");
    expect(message).toContain("condition 'absolute-expiration' triggers on a fixed date (2025-01-01)");
    expect(message).toContain(
      "condition 'vesting-start' branches to 'relative-expiration', 'absolute-expiration', 'qualifying-sale'",
    );
  });

  it("the options tutorial's terms refer to a condition 'cliff' they do not have: refused, naming it", () => {
    const [terms] = readJson("docs/tutorials/options/samples/VestingTerms.ocf.json").items;
    const error = ocfErrorOf(() => vestingTermsToSchedule(terms));
    expect(error.message).toBe(
      "condition 'f8a04380-114a-467a-8d08-e58cf31a9cb4' is relative to 'cliff', which is not a condition of these terms (the condition before it is '057d08c6-d7a8-4e0c-917c-bdf610651c25')",
    );
  });

  it("every expressible sample round-trips: import, export (valid OCF), import again, same tranches", () => {
    for (const id of ["4yr-1yr-cliff-schedule", "6-yr-option-back-loaded"]) {
      const first = vestingTermsToSchedule(termsIn("samples/VestingTerms.ocf.json", id));
      const exported = scheduleToVestingTerms(first.schedule, {
        id,
        rounding: first.rounding,
        dayOfMonth: first.dayOfMonth,
      });
      expect(schemaErrors("objects/VestingTerms.schema.json", exported)).toEqual([]);
      const again = vestingTermsToSchedule(exported);
      expect(again).toEqual(first);
    }
  });

  it("the samples themselves are valid OCF (the validator is wired up)", () => {
    for (const file of [
      "samples/VestingTerms.ocf.json",
      "samples/VestingTerms.example1.ocf.json",
      "samples/VestingTerms.example2.ocf.json",
    ]) {
      expect(schemaErrors("files/VestingTermsFile.schema.json", readJson(file))).toEqual([]);
    }
    expect(schemaErrors("objects/VestingTerms.schema.json", { object_type: "VESTING_TERMS" })).not.toEqual(
      [],
    );
  });
});

describe("export", () => {
  it("writes the reference grant as a start condition and two relative conditions", () => {
    const terms = scheduleToVestingTerms("50% at 6 months, then 50% monthly over 24 months");
    expect(terms.allocation_type).toBe("CUMULATIVE_ROUND_DOWN");
    expect(
      terms.vesting_conditions.map((c) => [
        c.id,
        c.portion,
        c.trigger.type === "VESTING_SCHEDULE_RELATIVE" ? c.trigger.period : null,
      ]),
    ).toEqual([
      ["vesting-start", undefined, null],
      [
        "segment-1",
        { numerator: "1", denominator: "2" },
        { length: 6, type: "MONTHS", occurrences: 1, day_of_month: "VESTING_START_DAY_OR_LAST_DAY_OF_MONTH" },
      ],
      [
        "segment-2",
        { numerator: "1", denominator: "48" },
        {
          length: 1,
          type: "MONTHS",
          occurrences: 24,
          day_of_month: "VESTING_START_DAY_OR_LAST_DAY_OF_MONTH",
        },
      ],
    ]);
  });

  it("a cliff is cliff_installment; DAYS periods have no day_of_month; day 15 is '15'", () => {
    const cliff = scheduleToVestingTerms("100% monthly over 48 months, cliff 12 months", {
      dayOfMonth: 15,
      rounding: "front-loaded-single",
    });
    const period = (cliff.vesting_conditions[1].trigger as { period: unknown }).period;
    expect(period).toEqual({
      length: 1,
      type: "MONTHS",
      occurrences: 48,
      day_of_month: "15",
      cliff_installment: 12,
    });
    expect(cliff.allocation_type).toBe("FRONT_LOADED_TO_SINGLE_TRANCHE");
    const days = scheduleToVestingTerms("25% at 365 days, then 75% monthly over 36 months");
    expect((days.vesting_conditions[1].trigger as { period: unknown }).period).toEqual({
      length: 365,
      type: "DAYS",
      occurrences: 1,
    });
    for (const terms of [cliff, days])
      expect(schemaErrors("objects/VestingTerms.schema.json", terms)).toEqual([]);
  });

  it("refuses what OCF cannot state, saying why", () => {
    expect(() =>
      scheduleToVestingTerms("100% monthly over 12 months", { dayOfMonth: "start-minus-one" }),
    ).toThrow("day of month 'start-minus-one' has no OCF VestingDayOfMonth value");
    expect(() =>
      scheduleToVestingTerms("10% at 1 month, then 90% monthly over 12 months, cliff 6 months"),
    ).toThrow(
      "the cliff (6 months) does not fall on an installment of the first segment that vests (`10% at 1 month`)",
    );
  });
});

/** Random schedules the language can write and OCF can state. */
const schedules = fc
  .array(
    fc.record({
      kind: fc.constantFrom("at", "months", "days"),
      gap: fc.integer({ min: 0, max: 12 }),
      period: fc.constantFrom(1, 2, 3, 12),
      dayPeriod: fc.constantFrom(7, 30, 365),
      count: fc.integer({ min: 1, max: 6 }),
      weight: fc.integer({ min: 1, max: 40 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .chain((parts) => fc.tuple(fc.constant(parts), fc.integer({ min: 2, max: 6 }), fc.boolean()))
  .map(([parts, cliffAt, withCliff]) => {
    const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
    let left = 10000;
    let months = 0;
    let days = false;
    const segments = parts.map((part, index) => {
      const basisPoints = index === parts.length - 1 ? left : Math.floor((10000 * part.weight) / totalWeight);
      left -= basisPoints;
      const percent = `${basisPoints / 100}%`;
      if (part.kind === "at" && !days) {
        months += part.gap;
        return `${percent} at ${months} months`;
      }
      if (part.kind === "days") {
        days = true;
        return `${percent} every ${part.dayPeriod} days over ${part.dayPeriod * part.count} days`;
      }
      months += part.period * part.count;
      return `${percent} every ${part.period} months over ${part.period * part.count} months`;
    });
    const first = parts[0];
    const cliff =
      withCliff && first.kind === "months" && cliffAt <= first.count
        ? `, cliff ${cliffAt * first.period} months`
        : "";
    return segments.join(", then ") + cliff;
  });

const policies = fc.constantFrom<DayOfMonth>("start", "last", "first", 1, 15, 28, 29, 30, 31);
const grantDates = fc.constantFrom("2020-01-31", "2021-02-28", "2023-06-15", "2024-02-29", "2019-12-01");

describe("property: export then import gives the same tranches", () => {
  it("for random schedules, allocation types and day-of-month policies", () => {
    fc.assert(
      fc.property(
        schedules,
        fc.constantFrom(...ROUNDINGS),
        policies,
        grantDates,
        fc.integer({ min: 0, max: 100000 }),
        (schedule, rounding, dayOfMonth, grantDate, shares) => {
          const terms = scheduleToVestingTerms(schedule, { rounding, dayOfMonth });
          expect(schemaErrors("objects/VestingTerms.schema.json", terms)).toEqual([]);
          const back = vestingTermsToSchedule(terms);
          expect(back.rounding).toBe(rounding);
          expect(table(back.schedule, back.rounding, back.dayOfMonth, grantDate, shares)).toEqual(
            table(schedule, rounding, dayOfMonth, grantDate, shares),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("grant lists from a package", () => {
  const documents = () => [
    readJson("samples/VestingTerms.ocf.json"),
    readJson("samples/Transactions.ocf.json"),
  ];

  it("reads each issuance with its terms, vesting start and explicit vestings", () => {
    const { grants } = grantsFromOcf(documents());
    const rsa = grants.find(
      (grant) =>
        grant.customId === "S-1" && grant.termsId === "4yr-1yr-cliff-schedule" && grant.vestings === null,
    );
    expect(rsa).toMatchObject({ holder: "stakeholder-id", grantDate: "2022-02-01", shares: "1000" });
    expect(rsa?.schedule?.schedule).toBe("25% at 12 months, then 75% monthly over 36 months");
    // 1000 shares from 2022-02-01: 250 on 2023-02-01, then 1000/48 a month rounded: 2023-08-01 is 6 more.
    // cumulative-rounding: round(1000 · (12 + 6)/48) = round(375) = 375
    expect(grantVestedOn(rsa!, "2023-08-01")?.toString()).toBe("375");
    const explicit = grants.find((grant) => grant.customId === "CA-2");
    // 3333 on 2024-06-07 and 3334 on 2025-06-07 by 2025-06-07
    expect(grantVestedOn(explicit!, "2025-06-07")?.toString()).toBe("6667");
    const event = grants.find((grant) => grant.securityId === "planless-equity-compensation-issuance");
    expect(event?.schedule).toBeNull();
    expect(event?.note).toContain("condition 'full-vesting' vests on an event");
    expect(grantVestedOn(event!, "2030-01-01")).toBeNull();
  });
});
