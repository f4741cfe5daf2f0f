/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { ShareSafely } from "../../src/taskpane/share/ShareSafely";
import { FakeGateway, dialogButton, dialogClosed, findDialog, renderInProvider } from "./render";

function setup(formulaCount: number) {
  const gateway = new FakeGateway();
  gateway.tieoutFormulas = Array.from({ length: formulaCount }, (_, i) => ({
    address: `Grants!C${i + 2}`,
    formula: `=TIEOUT.VESTED(A${i + 2},B${i + 2},DATE(2004,2,21))`,
  }));
  return { gateway, ...renderInProvider(<ShareSafely gateway={gateway} />) };
}

const shareButton = () => screen.getByRole("button", { name: "Share safely…" });

describe("Share safely", () => {
  test("explains why: people without the add-in see #NAME?", () => {
    setup(0);
    expect(screen.getByText(/sees #NAME\? where a TIEOUT formula is/)).toBeTruthy();
  });

  test("a workbook without TIEOUT formulas is safe as it is and nothing is replaced", async () => {
    const { gateway, user } = setup(0);
    await user.click(shareButton());
    await screen.findByText("This workbook has no TIEOUT formulas: it is safe to share as it is.");
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    expect(gateway.callsOf("replaceTieoutFormulasWithValues")).toHaveLength(0);
  });

  test("the formulas are replaced only after a dialog that says how many", async () => {
    const { gateway, user } = setup(3);
    await user.click(shareButton());
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("This workbook has 3 TIEOUT formulas on 1 sheet.");
    expect(dialog.textContent).toContain("Undo (Ctrl+Z) cannot bring the formulas back");
    expect(dialog.textContent).toContain("Grants!C2:C4: 3 formulas");
    expect(gateway.callsOf("replaceTieoutFormulasWithValues")).toHaveLength(0);
    await user.click(await dialogButton("Replace 3 formulas"));
    await screen.findByText("Replaced 3 TIEOUT formulas with their values.");
    await dialogClosed();
    expect(gateway.callsOf("replaceTieoutFormulasWithValues")).toHaveLength(1);
  });

  test("Cancel leaves the formulas alone", async () => {
    const { gateway, user } = setup(2);
    await user.click(shareButton());
    await findDialog();
    await user.click(await dialogButton("Keep the formulas"));
    await dialogClosed();
    expect(gateway.callsOf("replaceTieoutFormulasWithValues")).toHaveLength(0);
  });

  test("formulas are summarised per sheet and range, with thousands separators", async () => {
    const { gateway, user } = setup(10000);
    // Two more on another sheet, in two columns.
    gateway.tieoutFormulas.push(
      { address: "'Q4 grants'!D7", formula: "=TIEOUT.VESTED(A7,B7,DATE(2004,2,21))" },
      { address: "'Q4 grants'!F7", formula: "=TIEOUT.VESTED(A7,B7,DATE(2004,2,21))" },
    );
    await user.click(shareButton());
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("This workbook has 10,002 TIEOUT formulas on 2 sheets.");
    const ranges = [...dialog.querySelectorAll("li")].map((li) => li.textContent);
    expect(ranges).toEqual([
      "Grants!C2:C10001: 10,000 formulas",
      "'Q4 grants'!D7: 1 formula",
      "'Q4 grants'!F7: 1 formula",
    ]);
    expect(await dialogButton("Replace 10,002 formulas")).toBeTruthy();
  });

  test("the dialog opens on the safe choice", async () => {
    const { user } = setup(2);
    await user.click(shareButton());
    const keep = await dialogButton("Keep the formulas");
    await waitFor(() => expect(document.activeElement).toBe(keep));
  });

  test("an Excel failure is shown as an error", async () => {
    const { gateway, user } = setup(1);
    gateway.fail("listTieoutFormulas", "Excel is busy editing a cell.");
    await user.click(shareButton());
    expect((await screen.findByRole("alert")).textContent).toContain("Excel is busy editing a cell.");
  });

  test("while the workbook is searched a spinner shows", async () => {
    const { gateway, user } = setup(1);
    const release = gateway.hold("listTieoutFormulas");
    await user.click(shareButton());
    expect(screen.getByText("Looking through the workbook…")).toBeTruthy();
    release();
    await findDialog();
  });
});
