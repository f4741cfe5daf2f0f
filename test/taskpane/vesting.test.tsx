/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { VestingView } from "../../src/taskpane/vesting/VestingView";
import type { NewSheetTable } from "../../src/excel/types";
import { sheetGrid } from "./fake-gateway";
import { FakeGateway, dialogButton, dialogClosed, findDialog, fixtureGrid, renderInProvider } from "./render";

function setup() {
  const gateway = new FakeGateway();
  const rendered = renderInProvider(<VestingView gateway={gateway} today="2004-02-21" locale="en-GB" />);
  return { gateway, ...rendered };
}

function setDate(label: RegExp, iso: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: iso } });
}

const sharesBox = () => screen.getByRole("textbox", { name: /^Shares granted/ });

/** The reference grant: 1,000 shares granted 2003-07-21, seen on 2004-02-21. */
async function enterReferenceGrant(user: ReturnType<typeof setup>["user"]) {
  setDate(/^Grant date/, "2003-07-21");
  await user.type(sharesBox(), "1000");
  setDate(/^As of/, "2004-02-21");
}

function figure(term: string): string {
  const dt = screen.getAllByRole("term").find((t) => t.textContent?.startsWith(term));
  return dt?.nextElementSibling?.textContent ?? "";
}

/** The error message Fluent shows under a field. */
function fieldError(label: RegExp): string | null {
  const input = screen.getByLabelText(label);
  const field = input.closest(".fui-Field");
  return field?.querySelector(".fui-Field__validationMessage")?.textContent ?? null;
}

const addColumnButton = () =>
  screen.getByRole("button", { name: "Add vested-as-of column beside selected grants" });

describe("Vesting view", () => {
  test("without a grant it says what to enter and offers no action", () => {
    setup();
    expect(screen.getByText("Enter a grant date and shares to see the vesting.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Insert table and chart" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test("the reference grant: 520 vested and 480 unvested, next 21 on 21/03/2004, dates in the locale's form", async () => {
    const { user } = setup();
    await enterReferenceGrant(user);
    // 50% at six months (2004-01-21) = 500, then 1/48 a month: floor(1000·(0.5 + 1/48)) = 520 on 2004-02-21.
    expect(figure("Vested on 21/02/2004")).toBe("520 of 1,000 (52%)");
    expect(figure("Unvested")).toBe("480");
    // floor(1000·(0.5 + 2/48)) = 541; 541 − 520 = 21.
    expect(figure("Next vest")).toBe("21/03/2004: 21 shares");
    // 6 + 24 months after 2003-07-21.
    expect(figure("Fully vested")).toBe("21/01/2006");
  });

  test("the chart starts at the grant date, marks the as-of date and has y-axis ticks", async () => {
    const { user } = setup();
    await enterReferenceGrant(user);
    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe(
      "Cumulative shares vested from the grant on 21/07/2003: nothing until 21/01/2004, then 500; " +
        "25 vest dates in all, reaching 1,000 on 21/01/2006. As of 21/02/2004: 520 vested.",
    );
    const texts = [...chart.querySelectorAll("text")].map((t) => t.textContent);
    // Quarters of the 1,000 shares granted.
    for (const tick of ["0", "250", "500", "750", "1,000"]) expect(texts).toContain(tick);
    expect(texts).toContain("21/07/2003");
    expect(texts).toContain("As of 21/02/2004: 520");
    // The line starts at the grant on the x axis's left end and stays at 0 for the six-month wait.
    const line = chart.querySelectorAll("path")[1].getAttribute("d") ?? "";
    expect(line).toMatch(/^M 44 150 H \d/);
  });

  test("the table has unvested and % columns and highlights the as-of row", async () => {
    const { user, container } = setup();
    await enterReferenceGrant(user);
    const rows = [...container.querySelectorAll("details tbody tr")].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows).toHaveLength(25);
    // Last month: 1,000 − floor(1000·(0.5 + 23/48)) = 1,000 − 979 = 21.
    expect(rows[24]).toEqual(["21/01/2006", "21", "1,000", "0", "100%"]);
    const current = container.querySelectorAll("tbody tr[aria-current='date']");
    expect(current).toHaveLength(1);
    // 2004-02-21: 520 − 500 = 20 vest; 480 left; 52%.
    expect([...current[0].children].map((c) => c.textContent)).toEqual([
      "21/02/2004 ◂ as of",
      "20",
      "520",
      "480",
      "52%",
    ]);
  });

  test("each rounding is explained with 18 shares in 4 tranches, as the engine splits them", async () => {
    const { user } = setup();
    // Worked by hand: cumulative 4.5, 9, 13.5, 18 rounded down → 4, 9, 13, 18 → 4-5-4-5; half up → 5, 9, 14, 18
    // → 5-4-5-4; 18 = 4·4 + 2 left over: one each to the first two (5-5-4-4) or last two (4-4-5-5), or
    // both to the first (6-4-4-4) or last (4-4-4-6); no rounding: 4.5 each.
    const expected: [string, string][] = [
      ["Cumulative, round down (default)", "4-5-4-5"],
      ["Cumulative, round half up", "5-4-5-4"],
      ["Front-loaded", "5-5-4-4"],
      ["Back-loaded", "4-4-5-5"],
      ["Front-loaded, single remainder", "6-4-4-4"],
      ["Back-loaded, single remainder", "4-4-4-6"],
      ["Fractional (no rounding)", "4.5-4.5-4.5-4.5"],
    ];
    const select = screen.getByRole("combobox", { name: "Rounding" });
    for (const [label, split] of expected) {
      await user.selectOptions(select, label);
      expect(
        screen.getByText(new RegExp(`Example: 18 shares in 4 equal tranches → ${split}\\.`)),
      ).toBeTruthy();
    }
  });

  test("each day-of-month choice is explained with an example", async () => {
    const { user } = setup();
    const select = screen.getByRole("combobox", { name: "Day of month of each vest" });
    // Monthly from 30 January 2024 (a leap year): February has 29 days, March 31, April 30.
    const expected: [string, string][] = [
      ["The start's day (default)", "29 Feb, 30 Mar, 30 Apr"],
      ["Last day of the month", "29 Feb, 31 Mar, 30 Apr"],
      ["First day of the month", "1 Feb, 1 Mar, 1 Apr"],
      ["The day before the start's day", "29 Feb, 29 Mar, 29 Apr"],
      ["Day 31", "29 Feb, 31 Mar, 30 Apr"],
    ];
    for (const [label, dates] of expected) {
      await user.selectOptions(select, label);
      expect(screen.getByText(new RegExp(`Example: monthly from 30 Jan 2024 → ${dates}\\.`))).toBeTruthy();
    }
  });

  test("the chosen preset's whole name and its text show under the list, not cut off", async () => {
    const { user } = setup();
    expect(
      screen.getByText(
        "Reference grant: 50% at 6 months, then monthly over 24 months. Reads: 50% at 6 months, then 50% monthly over 24 months.",
      ),
    ).toBeTruthy();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Schedule" }),
      "4 years monthly, 1-year cliff",
    );
    expect(
      screen.getByText("4 years monthly, 1-year cliff. Reads: 100% monthly over 48 months, cliff 12 months."),
    ).toBeTruthy();
  });

  test("the vesting figures are announced politely once typing settles", async () => {
    const { user } = setup();
    await enterReferenceGrant(user);
    await waitFor(() =>
      expect(
        screen
          .getByText("As of 21/02/2004: 520 of 1,000 shares vested (52%), 480 unvested.")
          .closest("[role='status']")
          ?.getAttribute("aria-live"),
      ).toBe("polite"),
    );
  });

  test("a termination date stops vesting after it", async () => {
    const { user } = setup();
    await enterReferenceGrant(user);
    setDate(/^Termination date/, "2004-03-01");
    setDate(/^As of/, "2005-01-01");
    // Only the 2004-01-21 and 2004-02-21 tranches fall on or before the termination: 520.
    expect(figure("Vested on 01/01/2005")).toMatch(/^520 of 1,000/);
    expect(figure("Fully vested")).toBe("never: terminated first");
  });

  test("custom schedule text is validated as it is typed, with the parser's message", async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole("combobox", { name: "Schedule" }), "Custom text");
    const text = screen.getByRole("textbox", { name: /^Schedule text/ });
    await user.type(text, "50% at 6 months, then 40% monthly over 24 months");
    // 50% + 40% leaves 10% of the grant unscheduled.
    expect(screen.getByText(/100%/)).toBeTruthy();
    await user.clear(text);
    await user.type(text, "25% at 1 year, then 75% monthly over 36 months");
    expect(screen.getByText("The schedule reads.")).toBeTruthy();
  });

  describe("validation in the user's words, on the field concerned", () => {
    test("a grant date before 1900", async () => {
      const { user } = setup();
      await user.type(sharesBox(), "1000");
      setDate(/^Grant date/, "1899-12-31");
      expect(fieldError(/^Grant date/)).toBe(
        "Grant date must be on or after 1 January 1900, Excel's first date.",
      );
      expect(screen.queryByRole("img")).toBeNull();
    });

    test("shares that are not a number, or not whole", async () => {
      const { user } = setup();
      setDate(/^Grant date/, "2003-07-21");
      await user.type(sharesBox(), "lots");
      expect(fieldError(/^Shares granted/)).toBe("Shares must be a whole number.");
      expect(sharesBox().getAttribute("aria-invalid")).toBe("true");
      await user.clear(sharesBox());
      await user.type(sharesBox(), "12.5");
      expect(fieldError(/^Shares granted/)).toBe(
        "Shares must be a whole number; only Fractional rounding allows parts of a share.",
      );
    });

    test("0 shares is an error, not 0 of 0", async () => {
      const { user } = setup();
      setDate(/^Grant date/, "2003-07-21");
      await user.type(sharesBox(), "0");
      expect(fieldError(/^Shares granted/)).toBe(
        "Shares must be more than 0: a grant of 0 shares has nothing to vest.",
      );
      expect(screen.queryAllByRole("term")).toHaveLength(0);
    });

    test("share counts beyond Excel's 15 significant digits are refused, not rounded", async () => {
      const { user } = setup();
      setDate(/^Grant date/, "2003-07-21");
      await user.type(sharesBox(), "1,234,567,890,123,456");
      expect(fieldError(/^Shares granted/)).toBe(
        "Shares can have at most 15 significant digits, the most Excel holds exactly; this has 16.",
      );
      // 15 digits, or trailing zeros beyond them, Excel holds exactly.
      await user.clear(sharesBox());
      await user.type(sharesBox(), "1000000000000000");
      expect(fieldError(/^Shares granted/)).toBeNull();
    });

    test("a termination before the grant", async () => {
      const { user } = setup();
      await enterReferenceGrant(user);
      setDate(/^Termination date/, "2003-07-20");
      expect(fieldError(/^Termination date/)).toBe(
        "Termination date is before the grant date; it must be on or after it.",
      );
      expect(screen.queryByRole("img")).toBeNull();
    });

    test("clearing As of says As of is empty", async () => {
      const { user } = setup();
      await enterReferenceGrant(user);
      setDate(/^As of/, "");
      expect(fieldError(/^As of/)).toBe("As of is empty: enter the date to see the vesting on.");
    });
  });

  test("Insert table and chart writes 25 vest dates ending 2006-01-21, with a chart, choices in words", async () => {
    const { gateway, user } = setup();
    await enterReferenceGrant(user);
    await user.click(screen.getByRole("button", { name: "Insert table and chart" }));
    await screen.findByText(/Inserted the vesting table and chart on sheet "Vesting"/);
    const table = gateway.callsOf("writeTableToNewSheet")[0][0] as NewSheetTable;
    expect(table.chart).toBeDefined();
    // Vest dates are Excel serials: 2004-01-21 is 38007 and 2006-01-21 is 38738.
    const dateRows = table.rows.filter((r) => typeof r[0] === "number" && r[0] >= 38007);
    expect(dateRows).toHaveLength(25);
    expect(dateRows[24][0]).toBe(38738);
    const shares = dateRows.map((r) => r[1] as number);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(1000);
    const input = (label: string) => table.rows.find((r) => r[0] === label)?.[1];
    expect(input("Rounding")).toBe("Cumulative, round down (default)");
    expect(input("Day of month")).toBe("The start's day (default)");
    expect(input("Schedule")).toBe(
      "Reference grant: 50% at 6 months, then monthly over 24 months: 50% at 6 months, then 50% monthly over 24 months",
    );
    expect(table.rows.flat()).not.toContain("cumulative-round-down");
  });

  test("Add vested-as-of column writes VESTED formulas right of the selected grants", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    await enterReferenceGrant(user);
    await user.click(addColumnButton());
    await screen.findByText("Added 3 VESTED formulas in Grants!C1:C4.");
    const [topLeft, cells] = gateway.callsOf("writeColumn")[0];
    expect(topLeft).toBe("Grants!C1");
    expect(cells).toEqual([
      "Vested 2004-02-21",
      '=TIEOUT.VESTED(A2,B2,DATE(2004,2,21),"50% at 6 months, then 50% monthly over 24 months")',
      '=TIEOUT.VESTED(A3,B3,DATE(2004,2,21),"50% at 6 months, then 50% monthly over 24 months")',
      '=TIEOUT.VESTED(A4,B4,DATE(2004,2,21),"50% at 6 months, then 50% monthly over 24 months")',
    ]);
  });

  test("the overwrite dialog opens on the safe choice and says what is lost and that Undo may not help", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    gateway.occupiedCells = 2;
    await enterReferenceGrant(user);
    await user.click(addColumnButton());
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("2 cells in Grants!C1:C4 are not empty.");
    expect(dialog.textContent).toContain("Undo (Ctrl+Z) usually cannot bring back cells an add-in overwrote");
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(dialog).getByRole("button", { name: "Keep my cells", hidden: true }),
      ),
    );
    await user.click(await dialogButton("Overwrite 2 cells"));
    await screen.findByText("Added 3 VESTED formulas in Grants!C1:C4.");
    await dialogClosed();
    const calls = gateway.callsOf("writeColumn");
    expect(calls.map((c) => (c[2] as { overwrite?: boolean }).overwrite)).toEqual([false, true]);
  });

  test("keeping the cells writes nothing more", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    gateway.occupiedCells = 1;
    await enterReferenceGrant(user);
    await user.click(addColumnButton());
    await findDialog();
    await user.click(await dialogButton("Keep my cells"));
    await dialogClosed();
    expect(gateway.callsOf("writeColumn")).toHaveLength(1);
    expect(
      screen.getByText("Nothing written yet: 1 cell in Grants!C1:C4 would be overwritten."),
    ).toBeTruthy();
  });

  test("a selection that is not two columns is refused with a message", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Seed");
    await enterReferenceGrant(user);
    await user.click(addColumnButton());
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Select the grant list as exactly two columns, grant date then shares; the selection Seed!A1:F18 has 6 columns.",
    );
    expect(gateway.callsOf("writeColumn")).toHaveLength(0);
  });

  test("two columns of a Schedule II are not a grant list: refused, and nothing is offered for overwrite", async () => {
    const { gateway, user } = setup();
    // Seed!D5:E6: charged to other accounts (49, 39) and deductions (668, 216).
    gateway.selection = sheetGrid(
      "Seed",
      [
        [49, 668],
        [39, 216],
      ],
      4,
      3,
    );
    gateway.occupiedCells = 2;
    await enterReferenceGrant(user);
    await user.click(addColumnButton());
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Seed!D5:E5 is not a grant: 49 is not a date.",
    );
    expect(gateway.callsOf("writeColumn")).toHaveLength(0);
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
  });

  test("a long grant column shows progress and can be cancelled before anything is written", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    await enterReferenceGrant(user);
    const release = gateway.hold("readSelection");
    await user.click(addColumnButton());
    expect(await screen.findByText("Reading the selected grants")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    release();
    await screen.findByText("Cancelled: nothing was written.");
    expect(gateway.callsOf("writeColumn")).toHaveLength(0);
  });

  test("while Excel writes the table progress shows, and an Excel failure is shown as an error", async () => {
    const { gateway, user } = setup();
    await enterReferenceGrant(user);
    const release = gateway.hold("writeTableToNewSheet");
    gateway.fail("writeTableToNewSheet", "The workbook is shared and locked.");
    await user.click(screen.getByRole("button", { name: "Insert table and chart" }));
    expect(await screen.findByText("Writing the vesting table and chart")).toBeTruthy();
    release();
    expect((await screen.findByRole("alert")).textContent).toContain("The workbook is shared and locked.");
  });
});
