// The line-render detector's alignment share (the share of rows whose figures mostly end at columns
// another row's figures end at too) was quadratic in rows: each row built the set of every other
// row's end columns. The linear count must give exactly the old answer. The old code is kept here
// only as the oracle, on the rows of every fixture (all their lines, not only the first 400 that
// detection reads), on synthetic tables, and on arbitrary rows of end columns (fast-check).
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { numberLines } from "../../../../src/core/schedule2/text/fixedWidth";
import { alignmentOfEnds, detectionRowEnds } from "../../../../src/core/schedule2/text/lineRender";
import { SHARED_DIR } from "../../../support/shared";

/** The quadratic original, verbatim but for taking the end columns directly. */
function quadraticAlignment(rowEnds: number[][]): number {
  const ends = rowEnds.map((own) => new Set(own));
  let aligned = 0;
  ends.forEach((own, index) => {
    const others = new Set(ends.flatMap((set, j) => (j === index ? [] : [...set])));
    const shared = [...own].filter((end) => others.has(end)).length;
    if (shared * 2 > own.size) aligned++;
  });
  return rowEnds.length === 0 ? 1 : aligned / rowEnds.length;
}

const fixtureFiles = ["fixtures/schedule2", "fixtures/schedule2-batch2"].flatMap((dir) =>
  fs
    .readdirSync(path.join(SHARED_DIR, dir))
    .filter((name) => !name.endsWith(".json"))
    .map((name) => path.join(SHARED_DIR, dir, name)),
);

describe("line-render alignment: linear, and the same share as the quadratic original", () => {
  it("reads every fixture", () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(69);
  });

  it.each(fixtureFiles.map((file) => [path.basename(file), file]))("%s", (_name, file) => {
    const rows = detectionRowEnds(numberLines(fs.readFileSync(file, "utf8"), 1));
    expect(alignmentOfEnds(rows)).toBe(quadraticAlignment(rows));
  });

  it("fixed-width rows line up (share 1); rows printed at each label's length do not (share 0)", () => {
    // Three rows whose four figures end at columns 40, 52, 64, 76: every row is aligned.
    const fixed = ["Allowance", "Reserve for returns", "Tax valuation allowance"].map(
      (label) =>
        `${label.padEnd(30)}${["1,000", "200", "(50)", "1,150"].map((f) => f.padStart(12)).join("")}`,
    );
    const fixedRows = detectionRowEnds(numberLines(fixed.join("\n"), 1));
    expect(fixedRows).toHaveLength(3);
    expect(alignmentOfEnds(fixedRows)).toBe(1);
    // Each row's figures follow its own label by one space: no two rows end a figure at one column.
    const ragged = ["Allowance", "Reserve for returns", "Tax valuation allowance, net"].map(
      (label) => `${label} 1,000 200 (50) 1,150`,
    );
    const raggedRows = detectionRowEnds(numberLines(ragged.join("\n"), 1));
    expect(raggedRows).toHaveLength(3);
    expect(alignmentOfEnds(raggedRows)).toBe(0);
    expect(quadraticAlignment(raggedRows)).toBe(0);
  });

  it("no rows: share 1, as before", () => {
    expect(alignmentOfEnds([])).toBe(1);
  });

  it("on arbitrary rows of end columns (repeats within a row included) it equals the original", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }), { maxLength: 30 }),
        (rows) => alignmentOfEnds(rows) === quadraticAlignment(rows),
      ),
      { numRuns: 2000 },
    );
  });

  it("on synthetic renders mixing aligned and ragged rows it equals the original", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            label: fc.stringMatching(/^[A-Z][a-z]{2,12}( [a-z]{2,9}){0,3}$/),
            figures: fc.array(fc.integer({ min: 0, max: 999_999 }), { minLength: 3, maxLength: 6 }),
            padded: fc.boolean(),
          }),
          { maxLength: 25 },
        ),
        (rows) => {
          const text = rows
            .map(({ label, figures, padded }) =>
              padded
                ? label.padEnd(40) + figures.map((f) => f.toLocaleString("en-US").padStart(12)).join("")
                : `${label} ${figures.map((f) => f.toLocaleString("en-US")).join(" ")}`,
            )
            .join("\n");
          const ends = detectionRowEnds(numberLines(text, 1));
          return alignmentOfEnds(ends) === quadraticAlignment(ends);
        },
      ),
      { numRuns: 300 },
    );
  });
});
