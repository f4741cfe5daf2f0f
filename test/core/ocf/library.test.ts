// The library's OCF calls, as the pane uses them: a pasted VestingTerms JSON to a schedule.
import * as fs from "fs";
import * as path from "path";
import { OcfError, scheduleFromOcfJson, vestingForecast } from "../../../src";
import { SHARED_DIR } from "../../support/shared";

describe("scheduleFromOcfJson", () => {
  it("reads a pasted VestingTerms object or a VestingTerms file holding one", () => {
    const file = fs.readFileSync(path.join(SHARED_DIR, "ocf/samples/VestingTerms.ocf.json"), "utf8");
    const terms = JSON.parse(file).items.find((t: { id: string }) => t.id === "4yr-1yr-cliff-schedule");
    const expected = {
      schedule: "25% at 12 months, then 75% monthly over 36 months",
      rounding: "cumulative-rounding",
      dayOfMonth: "start",
    };
    expect(scheduleFromOcfJson(JSON.stringify(terms))).toEqual(expected);
    expect(
      scheduleFromOcfJson(JSON.stringify({ file_type: "OCF_VESTING_TERMS_FILE", items: [terms] })),
    ).toEqual(expected);
  });

  it("says what is wrong with other text", () => {
    expect(() => scheduleFromOcfJson("25% at 1 year")).toThrow(OcfError);
    expect(() => scheduleFromOcfJson("{}")).toThrow(
      "not OCF vesting terms: expected an object with vesting_conditions",
    );
    const file = fs.readFileSync(path.join(SHARED_DIR, "ocf/samples/VestingTerms.ocf.json"), "utf8");
    expect(() => scheduleFromOcfJson(file)).toThrow("expected one set of vesting terms, found 5");
  });

  it("exports the forecast", () => {
    const rows = vestingForecast(
      [{ grantDate: "2003-07-21", shares: 1000 }],
      "2004-01-01",
      "2004-01-31",
      "month",
    );
    expect(rows.map((row) => [row.start, row.end, row.shares.toNumber()])).toEqual([
      ["2004-01-01", "2004-01-31", 500],
    ]);
  });
});
