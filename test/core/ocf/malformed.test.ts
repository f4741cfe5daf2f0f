// Malformed OCF (issue 11, fuzz findings): a null or absent object where the schema wants one is
// refused with an OcfError naming the field, never a TypeError.
import { OcfError, grantVestedOn, grantsFromOcf, vestingTermsToSchedule } from "../../../src/core/ocf";

const start = {
  id: "start",
  quantity: "0",
  trigger: { type: "VESTING_START_DATE" },
  next_condition_ids: ["monthly"],
};
const monthly = {
  id: "monthly",
  portion: { numerator: "1", denominator: "48" },
  trigger: {
    type: "VESTING_SCHEDULE_RELATIVE",
    period: {
      length: 1,
      type: "MONTHS",
      occurrences: 48,
      day_of_month: "VESTING_START_DAY_OR_LAST_DAY_OF_MONTH",
    },
    relative_to_condition_id: "start",
  },
  next_condition_ids: [],
};
const terms = (conditions: unknown[]) => ({
  id: "four-year",
  object_type: "VESTING_TERMS",
  allocation_type: "CUMULATIVE_ROUND_DOWN",
  vesting_conditions: conditions,
});

function messageOf(body: () => unknown): string {
  try {
    body();
  } catch (error) {
    expect(error).toBeInstanceOf(OcfError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

describe("malformed vesting terms", () => {
  it("reads the well-formed terms", () => {
    expect(vestingTermsToSchedule(terms([start, monthly])).schedule).toBe("100% monthly over 48 months");
  });

  it.each([
    ["a null condition", [start, null], "vesting_conditions[1] is missing"],
    [
      "a condition with no next_condition_ids",
      [{ ...start, next_condition_ids: undefined }, monthly],
      "vesting_conditions[0].next_condition_ids is missing",
    ],
    [
      "a null next_condition_ids",
      [start, { ...monthly, next_condition_ids: null }],
      "vesting_conditions[1].next_condition_ids is missing",
    ],
    ["a null trigger", [start, { ...monthly, trigger: null }], "vesting_conditions[1].trigger is missing"],
    [
      "a relative trigger with a null period",
      [start, { ...monthly, trigger: { ...monthly.trigger, period: null } }],
      "vesting_conditions[1].trigger.period is missing",
    ],
    [
      "a null portion numerator",
      [start, { ...monthly, portion: { numerator: null, denominator: "48" } }],
      "vesting_conditions[1].portion.numerator is missing",
    ],
  ])("%s is refused naming the field", (_, conditions, field) => {
    expect(messageOf(() => vestingTermsToSchedule(terms(conditions)))).toBe(
      `vesting terms 'four-year': ${field}`,
    );
  });
});

describe("malformed issuance vestings", () => {
  const issuance = (vestings: unknown[]) => ({
    object_type: "TX_EQUITY_COMPENSATION_ISSUANCE",
    id: "tx-1",
    security_id: "sec-1",
    stakeholder_id: "alice",
    date: "2024-01-01",
    quantity: "4800",
    vestings,
  });

  it("reads well-formed vestings", () => {
    const { grants } = grantsFromOcf([issuance([{ date: "2025-01-01", amount: "1200" }])]);
    expect(grants[0].vestings).toEqual([{ date: "2025-01-01", amount: "1200" }]);
  });

  it("names a null vesting, and one with no amount, in that grant's note and still imports the others", () => {
    const other = { ...issuance([{ date: "2025-01-01", amount: "1200" }]), id: "tx-2", security_id: "sec-2" };
    const { grants } = grantsFromOcf([issuance([{ date: "2025-01-01", amount: "1" }, null]), other]);
    expect(grants.map((grant) => grant.note)).toEqual([
      "not read: issuance 'sec-1': vestings[1] is missing",
      "1 explicit vesting dates (the issuance's vestings)",
    ]);
    expect(grants[0].vestings).toBeNull();
    expect(grants[0].schedule).toBeNull();
    expect(grantVestedOn(grants[0], "2026-01-01")).toBeNull();
    expect(grantVestedOn(grants[1], "2026-01-01")?.toString()).toBe("1200");
    expect(grantsFromOcf([issuance([{ date: "2025-01-01" }])]).grants[0].note).toBe(
      "not read: issuance 'sec-1': vestings[0].amount is missing",
    );
  });
});
