import { inferSignConvention, runChecks } from "../../../../src/core/schedule2/checks";
import { genericColumns, row, schedule, type Figure } from "./builders";

/** One-deduction-column rows: [account, begin, addition, deduction, end]. */
function oneYear(lines: [string, Figure, Figure, Figure, Figure][]) {
  return schedule(
    lines.map(([account, begin, addition, deduction, end]) =>
      row({
        period: "2023",
        account,
        begin,
        additions: [addition],
        deductions: [deduction],
        end,
        location: account,
      }),
    ),
    genericColumns(1, 1),
  );
}

describe("inferSignConvention", () => {
  it("reads deductions printed positive as subtracted", () => {
    // 100 + 20 − 30 = 90; 50 + 5 − 10 = 45
    const model = oneYear([
      ["A", 100, 20, 30, 90],
      ["B", 50, 5, 10, 45],
    ]);
    expect(inferSignConvention(model)).toBe("deductions-subtracted");
    expect(runChecks(model)).toEqual([]);
  });

  it("reads deductions printed negative as added", () => {
    // 100 + 20 + (−30) = 90; 50 + 5 + (−10) = 45
    const model = oneYear([
      ["A", 100, 20, -30, 90],
      ["B", 50, 5, -10, 45],
    ]);
    expect(inferSignConvention(model)).toBe("all-added");
    expect(runChecks(model)).toEqual([]);
  });

  it("reads parentheses as presentation when deductions are printed both ways and subtracted", () => {
    // 100 + 20 − 30 = 90 (printed (30)); 50 + 5 − 10 = 45 (printed 10); 80 + 0 − 5 = 75 (printed (5)).
    // Subtracted as printed only B ties; added as printed only A and C; at absolute value all three.
    const model = oneYear([
      ["A", 100, 20, -30, 90],
      ["B", 50, 5, 10, 45],
      ["C", 80, 0, -5, 75],
    ]);
    expect(inferSignConvention(model)).toBe("absolute-deductions");
    expect(runChecks(model)).toEqual([]);
  });

  it("signs the way the table prints them when two readings tie every row", () => {
    // With every deduction negative, added-as-printed and absolute-value give the same ends.
    expect(inferSignConvention(oneYear([["A", 10, 5, -3, 12]]))).toBe("all-added");
    // With every deduction positive, subtracted and absolute-value give the same ends.
    expect(inferSignConvention(oneYear([["A", 10, 5, 3, 12]]))).toBe("deductions-subtracted");
  });

  it("when every deduction is zero all readings agree: subtracted, or all-added with no deduction column", () => {
    expect(inferSignConvention(oneYear([["A", 10, -4, 0, 6]]))).toBe("deductions-subtracted");
    const noDeductionColumn = schedule(
      [
        row({
          period: "1994",
          account: "A",
          begin: 4072,
          additions: [84, -349, 22],
          deductions: [],
          end: 3829,
        }),
      ],
      genericColumns(3, 0),
    );
    expect(inferSignConvention(noDeductionColumn)).toBe("all-added");
    expect(runChecks(noDeductionColumn)).toEqual([]);
  });

  it("keeps the printed reading when a single row ties only the contrary way, and warns about that row", () => {
    // Deductions printed positive. A, B, C: 0 + 0 − 0 = 0 tie under every reading. D: 0 + 5 − 5 = 0, but the
    // end printed is 10, which is 0 + 5 + 5 (added as printed). One row is no evidence of a convention.
    const model = oneYear([
      ["A", 0, 0, 0, 0],
      ["B", 0, 0, 0, 0],
      ["C", 0, 0, 0, 0],
      ["D", 0, 5, 5, 10],
    ]);
    expect(inferSignConvention(model)).toBe("deductions-subtracted");
    expect(runChecks(model).map((f) => [f.check, f.severity, f.account, f.expected, f.actual])).toEqual([
      ["rollforward", "warning", "D", 0, 10],
    ]);
  });

  it("takes the contrary reading when two or more rows tie only that way", () => {
    // Printed positive, yet 10 + 5 + 3 = 18 and 20 + 1 + 4 = 25: added as printed, twice over.
    expect(
      inferSignConvention(
        oneYear([
          ["A", 10, 5, 3, 18],
          ["B", 20, 1, 4, 25],
        ]),
      ),
    ).toBe("all-added");
  });

  it("gives the textbook reading for an empty schedule, which has nothing to check", () => {
    const empty = schedule([]);
    expect(inferSignConvention(empty)).toBe("deductions-subtracted");
    expect(runChecks(empty)).toEqual([]);
  });
});

describe("roll-forward under the inferred convention", () => {
  it("warns, not errs, about a row that ties only under another reading", () => {
    // A, B, C tie with deductions subtracted; D ties only if its deduction 1 is added: 96 + 5 + 1 = 102
    // (subtracted it gives 96 + 5 − 1 = 100).
    const model = oneYear([
      ["A", 100, 20, 30, 90],
      ["B", 50, 5, 10, 45],
      ["C", 80, 0, 5, 75],
      ["D", 96, 5, 1, 102],
    ]);
    expect(inferSignConvention(model)).toBe("deductions-subtracted");
    const findings = runChecks(model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      check: "rollforward",
      severity: "warning",
      account: "D",
      expected: 100,
      actual: 102,
      difference: 2,
      location: "D",
    });
    expect(findings[0].message).toContain("ties if read as every column added as printed");
  });

  it("errs about a row that ties under no reading, with the arithmetic of the chosen one", () => {
    // 50 + 5 − 10 = 45, printed 47; added it would be 55, at absolute value 45: no reading gives 47.
    const model = oneYear([
      ["A", 100, 20, 30, 90],
      ["B", 50, 5, 10, 47],
    ]);
    expect(runChecks(model)).toEqual([
      expect.objectContaining({
        check: "rollforward",
        severity: "error",
        account: "B",
        column: "End",
        expected: 45,
        actual: 47,
        difference: 2,
        message: "2023 · B: begin 50 + additions 5 − deductions 10 = 45, reported 47 (difference +2)",
      }),
    ]);
  });

  it("writes the arithmetic of an added-as-printed schedule with signed deductions", () => {
    // 13 + 104 + (−91) = 26, printed 27; a model without printed text shows a negative as (91).
    const model = oneYear([
      ["A", 4, 2, -2, 4],
      ["B", 13, 104, -91, 27],
    ]);
    expect(runChecks(model)[0].message).toBe(
      "2023 · B: begin 13 + additions 104 + deductions (91) = 26, reported 27 (difference +1)",
    );
  });

  it("keeps decimals exact: 0.1 + 0.2 − 0.3 ties at 0 (binary floating point would not)", () => {
    const model = oneYear([["A", "0.1", "0.2", "0.3", "0"]]);
    expect(runChecks(model)).toEqual([]);
  });

  it("reports the reader's parse notes as warnings at their location", () => {
    const model = schedule([], [], {
      parseNotes: [{ location: "line 14", message: "Skipped a line with figures" }],
    });
    expect(runChecks(model)).toEqual([
      {
        check: "parse",
        severity: "warning",
        period: "",
        account: "",
        column: "",
        expected: null,
        actual: null,
        difference: null,
        location: "line 14",
        message: "Skipped a line with figures",
      },
    ]);
  });
});
