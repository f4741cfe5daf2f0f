// The browser bundle of the stand-in, run as a classic script in a bare global scope (no Node
// require, no module system): it must define Office and Excel over the preloaded sheets.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildStandin } = require("../../scripts/build-standin.js") as {
  buildStandin: (out: string) => Promise<string>;
};

// The page's globals are defined by the script at run time, so they have no static types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

let script: string;

beforeAll(async () => {
  const file = await buildStandin(
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), "standin-")), "office-standin.js"),
  );
  script = fs.readFileSync(file, "utf8");
});

function runPage(globals: Record<string, unknown>) {
  // What a browser page has that the script uses besides Office and Excel.
  const page = vm.createContext({ location: { search: "" }, URLSearchParams, ...globals });
  vm.runInContext(script, page);
  return page as Record<string, Untyped>;
}

describe("the stand-in as a browser script", () => {
  it("serves the sheets given on window.__TIEOUT_STANDIN_SHEETS__ through Excel.run, counting syncs", async () => {
    const page = runPage({ __TIEOUT_STANDIN_SHEETS__: [{ name: "Grants", rows: [["Shares"], [1000]] }] });
    expect(await page.Office.onReady()).toEqual({ host: "Excel", platform: "OfficeOnline" });
    const values = await page.Excel.run(async (context: Untyped) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange().load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Shares"], [1000]]);
    expect(page.__standin.syncCount).toBe(1);
    expect(page.__standin.activeSheet()).toBe("Grants");
  });

  it("reads the workbook from the page's ?standin= query and exposes writes, cells and selection", async () => {
    const spec = { sheets: [{ name: "Seed", rows: [["x"]] }], selection: "Seed!A1" };
    const page = runPage({ location: { search: `?standin=${encodeURIComponent(JSON.stringify(spec))}` } });
    await page.Excel.run(async (context: Untyped) => {
      context.workbook.worksheets.getItem("Seed").getRange("B2").values = [[5]];
      await context.sync();
    });
    expect(page.__standin.writes).toEqual([{ sheet: "Seed", address: "B2", what: "values" }]);
    expect(page.__standin.cell("Seed!B2").value).toBe(5);
    expect(page.__standin.sheets()[0].cells.B2.value).toBe(5);
    expect(page.__standin.selection()).toBe("Seed!A1");
  });

  it("is strict in the page too: an unloaded read throws", async () => {
    const page = runPage({ __TIEOUT_STANDIN_SHEETS__: { sheets: [{ name: "S" }] } });
    await expect(
      page.Excel.run(async (context: Untyped) => context.workbook.worksheets.getActiveWorksheet().name),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});
