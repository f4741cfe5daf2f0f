/** @jest-environment jsdom */
// The Vesting view takes a pasted OCF VestingTerms JSON as the schedule: it shows the equivalent
// schedule text, vests by the terms' allocation type and day of month, and refuses by condition id
// what a schedule cannot state.
import { fireEvent, screen } from "@testing-library/react";
import { VestingView } from "../../src/taskpane/vesting/VestingView";
import type { NewSheetTable } from "../../src/excel/types";
import { readShared } from "../support/shared";
import { FakeGateway, fixtureGrid, renderInProvider } from "./render";

interface Terms {
  id: string;
  [key: string]: unknown;
}
const sampleFile = readShared("ocf/samples/VestingTerms.ocf.json");
const samples: Terms[] = JSON.parse(sampleFile).items;
const terms = (id: string) =>
  JSON.stringify(
    samples.find((t) => t.id === id),
    null,
    2,
  );

function setup() {
  const gateway = new FakeGateway();
  const rendered = renderInProvider(<VestingView gateway={gateway} today="2021-01-15" locale="en-GB" />);
  return { gateway, ...rendered };
}

const scheduleBox = () => screen.getByRole("textbox", { name: /^Schedule text/ });

async function pasteSchedule(user: ReturnType<typeof setup>["user"], text: string) {
  await user.selectOptions(screen.getByRole("combobox", { name: "Schedule" }), "Custom text");
  // A paste: the whole JSON arrives at once, as from the clipboard.
  fireEvent.change(scheduleBox(), { target: { value: text } });
}

/** 4,800 shares granted 2020-01-15, seen on 2021-01-15 (the as-of date is `today`). */
async function enterGrant(user: ReturnType<typeof setup>["user"]) {
  fireEvent.change(screen.getByLabelText(/^Grant date/), { target: { value: "2020-01-15" } });
  await user.type(screen.getByRole("textbox", { name: /^Shares granted/ }), "4800");
}

function figure(term: string): string {
  const dt = screen.getAllByRole("term").find((t) => t.textContent?.startsWith(term));
  return dt?.nextElementSibling?.textContent ?? "";
}

function fieldMessage(label: RegExp): string | null {
  const field = screen.getByLabelText(label).closest(".fui-Field");
  return field?.querySelector(".fui-Field__validationMessage")?.textContent ?? null;
}

function fieldHint(label: RegExp): string | null {
  const field = screen.getByLabelText(label).closest(".fui-Field");
  return field?.querySelector(".fui-Field__hint")?.textContent ?? null;
}

const select = (name: string) => screen.getByRole("combobox", { name }) as HTMLSelectElement;

describe("Vesting view: OCF vesting terms pasted as the schedule", () => {
  test("the 4-year, 1-year-cliff terms read as their schedule text and vest 25% at the cliff", async () => {
    const { user } = setup();
    await enterGrant(user);
    await pasteSchedule(user, terms("4yr-1yr-cliff-schedule"));
    expect(fieldMessage(/^Schedule text/)).toBe(
      "The OCF terms read as: 25% at 12 months, then 75% monthly over 36 months.",
    );
    // 25% of 4,800 at the cliff on 2021-01-15; then 75%/36 = 1/48 of 4,800 = 100 a month.
    expect(figure("Vested on 15/01/2021")).toBe("1,200 of 4,800 (25%)");
    expect(figure("Next vest")).toBe("15/02/2021: 100 shares");
    expect(figure("Fully vested")).toBe("15/01/2024");
  });

  test("the terms' allocation type and day of month are shown in the fields, which the terms set", async () => {
    const { user } = setup();
    await pasteSchedule(user, terms("4yr-1yr-cliff-schedule"));
    // allocation_type CUMULATIVE_ROUNDING; day_of_month VESTING_START_DAY_OR_LAST_DAY_OF_MONTH.
    expect(select("Rounding").value).toBe("cumulative-rounding");
    expect(select("Rounding").disabled).toBe(true);
    expect(fieldHint(/^Rounding/)).toMatch(
      /^Set by the pasted OCF terms \(allocation_type CUMULATIVE_ROUNDING\)\. Each vest date's running total is rounded to the nearest/,
    );
    expect(select("Day of month of each vest").value).toBe("start");
    expect(select("Day of month of each vest").disabled).toBe(true);
    expect(fieldHint(/^Day of month/)).toMatch(/day_of_month VESTING_START_DAY_OR_LAST_DAY_OF_MONTH/);
  });

  test("back-loaded terms vest by their own allocation type, whatever the Rounding field held", async () => {
    const { user } = setup();
    await user.selectOptions(select("Rounding"), "front-loaded");
    await pasteSchedule(user, terms("6-yr-option-back-loaded"));
    expect(select("Rounding").value).toBe("back-loaded");
    expect(fieldMessage(/^Schedule text/)).toMatch(/^The OCF terms read as: 10% at 24 months, then /);
  });

  test("event-triggered terms are refused by condition id, with no approximate preview", async () => {
    const { user } = setup();
    await enterGrant(user);
    await pasteSchedule(user, terms("custom-vesting-100pct-upfront"));
    const message = fieldMessage(/^Schedule text/) ?? "";
    expect(message).toContain("condition 'full-vesting' vests on an event (VESTING_EVENT)");
    expect(message).toContain("Tieout does not approximate it");
    expect(screen.queryAllByRole("term")).toHaveLength(0);
    expect(
      (screen.getByRole("button", { name: "Insert table and chart" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test("a file of several terms offers them by name; each reads or is refused on its own", async () => {
    const { user } = setup();
    await enterGrant(user);
    await pasteSchedule(user, sampleFile);
    const choice = select("Vesting terms in the OCF file");
    expect([...choice.options].map((o) => o.textContent)).toHaveLength(5);
    // The first is the 4-year, 1-year-cliff schedule.
    expect(fieldMessage(/^Schedule text/)).toBe(
      "The OCF terms read as: 25% at 12 months, then 75% monthly over 36 months.",
    );
    const eventIndex = samples.findIndex((t) => t.id === "multi-tranche-event-based");
    await user.selectOptions(choice, String(eventIndex));
    expect(fieldMessage(/^Schedule text/)).toContain(
      "condition 'double-trigger-acceleration' vests on an event",
    );
  });

  test("text that starts like JSON but is not says so instead of reading as a schedule", async () => {
    const { user } = setup();
    await pasteSchedule(user, '{"id": "x", "vesting_conditions": [');
    expect(fieldMessage(/^Schedule text/)).toMatch(/^This starts like OCF JSON but is not valid JSON/);
  });

  test("the inserted sheet names the terms and their allocation type in words", async () => {
    const { gateway, user } = setup();
    await enterGrant(user);
    await pasteSchedule(user, terms("4yr-1yr-cliff-schedule"));
    await user.click(screen.getByRole("button", { name: "Insert table and chart" }));
    await screen.findByText(/Inserted the vesting table and chart/);
    const table = gateway.callsOf("writeTableToNewSheet")[0][0] as NewSheetTable;
    const input = (label: string) => table.rows.find((r) => r[0] === label)?.[1];
    expect(input("Schedule")).toBe(
      'OCF terms "4yr-1yr-cliff-schedule": 25% at 12 months, then 75% monthly over 36 months',
    );
    expect(input("Rounding")).toBe("Cumulative, round half up");
  });

  test("Replace the JSON with this schedule text keeps the terms' rounding and frees the fields", async () => {
    const { user } = setup();
    await pasteSchedule(user, terms("4yr-1yr-cliff-schedule"));
    await user.click(screen.getByRole("button", { name: "Replace the JSON with this schedule text" }));
    expect((scheduleBox() as HTMLTextAreaElement).value).toBe(
      "25% at 12 months, then 75% monthly over 36 months",
    );
    expect(select("Rounding").value).toBe("cumulative-rounding");
    expect(select("Rounding").disabled).toBe(false);
    expect(fieldMessage(/^Schedule text/)).toBe("The schedule reads.");
  });

  test("the vested-as-of column is refused on a day of month TIEOUT.VESTED cannot follow", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    await enterGrant(user);
    await user.selectOptions(select("Day of month of each vest"), "last");
    await user.click(screen.getByRole("button", { name: "Add vested-as-of column beside selected grants" }));
    await screen.findByText(/TIEOUT\.VESTED, which vests on the start's day of the month/);
    expect(gateway.callsOf("writeColumn")).toHaveLength(0);
  });
});
