import fc from "fast-check";
import { isFigure } from "../../../../src/core/schedule2/html/figures";
import { parseAmount } from "../../../../src/core/numbers";

// isFigure rejects words without a digit, a dash or a "$" before parsing them; that shortcut is
// only safe if parseAmount never reads an amount from such a word.
describe("isFigure's shortcut", () => {
  it("never rejects a word parseAmount reads as an amount", () => {
    const pieces = [
      "1",
      "0",
      "9",
      ",",
      ".",
      "(",
      ")",
      "$",
      "-",
      "\u2014",
      "\u2013",
      "\u2212",
      " ",
      "\u00a0",
      "a",
      "*",
      "%",
      "†",
      "nil",
      "K",
      "USD",
    ];
    const agreesWithParsing = (word: string) => {
      const isYear = /^\s*(?:19|20)\d\d\s*$/.test(word);
      expect(isFigure(word)).toBe(!isYear && parseAmount(word) !== null);
    };
    const words = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(fc.property(words, agreesWithParsing), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 12 }), agreesWithParsing), {
      numRuns: 5000,
    });
  });

  it("still reads the figures filings print", () => {
    for (const word of ["1,234", "(473)", "$", "$ --", "\u2014", "-", "7,956", ".5"])
      expect(isFigure(word)).toBe(true);
    for (const word of ["2019", "Balance", "", "Deductions(1)"]) expect(isFigure(word)).toBe(false);
  });
});
