// The 18 real Schedule II tables: models built straight from their hand-checked answer keys must give
// exactly the key's breaks and no other error, under the key's sign convention.
import { inferSignConvention, runChecks } from "../../../../src/core/schedule2/checks";
import type { SignConvention } from "../../../../src/core/schedule2/types";
import { loadFixtures, type Key } from "../fixture-keys";
import { genericColumns, row, schedule } from "./builders";

const CONVENTION: Record<Key["convention"], SignConvention> = {
  std: "deductions-subtracted",
  signed: "all-added",
  absded: "absolute-deductions",
};

// Keys whose notes say a second reading gives the same result.
const ALSO_ACCEPTED: Record<string, SignConvention[]> = {
  "05_nvidia_fy2025.html": ["absolute-deductions"], // "absded would also tie"
  "13_medtronic_fy2024.html": ["absolute-deductions"], // "absded gives the same result"
};

function modelFromKey(key: Key) {
  const rows = key.rows.map((r, i) =>
    row({
      period: r.period,
      periodLabel: r.periodLabel,
      account: r.account,
      isTotal: r.isTotal,
      begin: r.begin,
      additions: r.activity,
      deductions: r.deductions,
      end: r.end,
      location: `key row ${i + 1}`,
    }),
  );
  // Continuation lines give some rows extra figures: the printed columns are the fewest any row has.
  const additions = Math.min(...key.rows.map((r) => r.activity.length));
  const deductions = Math.min(...key.rows.map((r) => r.deductions.length));
  return schedule(rows, genericColumns(additions, deductions));
}

const keys = loadFixtures().map(({ file, key }) => [file, key] as const);

test("all 18 answer keys are present", () => {
  expect(keys).toHaveLength(18);
});

describe.each(keys)("%s", (name, key) => {
  const model = modelFromKey(key);
  const findings = runChecks(model);

  it("finds exactly the key's breaks and no other error", () => {
    const errors = findings
      .filter((f) => f.severity === "error")
      .map((f) => ({
        check: f.check,
        period: f.period,
        account: f.account,
        computed: f.expected,
        reported: f.actual,
      }));
    const byPlace = (a: { check: string; period: string; account: string }, b: typeof a) =>
      `${a.check}|${a.period}|${a.account}`.localeCompare(`${b.check}|${b.period}|${b.account}`);
    expect(errors.sort(byPlace)).toEqual([...key.breaks].sort(byPlace));
  });

  it("reports no warning: every row ties under one reading", () => {
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("infers the key's sign convention", () => {
    const accepted = [CONVENTION[key.convention], ...(ALSO_ACCEPTED[name] ?? [])];
    expect(accepted).toContain(inferSignConvention(model));
  });
});
