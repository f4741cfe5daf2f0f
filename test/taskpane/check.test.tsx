/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { CheckView } from "../../src/taskpane/check/CheckView";
import type { CellMark, ReportLine } from "../../src/excel/types";
import { sheetGrid } from "./fake-gateway";
import { FakeGateway, fixtureGrid, renderInProvider } from "./render";

function setup(sheet: "Seed" | "Tampered" = "Seed") {
  const gateway = new FakeGateway();
  gateway.usedRange = fixtureGrid(sheet);
  return { gateway, ...renderInProvider(<CheckView gateway={gateway} />) };
}

const runButton = () => screen.getByRole("button", { name: "Run check" });

describe("Check view", () => {
  test("before a run it says what to do", () => {
    setup();
    expect(screen.getByText("Select a Schedule II or run on the sheet.")).toBeTruthy();
  });

  test("while Excel reads the sheet it shows a spinner and marks itself busy", async () => {
    const { gateway, user, container } = setup();
    const release = gateway.hold("readUsedRange");
    await user.click(runButton());
    expect(screen.getByText("Reading the sheet and checking…")).toBeTruthy();
    expect(container.querySelector("[aria-busy='true']")).not.toBeNull();
    release();
    await screen.findByText("✓ Ties: every check passes.");
    expect(container.querySelector("[aria-busy='true']")).toBeNull();
  });

  test("an Excel failure is shown as an error message", async () => {
    const { gateway, user } = setup();
    gateway.fail("readUsedRange", "The sheet is protected.");
    await user.click(runButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The sheet is protected.");
  });

  test("the seed schedule ties on every check and the sign convention is said in words", async () => {
    const { user } = setup("Seed");
    await user.click(runButton());
    await screen.findByText("✓ Ties: every check passes.");
    for (const check of ["Roll-forward", "Footing", "Continuity"]) {
      expect(screen.getByRole("heading", { name: `${check}: ties` }).textContent).toBe(`✓ ${check}: ties`);
    }
    expect(screen.getByRole("heading", { name: "Reading: every line read" }).textContent).toBe(
      "✓ Reading: every line read",
    );
    // The seed prints deductions as positive figures: 405 + 1,680 + 49 − 668 = 1,466.
    expect(screen.getByText(/Deductions are printed as positive figures and subtracted/)).toBeTruthy();
  });

  test("the tampered copy shows its three breaks grouped by check, with symbols and counts", async () => {
    const { user } = setup("Tampered");
    await user.click(runButton());
    // 2003 inventory: 5,756 + 4,189 + 41 − 1,989 = 7,997, but 7,979 is reported: off by 18,
    // which also breaks the 2003 total's footing (572 + 7,979 + 1,193 = 9,744 ≠ 9,762) and
    // the 2004 opening balance (7,997 ≠ 7,979).
    await screen.findByText("✗ 3 errors, 0 warnings.");
    expect(screen.getByRole("heading", { name: "Roll-forward: 1 error" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Footing: 1 error" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Continuity: 1 error" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Reading: every line read" })).toBeTruthy();
    const rollforward = screen.getByRole("region", { name: "Roll-forward: 1 error" });
    expect(within(rollforward).getByRole("button").textContent).toMatch(/= 7,997, reported 7,979/);
    // The symbol is shown beside the words, so colour is not the only signal.
    expect(screen.getByRole("heading", { name: "Footing: 1 error" }).textContent).toBe("✗ Footing: 1 error");
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const { gateway, user } = setup("Tampered");
    await user.click(runButton());
    const rollforward = await screen.findByRole("region", { name: "Roll-forward: 1 error" });
    await user.click(within(rollforward).getByRole("button"));
    // The 2003 inventory row is the sheet's 11th row and its end balance is in column F.
    await waitFor(() => expect(gateway.callsOf("selectCell")).toHaveLength(1));
    expect(gateway.callsOf("selectCell")[0][0]).toBe("Tampered!F11");
  });

  test("Mark cells marks each break as an error, and Clear marks says how many it cleared", async () => {
    const { gateway, user } = setup("Tampered");
    await user.click(runButton());
    await user.click(await screen.findByRole("button", { name: "Mark cells" }));
    await screen.findByText("Marked 3 cells.");
    const marks = gateway.callsOf("markCells")[0][0] as CellMark[];
    expect(marks.map((m) => m.kind)).toEqual(["error", "error", "error"]);
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    await screen.findByText("Cleared marks from 3 cells.");
  });

  test("Mark cells is unavailable when the schedule ties: there is nothing to mark", async () => {
    const { user } = setup("Seed");
    await user.click(runButton());
    await screen.findByText("✓ Ties: every check passes.");
    expect((screen.getByRole("button", { name: "Mark cells" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("the report sheet gets one line per finding", async () => {
    const { gateway, user } = setup("Tampered");
    await user.click(runButton());
    await user.click(await screen.findByRole("button", { name: 'Write "Tie-out" report' }));
    await screen.findByText('Wrote the report to sheet "Tie-out".');
    const lines = gateway.callsOf("writeReportSheet")[0][1] as ReportLine[];
    expect(lines.map((l) => l.check).sort()).toEqual(["continuity", "footing", "rollforward"]);
    expect(lines.every((l) => l.difference !== null && Math.abs(l.difference) === 18)).toBe(true);
  });

  test("a tolerance above the difference of 18 lets the tampered copy tie", async () => {
    const { user } = setup("Tampered");
    const tolerance = screen.getByRole("textbox", { name: /Tolerance/ });
    await user.clear(tolerance);
    await user.type(tolerance, "20");
    await user.click(runButton());
    await screen.findByText("✓ Ties: every check passes.");
  });

  test("a tolerance that is not a number is refused before running", async () => {
    const { gateway, user } = setup();
    const tolerance = screen.getByRole("textbox", { name: /Tolerance/ });
    await user.clear(tolerance);
    await user.type(tolerance, "one");
    expect(screen.getByText('Tolerance "one" is not a number; type e.g. 0 (exact) or 1.')).toBeTruthy();
    expect((runButton() as HTMLButtonElement).disabled).toBe(true);
    expect(gateway.callsOf("readUsedRange")).toHaveLength(0);
  });

  test("run on the selection reads the selection, not the used range", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Seed");
    await user.click(screen.getByRole("radio", { name: "The selection" }));
    await user.click(runButton());
    await screen.findByText("✓ Ties: every check passes.");
    expect(gateway.callsOf("readSelection")).toHaveLength(1);
    expect(gateway.callsOf("readUsedRange")).toHaveLength(0);
  });

  test("a sheet without a schedule gets a clear message", async () => {
    const { gateway, user } = setup();
    gateway.usedRange = sheetGrid("Notes", [["Call the auditors on Monday"], ["Agenda: budget"]]);
    await user.click(runButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("No Schedule II table was found in Notes!A1:A2.");
  });

  test("results are announced in a polite live region", async () => {
    const { user } = setup("Tampered");
    await user.click(runButton());
    await user.click(await screen.findByRole("button", { name: "Mark cells" }));
    await screen.findByText("Marked 3 cells.");
    const region = screen.getByText("Marked 3 cells.").closest("[role='status']");
    expect(region?.getAttribute("aria-live")).toBe("polite");
  });
});
