// Footnote marks in cells of their own, decided by the row's column count: a digit right after a
// figure is a mark exactly when reading it as a figure gives the row one amount too many. The rows
// are small hand-made ones in the shapes of fixtures 215 (Sonoco) and 249 (Forward Air).
import Decimal from "decimal.js";
import fc from "fast-check";
import { dropFootnoteMarks } from "../../../../src/core/schedule2/layout/marks";
import { parseAmount } from "../../../../src/core/numbers";
import type { ColumnRole } from "../../../../src/core/schedule2/types";
import type { ValueCell } from "../../../../src/core/schedule2/layout/rows";

const ROLES: ColumnRole[] = ["begin", "addition", "addition", "deduction", "end"];

/** Cells as the stream gives them: a trailing "ᵐ" flags a digit right after a figure. */
const cells = (...texts: string[]): ValueCell[] =>
  texts.map((text, index) => {
    const mark = text.endsWith("ᵐ");
    const printed = mark ? text.slice(0, -1) : text;
    return {
      cell: { text: printed, line: index + 1, ...(mark ? { mark: true } : {}) },
      value: parseAmount(printed)!,
    };
  });

const texts = (read: ValueCell[] | string): string[] | string =>
  typeof read === "string" ? read : read.map((value) => value.cell.text);

describe("footnote marks in their own cells", () => {
  it("drops the digits after figures when the row has that many amounts too many (215, 2023 doubtful accounts)", () => {
    const row = cells("16,879", "7,361", "180", "1ᵐ", "2,759", "2ᵐ", "21,661");
    expect(texts(dropFootnoteMarks(row, 5, ROLES))).toEqual(["16,879", "7,361", "180", "2,759", "21,661"]);
  });

  it("keeps a bare digit that is a figure: the row has exactly its columns", () => {
    // "1" after "180" here is the deduction itself: 16,879 + 7,361 + 180 − 1 = 24,419.
    const row = cells("16,879", "7,361", "180", "1ᵐ", "24,419");
    expect(texts(dropFootnoteMarks(row, 5, ROLES))).toEqual(["16,879", "7,361", "180", "1", "24,419"]);
  });

  it("never drops a mark that follows a dropped mark: '4' '(76)' '5' loses '4' and '5' (215, 2022 valuation allowance)", () => {
    const row = cells("93,992", "(10,582)", "(1,440)", "4ᵐ", "(76)ᵐ", "5ᵐ", "82,046");
    expect(texts(dropFootnoteMarks(row, 5, ROLES))).toEqual([
      "93,992",
      "(10,582)",
      "(1,440)",
      "(76)",
      "82,046",
    ]);
  });

  it("lets the roll-forward choose between two placements of one mark", () => {
    // 100 + 20 + 3 − 5 = 118 ties with "7" as the mark; with "3" as the mark: 100 + 20 + 7 − 5 = 122 ≠ 118.
    const row = cells("100", "20", "3ᵐ", "7ᵐ", "5", "118");
    expect(texts(dropFootnoteMarks(row, 5, ROLES))).toEqual(["100", "20", "3", "5", "118"]);
  });

  it("reports a row the figures cannot settle instead of guessing", () => {
    // Neither choice rolls forward, and they differ: the row is not read.
    const row = cells("100", "20", "3ᵐ", "7ᵐ", "5", "999");
    expect(typeof dropFootnoteMarks(row, 5, ROLES)).toBe("string");
  });

  it("leaves a row alone that has too few possible marks for its extra amounts", () => {
    const row = cells("100", "20", "3ᵐ", "7", "5", "6", "118");
    expect(texts(dropFootnoteMarks(row, 5, ROLES))).toEqual(["100", "20", "3", "7", "5", "6", "118"]);
  });

  it("whatever the marks, what is kept is the row in order with `count` amounts, or the row untouched, or a message", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: -999, max: 9999 }), mark: fc.boolean() }), {
          minLength: 2,
          maxLength: 9,
        }),
        fc.integer({ min: 3, max: 7 }),
        (spec, count) => {
          const row: ValueCell[] = spec.map(({ amount, mark }, index) => ({
            cell: { text: String(amount), line: index + 1, ...(mark && index > 0 ? { mark: true } : {}) },
            value: new Decimal(amount),
          }));
          const roles: ColumnRole[] = Array.from({ length: count }, (_, i) =>
            i === 0 ? "begin" : i === count - 1 ? "end" : "addition",
          );
          const read = dropFootnoteMarks(row, count, roles);
          if (typeof read === "string") return true;
          if (read === row) return true;
          // A subsequence of the row, only marks dropped, first cell kept, no two adjacent dropped.
          expect(read.length).toBe(count);
          const dropped = row.map((_, i) => i).filter((i) => !read.includes(row[i]));
          expect(dropped.every((i) => row[i].cell.mark && i > 0 && !dropped.includes(i - 1))).toBe(true);
          return true;
        },
      ),
    );
  });
});
