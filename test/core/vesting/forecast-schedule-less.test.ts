// A grant with no schedule in a forecast: an empty schedule (a grant list's blank Schedule cell)
// is refused by the grant's name; only an omitted schedule means the default.
import { vestingForecast } from "../../../src/core/vesting/forecast";
import { VestingError } from "../../../src/core/vesting/types";

const reference = { grantDate: "2003-07-21", shares: 1000 };

describe("vestingForecast and grants without a schedule", () => {
  it.each(["", "   "])("refuses an empty schedule (%j), naming the grant by its label", (schedule) => {
    const grants = [reference, { ...reference, schedule }];
    const run = () => vestingForecast(grants, "2004-01-01", "2004-12-31", "month", ["row 2", "row 3 (Ben)"]);
    expect(run).toThrow(VestingError);
    expect(run).toThrow(/^row 3 \(Ben\) has no schedule: fill it in or leave the grant out/);
  });

  it("names the grant by its position without labels", () => {
    expect(() => vestingForecast([{ ...reference, schedule: "" }], "2004-01-01", "2004-01-31")).toThrow(
      /^grant 1 has no schedule/,
    );
  });

  it("forecasts an omitted schedule on the default: 50% at 6 months, then 50% monthly over 24 months", () => {
    const [january, february] = vestingForecast([reference], "2004-01-01", "2004-02-29", "month");
    // 500 on 2004-01-21; then floor(1000·(0.5 + 1/48)) − 500 = 20 on 2004-02-21.
    expect([january.shares.toNumber(), february.shares.toNumber()]).toEqual([500, 20]);
  });
});
