// Tables are memoized by input; a cached answer must never outlive a change to the input.
import Decimal from "decimal.js";
import { GrantInput, vestedAsOf, vestingTable } from "../../../src/core/vesting";
import { RecentCache } from "../../../src/core/vesting/recent-cache";

describe("memoized tables", () => {
  it("answer for the input as it is now, even when the caller reuses and changes one object", () => {
    const input: GrantInput = { grantDate: "2003-07-21", shares: 1000 };
    expect(vestedAsOf(input, "2004-02-21").toString()).toBe("520");
    input.shares = 2000; // floor(2000·25/48) = floor(1041.67) = 1041
    expect(vestedAsOf(input, "2004-02-21").toString()).toBe("1041");
    input.terminationDate = "2004-01-31";
    expect(vestedAsOf(input, "2004-02-21").toString()).toBe("1000");
  });

  it("treat equal share counts alike however they are written, and different ones apart", () => {
    const at = (shares: Decimal.Value) =>
      vestedAsOf({ grantDate: "2003-07-21", shares }, "2004-02-21").toString();
    expect(at(new Decimal(1000))).toBe("520");
    expect(at(new Decimal("1000.0"))).toBe("520");
    expect(at(new Decimal(1001))).toBe("521"); // floor(1001·25/48) = floor(521.35)
    expect(at("1000")).toBe("520");
  });

  it("tell a missing schedule (the default) from schedule text", () => {
    const grant = { grantDate: "2003-07-21", shares: 1000 };
    expect(vestedAsOf({ ...grant, schedule: null }, "2004-02-21").toString()).toBe("520");
    expect(vestedAsOf({ ...grant, schedule: "immediate" }, "2004-02-21").toString()).toBe("1000");
    expect(() => vestedAsOf({ ...grant, schedule: "null" }, "2004-02-21")).toThrow(
      "`null`: expected a percentage",
    );
  });

  it("date grants made on one day apart when their vesting starts differ", () => {
    const grant = { grantDate: "2003-07-21", shares: 1000 };
    const firstRow = (input: GrantInput) => {
      const [row] = vestingTable(input);
      return `${row.date} ${row.shares.toString()}`;
    };
    // From the grant itself: the 50% tranche 6 months on.
    expect(firstRow(grant)).toBe("2004-01-21 500");
    // From 2003-01-21: that tranche falls on 2003-07-21, the grant date, and the installments follow monthly.
    expect(firstRow({ ...grant, vestingStart: "2003-01-21" })).toBe("2003-07-21 500");
    expect(firstRow({ ...grant, vestingStart: "2003-01-21", dayOfMonth: "last" })).toBe("2003-07-31 500");
    expect(firstRow(grant)).toBe("2004-01-21 500");
  });
});

describe("RecentCache", () => {
  it("tells apart paths that differ only after their first two values, NaN included", () => {
    const cache = new RecentCache<string>(8);
    cache.set([1, 2, "a", null], "first");
    cache.set([1, 2, "a", "x"], "second");
    cache.set([1, 2, NaN, null], "third");
    expect(cache.get([1, 2, "a", null])).toBe("first");
    expect(cache.get([1, 2, "a", "x"])).toBe("second");
    expect(cache.get([1, 2, NaN, null])).toBe("third");
    expect(cache.get([1, 2, "b", null])).toBeUndefined();
    expect(cache.get([2, 1, "a", null])).toBeUndefined();
  });

  it("keeps entries used within the last generation and drops those unused for two", () => {
    const cache = new RecentCache<number>(2);
    cache.set(["a"], 1);
    cache.set(["b"], 2); // the first generation is full: {a, b}
    cache.set(["c"], 3); // {a, b} becomes the older generation; current {c}
    expect(cache.get(["a"])).toBe(1); // used again: moves to the current generation {c, a}
    cache.set(["d"], 4); // {c, a} becomes the older one and {a, b} is dropped, so "b" is gone
    expect(cache.get(["b"])).toBeUndefined();
    expect(cache.get(["a"])).toBe(1);
    expect(cache.get(["c"])).toBe(3);
    expect(cache.get(["d"])).toBe(4);
  });
});
