// The pane learns that a check's results may be out of date from Excel's own events: the user
// switching sheets (onActivated) or typing into cells (onChanged), each named by sheet, not by id.
import { watchWorkbook } from "../../src/excel/watch";
import type { WorkbookChange } from "../../src/excel/types";
import { installStandin } from "../office-standin/install";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function workbook() {
  return installStandin({
    sheets: [
      {
        name: "Seed",
        rows: [
          ["Description", "Begin"],
          ["Allowance", 100],
        ],
      },
      { name: "Notes", rows: [["x"]] },
    ],
  });
}

describe("watchWorkbook", () => {
  it("reports a sheet switch and an edit with the sheet's name and the cell", async () => {
    const standin = workbook();
    const changes: WorkbookChange[] = [];
    const stop = await watchWorkbook((change) => changes.push(change));
    standin.user.activate("Notes");
    standin.user.edit("Seed!B2", 101);
    await settle();
    await settle();
    expect(changes).toEqual([
      { kind: "activated", sheetName: "Notes" },
      { kind: "edited", sheetName: "Seed", address: "B2" },
    ]);
    expect(standin.cell("Seed!B2").value).toBe(101);
    await stop();
  });

  it("hears nothing once stopped", async () => {
    const standin = workbook();
    const changes: WorkbookChange[] = [];
    const stop = await watchWorkbook((change) => changes.push(change));
    await stop();
    standin.user.activate("Notes");
    await settle();
    expect(changes).toEqual([]);
  });

  it("is quiet when the user does nothing: the pane's own reads raise no event", async () => {
    workbook();
    const changes: WorkbookChange[] = [];
    const stop = await watchWorkbook((change) => changes.push(change));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Seed").getRange("A1:B2").load("values");
      await context.sync();
    });
    await settle();
    expect(changes).toEqual([]);
    await stop();
  });
});
