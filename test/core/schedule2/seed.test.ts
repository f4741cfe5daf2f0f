// The reference Schedule II (Lantronix, old EDGAR text) ties; one changed figure breaks it three ways.
import { checkSchedules, readSchedules } from "../../../src/core/schedule2";
import { readSeedSchedule } from "../../support/shared";
import { SEED_ROW_LABELS } from "./fixture-keys";

const seed = readSeedSchedule();

test("the seed reads as 12 rows: 3 years of 3 accounts and a total, with the printed figures", () => {
  const [model] = readSchedules(seed);
  expect(model.units).toBe("thousands");
  expect(model.columns.map((column) => column.role)).toEqual([
    "begin",
    "addition",
    "addition",
    "deduction",
    "end",
  ]);
  expect(model.rows.map((row) => `${row.period} ${row.account}${row.isTotal ? " (total)" : ""}`)).toEqual(
    SEED_ROW_LABELS,
  );
  const allowance2003 = model.rows[4];
  expect(allowance2003.begin.toString()).toBe("1466");
  expect(allowance2003.additions.map(String)).toEqual(["-473", "10"]); // "(473)" recovered, "$ 10" other accounts
  expect(allowance2003.deductions.map(String)).toEqual(["431"]);
  expect(allowance2003.end.toString()).toBe("572");
  // "$ -" under charged-to-other-accounts in 2004 reads as zero
  expect(model.rows[8].additions.map(String)).toEqual(["-164", "0"]);
  // Locations point at the seed's own lines: the first data row is line 18.
  expect(model.rows[0].location).toBe("line 18");
});

test("the seed ties: no finding at all, deductions printed positive and subtracted", () => {
  const report = checkSchedules(seed, { file: "seed.txt" });
  expect(report.schedules).toHaveLength(1);
  expect(report.schedules[0].findings).toEqual([]);
  expect(report.schedules[0].signConvention).toBe("deductions-subtracted");
});

test("2003 inventory reserve ending 7,997 → 7,979 gives one roll-forward, one footing and one continuity break", () => {
  const lines = seed.split("\n");
  const at = lines.findIndex((line) => /^Reserve for excess.*5,756\s+4,189/.test(line));
  expect(at).toBeGreaterThan(0);
  lines[at] = lines[at].replace(/7,997$/, "7,979");
  const report = checkSchedules(lines.join("\n"));
  const findings = report.schedules[0].findings.map((f) => ({
    check: f.check,
    period: f.period,
    account: f.account,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    location: f.location,
  }));
  expect(findings).toEqual(
    expect.arrayContaining([
      // 5,756 + 4,189 + 41 − 1,989 = 7,997 computed; 7,979 printed
      {
        check: "rollforward",
        period: "2003",
        account: "Reserve for excess and obsolete inventory",
        expected: 7997,
        actual: 7979,
        difference: -18,
        location: `line ${at + 1}`,
      },
      // 572 + 7,979 + 1,193 = 9,744 but the total prints 9,762
      {
        check: "footing",
        period: "2003",
        account: "Total",
        expected: 9744,
        actual: 9762,
        difference: 18,
        location: expect.stringMatching(/^line \d+$/),
      },
      // 2004 begins at 7,997, but 2003 now ends at 7,979
      {
        check: "continuity",
        period: "2004",
        account: "Reserve for excess and obsolete inventory",
        expected: 7979,
        actual: 7997,
        difference: 18,
        location: expect.stringMatching(/^line \d+$/),
      },
    ]),
  );
  expect(findings).toHaveLength(3);
});
