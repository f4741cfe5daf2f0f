/** @jest-environment jsdom */
// "Forecast for the selected grants": a grant list selected on the sheet, forecast per period
// in the pane and inserted as a new sheet with a column chart; rows it cannot forecast are named.
import { fireEvent, screen, within } from "@testing-library/react";
import { isoToSerial } from "../../src/core/dates";
import type { CellValue, NewSheetTable } from "../../src/excel/types";
import { VestingView } from "../../src/taskpane/vesting/VestingView";
import { sheetGrid } from "./fake-gateway";
import { FakeGateway, renderInProvider } from "./render";

const HEADER = ["Holder", "Grant date", "Shares", "Schedule"];
const ANN = ["Ann Lee", isoToSerial("2024-01-15"), 4800, "25% at 12 months, then 75% monthly over 36 months"];
const BEN = ["Ben Ray", isoToSerial("2024-03-01"), 1200, "100% quarterly over 12 months"];

/** A grant list as Excel reads it: the Grant date column holds serials under a date format. */
function grantList(rows: CellValue[][], dateColumn = 1) {
  const grid = sheetGrid("Grant list", rows, 0, 0);
  const numberFormats = grid.values.map((row, r) =>
    row.map((_, c) => (r > 0 && c === dateColumn ? "yyyy-mm-dd" : "General")),
  );
  return { ...grid, numberFormats };
}

function setup(rows: CellValue[][] = [HEADER, ANN, BEN]) {
  const gateway = new FakeGateway();
  gateway.selection = grantList(rows);
  const rendered = renderInProvider(<VestingView gateway={gateway} today="2025-01-10" locale="en-GB" />);
  return { gateway, ...rendered };
}

function setRange(from: string, to: string) {
  fireEvent.change(screen.getByLabelText(/^Forecast from/), { target: { value: from } });
  fireEvent.change(screen.getByLabelText(/^Forecast to/), { target: { value: to } });
}

const forecastButton = () => screen.getByRole("button", { name: "Forecast for the selected grants" });

/** The pane's forecast table as [period, shares vesting, cumulative] text. */
function tableRows(): string[][] {
  const table = within(screen.getByRole("region", { name: "Forecast table" }));
  return table
    .getAllByRole("row")
    .slice(1)
    .map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
}

describe("Vesting view: forecast for the selected grants", () => {
  test("per month across the list, each grant on its own schedule", async () => {
    const { user } = setup();
    setRange("2025-01-01", "2025-06-30");
    await user.click(forecastButton());
    await screen.findByRole("region", { name: "Forecast table" });
    // Ann: 25% of 4,800 = 1,200 at the cliff on 2025-01-15, then 4,800·75%/36 = 100 on each 15th.
    // Ben: 300 a quarter on 2024-06-01, 09-01, 12-01 (900 before 2025) and 2025-03-01.
    expect(tableRows()).toEqual([
      ["Jan 2025", "1,200", "2,100"],
      ["Feb 2025", "100", "2,200"],
      ["Mar 2025", "400", "2,600"],
      ["Apr 2025", "100", "2,700"],
      ["May 2025", "100", "2,800"],
      ["Jun 2025", "100", "2,900"],
    ]);
    expect(screen.getByText(/^Vested before 01\/01\/2025: 900\./)).toBeTruthy();
    expect(
      screen.getByText(
        "2 grants from Grant list!A1:D3: 2,000 shares vest from 01/01/2025 to 30/06/2025; 2,900 vested by 30/06/2025.",
      ),
    ).toBeTruthy();
  });

  test("per quarter", async () => {
    const { user } = setup();
    setRange("2025-01-01", "2025-06-30");
    await user.selectOptions(screen.getByRole("combobox", { name: "Period" }), "quarter");
    await user.click(forecastButton());
    await screen.findByRole("region", { name: "Forecast table" });
    // Q1: 1,200 + 100 + 100 + 300; Q2: 3 × 100.
    expect(tableRows()).toEqual([
      ["Q1 2025", "1,700", "2,600"],
      ["Q2 2025", "300", "2,900"],
    ]);
  });

  test("Insert writes a new sheet: its inputs in words, one row per period, a column chart", async () => {
    const { gateway, user } = setup();
    setRange("2025-01-01", "2025-06-30");
    await user.click(forecastButton());
    await user.click(await screen.findByRole("button", { name: "Insert forecast as a new sheet" }));
    await screen.findByText(/Inserted the forecast and its column chart on sheet "Vesting forecast"/);
    const table = gateway.callsOf("writeTableToNewSheet")[0][0] as NewSheetTable;
    expect(table.sheetName).toBe("Vesting forecast");
    const input = (label: string) => table.rows.find((r) => r[0] === label)?.[1];
    expect(input("Grants")).toBe("2 from Grant list!A1:D3");
    expect(input("From")).toBe(isoToSerial("2025-01-01"));
    expect(input("Schedule")).toBe("Each grant's own (the list's Schedule column)");
    expect(input("Vested before the first period")).toBe(900);
    const header = table.rows.findIndex((r) => r[0] === "Period" && r[1] === "Period start");
    expect(table.rows.slice(header + 1)).toEqual([
      ["Jan 2025", isoToSerial("2025-01-01"), isoToSerial("2025-01-31"), 1200, 2100],
      ["Feb 2025", isoToSerial("2025-02-01"), isoToSerial("2025-02-28"), 100, 2200],
      ["Mar 2025", isoToSerial("2025-03-01"), isoToSerial("2025-03-31"), 400, 2600],
      ["Apr 2025", isoToSerial("2025-04-01"), isoToSerial("2025-04-30"), 100, 2700],
      ["May 2025", isoToSerial("2025-05-01"), isoToSerial("2025-05-31"), 100, 2800],
      ["Jun 2025", isoToSerial("2025-06-01"), isoToSerial("2025-06-30"), 100, 2900],
    ]);
    expect(table.chart).toMatchObject({
      type: "columnClustered",
      categoryColumn: 0,
      seriesColumns: [3],
      firstRow: header + 1,
      lastRow: header + 6,
    });
  });

  test("a row with no schedule is refused by its row and cell, and nothing is forecast", async () => {
    const { gateway, user } = setup([HEADER, ANN, [...BEN.slice(0, 3), ""]]);
    setRange("2025-01-01", "2025-06-30");
    await user.click(forecastButton());
    await screen.findByText(
      /^Row 3 \(Ben Ray\) has no schedule: .*D3 is empty\. Fill it in, or leave the row out of the selection/,
    );
    expect(screen.queryByRole("region", { name: "Forecast table" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Insert forecast as a new sheet" })).toBeNull();
    expect(gateway.callsOf("writeTableToNewSheet")).toHaveLength(0);
  });

  test("a list without a Schedule column uses the schedule above, and says so", async () => {
    const { gateway, user } = setup([HEADER.slice(0, 3), ANN.slice(0, 3)]);
    setRange("2024-07-01", "2024-09-30");
    await user.click(forecastButton());
    await screen.findByRole("region", { name: "Forecast table" });
    // The reference grant's schedule: 50% of 4,800 on 2024-07-15, then 2,400/24 = 100 a month.
    expect(tableRows()).toEqual([
      ["Jul 2024", "2,400", "2,400"],
      ["Aug 2024", "100", "2,500"],
      ["Sep 2024", "100", "2,600"],
    ]);
    await user.click(screen.getByRole("button", { name: "Insert forecast as a new sheet" }));
    await screen.findByText(/Inserted the forecast/);
    const table = gateway.callsOf("writeTableToNewSheet")[0][0] as NewSheetTable;
    expect(table.rows.find((r) => r[0] === "Schedule")?.[1]).toMatch(
      /^Reference grant: .*, for every grant \(the list has no Schedule column\)$/,
    );
  });

  test("a selection without its header row is refused with what to select", async () => {
    const { user } = setup([ANN, BEN]);
    await user.click(forecastButton());
    await screen.findByText(
      /does not name a Grant date and a Shares column\. Select the grant list with its header row/,
    );
  });

  test("a grant date that is not a date is named by its cell", async () => {
    const { user } = setup([HEADER, ["Ann Lee", "next spring", 4800, ANN[3]]]);
    await user.click(forecastButton());
    await screen.findByText(/^Row 2 \(Ann Lee\): the grant date in .*B2, "next spring", is not a date/);
  });

  test("a share count the engine refuses is told with the row's name", async () => {
    const { user } = setup([HEADER, ["Ann Lee", ANN[1], 10.5, ANN[3]]]);
    await user.click(forecastButton());
    await screen.findByText(/^Row 2 \(Ann Lee\): shares: 10\.5 is not a whole number/);
  });

  test("a forecast that ends before it starts is refused on the field", async () => {
    setup();
    setRange("2025-06-30", "2025-01-01");
    expect(screen.getByText("Forecast to is before Forecast from.")).toBeTruthy();
    expect((forecastButton() as HTMLButtonElement).disabled).toBe(true);
  });
});
