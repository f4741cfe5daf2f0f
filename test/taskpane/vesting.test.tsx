/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { VestingView } from "../../src/taskpane/vesting/VestingView";
import type { NewSheetTable } from "../../src/excel/types";
import { FakeGateway, dialogButton, dialogClosed, findDialog, fixtureGrid, renderInProvider } from "./render";

function setup() {
  const gateway = new FakeGateway();
  const rendered = renderInProvider(<VestingView gateway={gateway} today="2004-02-21" />);
  return { gateway, ...rendered };
}

function setDate(label: RegExp, iso: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: iso } });
}

/** The reference grant: 1,000 shares granted 2003-07-21, seen on 2004-02-21. */
async function enterReferenceGrant(user: ReturnType<typeof setup>["user"]) {
  setDate(/^Grant date/, "2003-07-21");
  await user.type(screen.getByRole("textbox", { name: /^Shares granted/ }), "1000");
  setDate(/^As of/, "2004-02-21");
}

function figure(term: string): string {
  const dt = screen.getAllByRole("term").find((t) => t.textContent?.startsWith(term));
  return dt?.nextElementSibling?.textContent ?? "";
}

describe("Vesting view", () => {
  test("without a grant it says what to enter and offers no action", () => {
    setup();
    expect(screen.getByText("Enter a grant date and shares to see the vesting.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Insert table and chart" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test("the reference grant previews 520 vested, 21 more on 2004-03-21, fully vested 2006-01-21", async () => {
    const { user } = setup();
    await enterReferenceGrant(user);
    // 50% at six months (2004-01-21) = 500, then 1/48 a month: floor(1000·(0.5 + 1/48)) = 520 on 2004-02-21.
    expect(figure("Vested on 2004-02-21")).toBe("520 of 1,000 (52%)");
    // floor(1000·(0.5 + 2/48)) = 541; 541 − 520 = 21.
    expect(figure("Next vest")).toBe("2004-03-21: 21 shares");
    // 6 + 24 months after 2003-07-21.
    expect(figure("Fully vested")).toBe("2006-01-21");
  });

  test("the chart has a text alternative and a table fallback", async () => {
    const { user, container } = setup();
    await enterReferenceGrant(user);
    // One cliff tranche then 24 monthly ones: 25 vest dates, from 500 to all 1,000.
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "Cumulative shares vested: 25 vest dates, from 500 on 2004-01-21 to 1,000 on 2006-01-21.",
    );
    const rows = [...container.querySelectorAll("details tbody tr")].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows).toHaveLength(25);
    // Last month: 1,000 − floor(1000·(0.5 + 23/48)) = 1,000 − 979 = 21.
    expect(rows[24]).toEqual(["2006-01-21", "21", "1,000"]);
  });

  test("a termination date stops vesting after it", async () => {
    const { user } = setup();
    await enterReferenceGrant(user);
    setDate(/^Termination date/, "2004-03-01");
    setDate(/^As of/, "2005-01-01");
    // Only the 2004-01-21 and 2004-02-21 tranches fall on or before the termination: 520.
    expect(figure("Vested on 2005-01-01")).toMatch(/^520 of 1,000/);
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

  test("shares that are not a number are blamed on the shares field", async () => {
    const { user } = setup();
    setDate(/^Grant date/, "2003-07-21");
    await user.type(screen.getByRole("textbox", { name: /^Shares granted/ }), "lots");
    const shares = screen.getByRole("textbox", { name: /^Shares granted/ });
    expect(shares.getAttribute("aria-invalid")).toBe("true");
  });

  test("Insert table and chart writes 25 vest dates ending 2006-01-21, with a chart", async () => {
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
  });

  test("Add vested-as-of column writes VESTED formulas right of the selected grants", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    await enterReferenceGrant(user);
    await user.click(screen.getByRole("button", { name: "Add vested-as-of column beside selected grants" }));
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

  test("filled cells in the way are overwritten only after the user confirms", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    gateway.occupiedCells = 2;
    await enterReferenceGrant(user);
    await user.click(screen.getByRole("button", { name: "Add vested-as-of column beside selected grants" }));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("2 cells in Grants!C1:C4 are not empty.");
    await user.click(await dialogButton("Overwrite 2 cells"));
    await screen.findByText("Added 3 VESTED formulas in Grants!C1:C4.");
    await dialogClosed();
    const calls = gateway.callsOf("writeColumn");
    expect(calls.map((c) => (c[2] as { overwrite?: boolean }).overwrite)).toEqual([false, true]);
  });

  test("cancelling the overwrite writes nothing more", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Grants");
    gateway.occupiedCells = 1;
    await enterReferenceGrant(user);
    await user.click(screen.getByRole("button", { name: "Add vested-as-of column beside selected grants" }));
    await findDialog();
    await user.click(await dialogButton("Cancel"));
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
    await user.click(screen.getByRole("button", { name: "Add vested-as-of column beside selected grants" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Select the grant list as exactly two columns, grant date then shares; the selection Seed!A1:F18 has 6 columns.",
    );
    expect(gateway.callsOf("writeColumn")).toHaveLength(0);
  });

  test("while Excel writes the table a spinner shows, and an Excel failure is shown as an error", async () => {
    const { gateway, user } = setup();
    await enterReferenceGrant(user);
    const release = gateway.hold("writeTableToNewSheet");
    gateway.fail("writeTableToNewSheet", "The workbook is shared and locked.");
    await user.click(screen.getByRole("button", { name: "Insert table and chart" }));
    expect(screen.getByText("Writing to Excel…")).toBeTruthy();
    release();
    expect((await screen.findByRole("alert")).textContent).toContain("The workbook is shared and locked.");
  });
});
