import fc from "fast-check";
import { isZeroMark, looksNumeric, parseAmount, stripFootnotes } from "../../../src/core/numbers";

function amount(text: string): string | null {
  const value = parseAmount(text);
  return value === null ? null : value.toString();
}

describe("parseAmount reads accounting text exactly", () => {
  test.each([
    ["1,466", "1466"],
    ["$ 1,466", "1466"],
    ["$1,466", "1466"],
    ["  7,997  ", "7997"],
    ["1,216,000", "1216000"],
    ["(473)", "-473"],
    ["$(3.2)", "-3.2"],
    ["($3.2)", "-3.2"],
    ["$ (1,447 )", "-1447"],
    ["-1,033", "-1033"],
    ["\u22121,033", "-1033"], // Unicode minus sign
    ["\u20135", "-5"], // en dash glued to a figure is a minus
    [".2", "0.2"],
    ["31.5", "31.5"],
    ["0.70", "0.7"],
    ["11311", "11311"],
  ])("%s reads as %s", (text, expected) => {
    expect(amount(text)).toBe(expected);
  });

  test.each(["\u2014", "\u2013", "-", "--", "$ --", "$      -", "$\u2014", "0", "$ 0", "0.0", "$"])(
    "%s reads as zero",
    (text) => {
      expect(amount(text)).toBe("0");
      expect(isZeroMark(text)).toBe(true);
    },
  );

  test("negative zero (0 reads as plain zero, never -0", () => {
    expect(amount("(0")).toBe("0");
    expect(amount("(0)")).toBe("0");
  });

  test("a negative split across cells: (1,234 is negative and ) alone is no amount", () => {
    expect(amount("(1,234")).toBe("-1234");
    expect(amount("$(1,447")).toBe("-1447");
    expect(amount(")")).toBeNull();
  });

  test("footnote marks glued on or after a space are not part of the amount", () => {
    expect(amount("(349)(1)")).toBe("-349");
    expect(amount("(32)(5)")).toBe("-32");
    expect(amount("$4.4(b)")).toBe("4.4");
    expect(amount("1,216,000 (1)")).toBe("1216000");
    expect(amount("101 (2)")).toBe("101");
    expect(amount("2.0(d)")).toBe("2");
    expect(amount("955 (a)")).toBe("955");
    expect(amount("(94) (3)")).toBe("-94");
    expect(amount("1,466*")).toBe("1466");
    expect(amount("$ 1.0(a)(b)")).toBe("1");
  });

  test("(1) alone is minus one, a parenthesised letter alone is a footnote and no amount", () => {
    expect(amount("(1)")).toBe("-1");
    expect(amount("(12)")).toBe("-12");
    expect(amount("(a)")).toBeNull();
    expect(amount("(A)")).toBeNull();
    expect(amount("(ii)")).toBeNull();
    expect(amount("*")).toBeNull();
  });

  test.each([
    "Additions1",
    "Additions",
    "",
    "   ",
    "Total",
    "Balance at end of period",
    "12%",
    "1,2345",
    "(-5)",
    "1.2.3",
    "N/A",
  ])("%j holds no amount", (text) => {
    expect(parseAmount(text)).toBeNull();
    expect(looksNumeric(text)).toBe(false);
    expect(isZeroMark(text)).toBe(false);
  });

  test("decimals stay exact: 0.1 + 0.2 is 0.3", () => {
    const sum = parseAmount("0.1")!.plus(parseAmount(".2")!);
    expect(sum.toString()).toBe("0.3");
  });

  test("property: any integer printed with thousands commas, $ and parentheses reads back exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.boolean(), (n, dollar) => {
        const magnitude = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        const printed = (dollar ? "$ " : "") + (n < 0n ? `(${magnitude})` : magnitude);
        expect(amount(printed)).toBe(n.toString());
      }),
    );
  });

  test("property: parseAmount never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseAmount(text);
        stripFootnotes(text);
      }),
    );
  });
});

describe("stripFootnotes", () => {
  test("removes trailing marks from labels and values", () => {
    expect(stripFootnotes("Allowance For Credit Losses (1) (2)")).toBe("Allowance For Credit Losses");
    expect(stripFootnotes("\u2013Current (1)")).toBe("\u2013Current");
    expect(stripFootnotes("Balance at Beginning of Period(a)")).toBe("Balance at Beginning of Period");
    expect(stripFootnotes("(349)(1)")).toBe("(349)");
  });

  test("keeps words in parentheses and a lone mark", () => {
    expect(stripFootnotes("Additions (Deductions)")).toBe("Additions (Deductions)");
    expect(stripFootnotes("(In thousands)")).toBe("(In thousands)");
    expect(stripFootnotes("(1)")).toBe("(1)");
  });
});
