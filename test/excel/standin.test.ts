// The stand-in must be at least as strict as Excel, or the adapter tests prove nothing.
import { seedSchedule } from "./support";
import { installStandin } from "../office-standin/install";

type Ctx = Excel.RequestContext;

describe("the Office.js stand-in is strict", () => {
  beforeEach(() => installStandin({ sheets: [seedSchedule()] }));

  it("throws PropertyNotLoaded when a property is read without load()", async () => {
    await expect(
      Excel.run(async (context: Ctx) => {
        const range = context.workbook.worksheets.getItem("Seed").getRange("B2");
        await context.sync();
        return range.values;
      }),
    ).rejects.toThrow(/PropertyNotLoaded: Range\.values was read without load\("values"\)/);
  });

  it("throws when a loaded property is read before sync() has finished", async () => {
    await expect(
      Excel.run(async (context: Ctx) => {
        const range = context.workbook.worksheets.getItem("Seed").getRange("B2").load("values");
        const pending = context.sync();
        const early = range.values; // not awaited yet
        await pending;
        return early;
      }),
    ).rejects.toThrow(/read before context\.sync\(\) finished/);
  });

  it("reads a loaded property after sync()", async () => {
    const values = await Excel.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem("Seed").getRange("B2:C2").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[405, 1680]]);
  });

  it("queues writes until sync(): a load queued after a write sees it, one queued before does not", async () => {
    const seen = await Excel.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("Seed");
      const before = sheet.getRange("G1").load("values");
      sheet.getRange("G1").values = [["new"]];
      const after = sheet.getRange("G1").load("values");
      await context.sync();
      return [before.values[0][0], after.values[0][0]];
    });
    expect(seen).toEqual(["", "new"]);
  });

  it("counts every sync", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await Excel.run(async (context: Ctx) => {
      await context.sync();
      await context.sync();
    });
    expect(standin.syncCount).toBe(2);
    expect(standin.lastRunSyncs).toBe(2);
  });

  it("fails the sync for a sheet that does not exist, and a null object says so instead", async () => {
    await expect(
      Excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
    const isNull = await Excel.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(() => sheet.name).toThrow(/null object/);
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("refuses objects used after their Excel.run has finished", async () => {
    const escaped = await Excel.run(async (context: Ctx) => context.workbook.worksheets.getItem("Seed"));
    expect(() => escaped.getRange("A1").load("values")).toThrow(/InvalidObjectPath/);
  });

  it("rejects a write whose array is not the size of the range", async () => {
    await expect(
      Excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("Seed").getRange("G1:G3").values = [["a"], ["b"]];
        await context.sync();
      }),
    ).rejects.toThrow(/not 3×1/);
  });

  it("leaves a cell as it is where the written array holds null, as Office.js does", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await Excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Seed").getRange("B2:C2").values = [[null, 7]];
      await context.sync();
    });
    expect(standin.cell("Seed!B2").value).toBe(405);
    expect(standin.cell("Seed!C2").value).toBe(7);
  });

  it("reads typed text as Excel does: numbers become numbers unless an apostrophe keeps them text", async () => {
    const standin = installStandin({ sheets: [seedSchedule()] });
    await Excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Seed").getRange("G1:G2").formulas = [["12"], ["'12"]];
      await context.sync();
    });
    expect(standin.cell("Seed!G1").value).toBe(12);
    expect(standin.cell("Seed!G2").value).toBe("12");
  });

  it("shows numbers through their number format, negatives in parentheses for accounting", async () => {
    installStandin({
      sheets: [
        {
          name: "S",
          rows: [
            [
              { value: -1234, numberFormat: "#,##0;(#,##0)" },
              { value: 37823, numberFormat: "yyyy-mm-dd" },
              { value: 0, numberFormat: '#,##0;(#,##0);"-"' },
            ],
          ],
        },
      ],
    });
    const text = await Excel.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C1").load("text");
      await context.sync();
      return range.text;
    });
    // 37823 days after 1899-12-30 is 2003-07-21, the reference grant date.
    expect(text).toEqual([["(1,234)", "2003-07-21", "-"]]);
  });

  it("breaks a spill that a write lands on, like Excel's #SPILL!", async () => {
    const standin = installStandin({
      sheets: [
        { name: "S", rows: [[{ formula: "=SEQUENCE(2)", value: 1, spillRows: 2, spillColumns: 1 }], [2]] },
      ],
    });
    await Excel.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("S").getRange("A2").values = [["typed"]];
      await context.sync();
    });
    expect(standin.cell("S!A1").value).toBe("#SPILL!");
  });
});
