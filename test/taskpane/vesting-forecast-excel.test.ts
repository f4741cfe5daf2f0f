// The forecast of a selected grant list through the real adapter and the strict Office.js
// stand-in: dates read from and written to a 1904 workbook, and a second insert on a new sheet.
import { isoToSerial } from "../../src/core/dates";
import { createOfficeGateway } from "../../src/excel/gateway";
import { toNewSheetTable } from "../../src/taskpane/shared/sheet-plan";
import { readSelectedGrants, type ListDefaults } from "../../src/taskpane/vesting/forecast-grants";
import { computeForecast, forecastSheetPlan } from "../../src/taskpane/vesting/forecast-sheet";
import { installStandin } from "../office-standin/install";
import { cellSnapshot } from "../excel/support";

const gateway = createOfficeGateway();
const DATE = "yyyy-mm-dd";
const defaults: ListDefaults = {
  schedule: null,
  scheduleProblem: "no schedule above",
  scheduleWords: "",
  rounding: "cumulative-round-down",
  dayOfMonth: "start",
};

/** Ann's 4,800 shares granted 2024-01-15, with a 1-year cliff, in a workbook of `system`. */
function install(system: 1900 | 1904) {
  const serial = (iso: string) => isoToSerial(iso, system);
  return installStandin({
    dateSystem: system,
    sheets: [
      {
        name: "Grant list",
        rows: [
          ["Holder", "Grant date", "Shares", "Schedule"],
          [
            "Ann Lee",
            { value: serial("2024-01-15"), numberFormat: DATE },
            4800,
            "25% at 12 months, then 75% monthly over 36 months",
          ],
        ],
      },
    ],
    selection: "'Grant list'!A1:D2",
  });
}

async function forecastSheet() {
  const selected = await readSelectedGrants(await gateway.readSelection(), defaults);
  const result = computeForecast(
    selected,
    { from: "2025-01-01", to: "2025-02-28", period: "month" },
    defaults,
  );
  return gateway.writeTableToNewSheet(toNewSheetTable(forecastSheetPlan(result)));
}

describe("forecast of a selected grant list, through the adapter", () => {
  it.each([1900, 1904] as const)("reads and writes dates in the workbook's %d system", async (system) => {
    const standin = install(system);
    const written = await forecastSheet();
    expect(written.sheetName).toBe("Vesting forecast");
    const cell = (address: string) => standin.cell(`'Vesting forecast'!${address}`);
    let header = 1;
    while (cell(`B${header}`).value !== "Period start") header++;
    // Jan 2025: the 1,200-share cliff on 2025-01-15; Feb 2025: 4,800·75%/36 = 100.
    expect(cell(`B${header + 1}`)).toMatchObject({
      value: isoToSerial("2025-01-01", system),
      numberFormat: DATE,
    });
    expect(cell(`C${header + 2}`).value).toBe(isoToSerial("2025-02-28", system));
    expect([cell(`D${header + 1}`).value, cell(`D${header + 2}`).value]).toEqual([1200, 100]);
    expect(standin.sheet("Vesting forecast").charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered" }),
    ]);
  });

  it("inserts a second forecast on a new sheet, leaving the first as it was", async () => {
    const standin = install(1900);
    await forecastSheet();
    const first = cellSnapshot(standin.sheet("Vesting forecast"));
    // Inserting activated the new sheet: the user goes back to the list and selects it again.
    const list = standin.sheet("Grant list");
    standin.model.activeSheetId = list.id;
    standin.model.selection = { sheetId: list.id, block: { row: 0, column: 0, rowCount: 2, columnCount: 4 } };
    const second = await forecastSheet();
    expect(second.sheetName).toBe("Vesting forecast (2)");
    expect(standin.model.sheets.map((s) => s.name)).toEqual([
      "Grant list",
      "Vesting forecast",
      "Vesting forecast (2)",
    ]);
    expect(cellSnapshot(standin.sheet("Vesting forecast"))).toEqual(first);
  });
});
