import { inferSignConvention, runChecks } from "../../../../src/core/schedule2/checks";
import { seedSchedule } from "./seed";

describe("the seed Schedule II", () => {
  it("ties: 12 rows with totals, no finding, deductions printed positive and subtracted", () => {
    const model = seedSchedule();
    expect(model.rows).toHaveLength(12);
    expect(runChecks(model)).toEqual([]);
    expect(inferSignConvention(model)).toBe("deductions-subtracted");
  });

  describe("with 2003 inventory reserve ending 7,997 → 7,979 (line 27)", () => {
    const findings = runChecks(seedSchedule({ line: 27, end: 7979 }));

    it("gives exactly one roll-forward, one footing and one continuity break", () => {
      expect(findings.map((f) => [f.check, f.severity])).toEqual([
        ["rollforward", "error"],
        ["footing", "error"],
        ["continuity", "error"],
      ]);
    });

    it("roll-forward: 5,756 + (4,189 + 41) − 1,989 = 7,997 expected, 7,979 printed, difference −18", () => {
      expect(findings[0]).toEqual({
        check: "rollforward",
        severity: "error",
        period: "2003",
        account: "Reserve for excess and obsolete inventory",
        column: "End",
        expected: 7997,
        actual: 7979,
        difference: -18,
        location: "line 27",
        message:
          "2003 · Reserve for excess and obsolete inventory: begin 5,756 + additions 4,189 + 41 − deductions 1,989" +
          " = 7,997, reported 7,979 (difference −18)",
      });
    });

    it("footing: the 2003 total end 9,762 against rows 572 + 7,979 + 1,193 = 9,744", () => {
      expect(findings[1]).toMatchObject({
        period: "2003",
        account: "Total",
        column: "Balance end of period",
        expected: 9744,
        actual: 9762,
        difference: 18,
        location: "line 30",
      });
      expect(findings[1].message).toContain("sum to 9,744, the total shows 9,762 (difference +18)");
    });

    it("continuity: 2004 inventory begins at 7,997 but 2003 ended at 7,979", () => {
      expect(findings[2]).toMatchObject({
        period: "2004",
        account: "Reserve for excess and obsolete inventory",
        column: "Balance at beginning of period",
        expected: 7979,
        actual: 7997,
        difference: 18,
        location: "line 35",
      });
      expect(findings[2].message).toBe(
        "2004 · Reserve for excess and obsolete inventory: begins at 7,997, but 2003 ended at 7,979 (difference +18)",
      );
    });
  });

  describe("tolerance", () => {
    // 2004 warranty: 1,193 + 1,168 − 591 = 1,770; printed 1,771 is a 1-unit rounding break, and the 2004
    // total end (177 + 6,029 + 1,771 = 7,977 against 7,976 printed) is then off by 1 too.
    const rounded = seedSchedule({ line: 36, end: 1771 });

    it("reports a 1-unit rounding break when exact", () => {
      expect(runChecks(rounded).map((f) => [f.check, f.location, f.difference])).toEqual([
        ["rollforward", "line 36", 1],
        ["footing", "line 38", -1],
      ]);
    });

    it("lets it pass at tolerance 1, given as a number or as text", () => {
      expect(runChecks(rounded, { tolerance: 1 })).toEqual([]);
      expect(runChecks(rounded, { tolerance: "1" })).toEqual([]);
    });

    it("still reports the 18-unit break at tolerance 1", () => {
      expect(runChecks(seedSchedule({ line: 27, end: 7979 }), { tolerance: 1 })).toHaveLength(3);
    });

    it("refuses a tolerance that is not a non-negative number, naming it", () => {
      expect(() => runChecks(rounded, { tolerance: "one" })).toThrow(/Tolerance must be a number.*"one"/);
      expect(() => runChecks(rounded, { tolerance: -1 })).toThrow(
        /Tolerance must be zero or a positive number.*-1/,
      );
      expect(() => runChecks(rounded, { tolerance: Infinity })).toThrow(/Tolerance/);
    });
  });
});
