// The fuzz harness (scripts/fuzz, `npm run fuzz` for the full 100,000): its drop rule can fail, the
// same seed draws the same inputs, and a fast deterministic run finds no crash and no silently
// dropped row. Time budgets are left to the script (no timed assertion here).
import { runFuzz, silentDrops } from "../../scripts/fuzz/harness";
import type { CheckReportJson } from "../../src/core/schedule2/types";

const report = (rows: number, parse = false): CheckReportJson =>
  ({
    file: "",
    schedules: [
      {
        rows: Array.from({ length: rows }, () => ({})),
        findings: parse ? [{ check: "parse" }] : [],
      },
    ],
  }) as unknown as CheckReportJson;

describe("the silent-drop rule", () => {
  // The seed read rows from units 3 and 5 (and 6); the mutation kept units 3, 5 and 6 untouched.
  const units = [0, 1, 2, 3, -1, 5, 6].map((id, i) => ({ value: i, id }));

  it("names a row whose units all came through untouched but which is no longer read", () => {
    expect(silentDrops([[3], [5, 6]], [[3]], units, report(1))).toEqual([5]);
  });

  it("does not name a row still read, one whose unit was changed, or any when a parse finding says so", () => {
    expect(silentDrops([[3], [5, 6]], [[3], [6]], units, report(2))).toEqual([]);
    expect(silentDrops([[4]], [], units, report(0))).toEqual([]);
    expect(silentDrops([[3], [5, 6]], [[3]], units, report(1, true))).toEqual([]);
  });

  it("does not name rows when no schedule is found at all (the CLI says so aloud)", () => {
    const none = { file: "", schedules: [] } as CheckReportJson;
    expect(silentDrops([[3]], [], units, none)).toEqual([]);
  });
});

describe("a fast run", () => {
  const stable = (findings: { rule: string; seed: string; detail: string }[]) =>
    findings
      .filter((f) => f.rule !== "over-budget")
      .map((f) => `${f.rule} ${f.seed} ${f.detail.split("\n")[0]}`);

  it("draws the same inputs and findings from the same seed", async () => {
    const [a, b] = [await runFuzz({ count: 60, seed: 7 }), await runFuzz({ count: 60, seed: 7 })];
    expect(b.byKind).toEqual(a.byKind);
    expect(stable(b.findings)).toEqual(stable(a.findings));
  });

  it("1,000 inputs through every reader and entry point: no crash, no silently dropped row", async () => {
    const result = await runFuzz({ count: 1000, seed: 20261202 });
    expect(Object.keys(result.byKind).sort()).toEqual(
      ["cli", "csv", "grid", "html", "long-run", "ocf", "random", "text", "vesting"].sort(),
    );
    expect(stable(result.findings)).toEqual([]);
  });
});
