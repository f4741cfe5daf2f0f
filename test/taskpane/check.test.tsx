/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { CheckView } from "../../src/taskpane/check/CheckView";
import type { CellMark, ReportLine } from "../../src/excel/types";
import { sheetGrid } from "./fake-gateway";
import { FakeGateway, fixtureGrid, renderInProvider } from "./render";

// 2 December 2026, 08:12 in the test's own time zone.
const CHECKED_AT = new Date(2026, 11, 2, 8, 12);

function setup(sheet: "Seed" | "Tampered" = "Seed") {
  const gateway = new FakeGateway();
  gateway.usedRange = fixtureGrid(sheet);
  return {
    gateway,
    ...renderInProvider(<CheckView gateway={gateway} now={() => CHECKED_AT} locale="en-GB" />),
  };
}

const runButton = () => screen.getByRole("button", { name: "Run check" });
const findingsList = () => screen.getByRole("listbox", { name: /^Findings/ });
const options = () => within(findingsList()).getAllByRole("option");
const status = () => screen.getByRole("status").textContent;

async function runTampered() {
  const rendered = setup("Tampered");
  await rendered.user.click(runButton());
  await screen.findByText("✗ 3 errors, 0 warnings.");
  return rendered;
}

describe("Check view", () => {
  test("before a run it says what to do", () => {
    setup();
    expect(screen.getByText("Select a Schedule II or run on the sheet.")).toBeTruthy();
  });

  test("while Excel reads the sheet it shows progress and marks itself busy", async () => {
    const { gateway, user, container } = setup();
    const release = gateway.hold("readUsedRange");
    await user.click(runButton());
    expect(await screen.findByText("Reading the active sheet")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(container.querySelector("[aria-busy='true']")).not.toBeNull();
    release();
    await screen.findByText("✓ Ties: every check passes.");
    expect(container.querySelector("[aria-busy='true']")).toBeNull();
  });

  test("a long check can be cancelled: no results, and the pane says nothing was changed", async () => {
    const { gateway, user } = setup("Tampered");
    const release = gateway.hold("readUsedRange");
    await user.click(runButton());
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    release();
    await waitFor(() => expect(status()).toBe("Check cancelled: nothing was changed."));
    expect(screen.queryByText("✗ 3 errors, 0 warnings.")).toBeNull();
    expect(gateway.callsOf("readUsedRange")).toHaveLength(1);
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
    const checks = within(screen.getByRole("list", { name: "Checks" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(checks).toEqual([
      "✓ Roll-forward: ties",
      "✓ Footing: ties",
      "✓ Continuity: ties",
      "✓ Reading: every line read",
    ]);
    // The seed prints deductions as positive figures: 405 + 1,680 + 49 − 668 = 1,466.
    expect(screen.getByText(/Deductions are printed as positive figures and subtracted/)).toBeTruthy();
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  test("the heading names the sheet and range checked, and when", async () => {
    await runTampered();
    expect(screen.getByRole("heading", { name: "Results for Tampered!A1:F18" })).toBeTruthy();
    // en-GB medium date and short time; 18 rows in A1:F18.
    expect(
      screen.getByText(
        /^Checked 2 Dec 2026, 08:12 · 18 sheet rows, 12 schedule rows read · tolerance 0 \(exact\)$/,
      ),
    ).toBeTruthy();
  });

  test("the tampered copy's three breaks: counts per check with symbols, one list of findings", async () => {
    await runTampered();
    // 2003 inventory: 5,756 + 4,189 + 41 − 1,989 = 7,997, but 7,979 is reported: off by 18,
    // which also breaks the 2003 total's footing (572 + 7,979 + 1,193 = 9,744 ≠ 9,762) and
    // the 2004 opening balance (7,997 ≠ 7,979).
    const checks = within(screen.getByRole("list", { name: "Checks" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(checks).toEqual([
      "✗ Roll-forward: 1 error",
      "✗ Footing: 1 error",
      "✗ Continuity: 1 error",
      "✓ Reading: every line read",
    ]);
    expect(options()).toHaveLength(3);
    // The figures as the sheet shows them (numbers in General format), the result computed.
    expect(options()[0].textContent).toContain(
      "begin 5756 + additions 4189 + 41 − deductions 1989 = 7,997, reported 7979",
    );
    expect(options()[0].textContent).toContain("Roll-forward · Tampered!F11");
    // The result is announced with its counts, not only the range.
    expect(status()).toBe("Checked Tampered!A1:F18: 3 errors, 0 warnings.");
  });

  test("the findings are one tab stop; arrow keys move, Enter selects the cell", async () => {
    const { gateway, user } = await runTampered();
    expect(options().map((o) => o.tabIndex)).toEqual([0, -1, -1]);
    options()[0].focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(options()[1]);
    expect(options().map((o) => o.tabIndex)).toEqual([-1, 0, -1]);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(options()[2]);
    await user.keyboard("{ArrowUp}{Enter}");
    await waitFor(() => expect(gateway.callsOf("selectCell")).toEqual([["Tampered!F13"]]));
    // Tab leaves the list in one press rather than walking every finding.
    await user.tab();
    expect(options()).not.toContain(document.activeElement);
  });

  test("a clicked finding shows as selected", async () => {
    const { gateway, user } = await runTampered();
    await user.click(options()[2]);
    // The 2004 inventory opening balance is in B16.
    await waitFor(() => expect(gateway.callsOf("selectCell")).toEqual([["Tampered!B16"]]));
    await waitFor(() => expect(options()[2].getAttribute("aria-selected")).toBe("true"));
    expect(options()[2].textContent).toContain("selected in Excel");
    expect(options()[0].getAttribute("aria-selected")).toBe("false");
    expect(status()).toBe("Selected Tampered!B16: finding 3 of 3.");
  });

  test("Next and Previous walk the findings like Excel's Error Checking", async () => {
    const { gateway, user } = await runTampered();
    const next = screen.getByRole("button", { name: "Next" });
    const previous = screen.getByRole("button", { name: "Previous" });
    await user.click(next);
    await screen.findByText("Finding 1 of 3");
    await user.click(next);
    await screen.findByText("Finding 2 of 3");
    await user.click(previous);
    await screen.findByText("Finding 1 of 3");
    expect(gateway.callsOf("selectCell")).toEqual([["Tampered!F11"], ["Tampered!F13"], ["Tampered!F11"]]);
    expect((previous as HTMLButtonElement).disabled).toBe(true);
  });

  test("the filter by check and by severity narrows the list", async () => {
    const { user } = await runTampered();
    await user.selectOptions(screen.getByRole("combobox", { name: "Check" }), "Footing (1)");
    expect(options()).toHaveLength(1);
    expect(options()[0].textContent).toContain("Tampered!F13");
    await user.selectOptions(screen.getByRole("combobox", { name: "Check" }), "All checks (3)");
    await user.selectOptions(screen.getByRole("combobox", { name: "Severity" }), "Warnings only");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(screen.getByText("No findings match the filter.")).toBeTruthy();
  });

  test("Copy findings puts text a reviewer can paste on the clipboard", async () => {
    // user-event stands in a clipboard for the page.
    const { user } = await runTampered();
    await user.click(screen.getByRole("button", { name: "Copy findings" }));
    await screen.findByText("Copied 3 findings as text.");
    const lines = (await navigator.clipboard.readText()).split("\n");
    expect(lines[0]).toBe("Tieout check of Tampered!A1:F18, 2 Dec 2026, 08:12: 3 errors, 0 warnings.");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^✗ Error, Roll-forward, Tampered!F11: 2003 · Reserve for excess/);
  });

  test("Mark cells and the report come before the findings, so no one scrolls past them", async () => {
    await runTampered();
    const mark = screen.getByRole("button", { name: "Mark cells" });
    const report = screen.getByRole("button", { name: 'Write "Tie-out" report' });
    for (const button of [mark, report]) {
      expect(button.compareDocumentPosition(findingsList()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  test("an edit in the checked range says the results may be out of date and offers Re-run", async () => {
    const { gateway, user } = await runTampered();
    await waitFor(() => expect(gateway.listening).toBe(1));
    act(() => gateway.emit({ kind: "edited", sheetName: "Tampered", address: "F11" }));
    expect(await screen.findByText("May be out of date")).toBeTruthy();
    expect(screen.getByText(/Tampered!F11 changed after this check\./)).toBeTruthy();
    // Re-run checks the same sheet again, even if another sheet is active by now.
    await user.click(screen.getByRole("button", { name: "Re-run on Tampered!A1:F18" }));
    await screen.findByText("✗ 3 errors, 0 warnings.");
    expect(gateway.callsOf("readUsedRangeOf")).toEqual([["Tampered"]]);
    expect(screen.queryByText("May be out of date")).toBeNull();
  });

  test("switching sheets says so; coming back to the checked sheet clears it", async () => {
    const { gateway } = await runTampered();
    await waitFor(() => expect(gateway.listening).toBe(1));
    act(() => gateway.emit({ kind: "activated", sheetName: "Grants" }));
    expect(
      await screen.findByText(/You are now on sheet "Grants"; these results are for Tampered!A1:F18\./),
    ).toBeTruthy();
    act(() => gateway.emit({ kind: "activated", sheetName: "Tampered" }));
    await waitFor(() => expect(screen.queryByText("May be out of date")).toBeNull());
  });

  test("a check of the selection is not made stale by an edit outside it", async () => {
    const { gateway, user } = setup();
    gateway.selection = fixtureGrid("Seed");
    await user.click(screen.getByRole("radio", { name: "The selection" }));
    await user.click(runButton());
    await screen.findByText("✓ Ties: every check passes.");
    await waitFor(() => expect(gateway.listening).toBe(1));
    act(() => gateway.emit({ kind: "edited", sheetName: "Seed", address: "H30" }));
    act(() => gateway.emit({ kind: "edited", sheetName: "Grants", address: "B2" }));
    expect(screen.queryByText("May be out of date")).toBeNull();
    act(() => gateway.emit({ kind: "edited", sheetName: "Seed", address: "B5:C6" }));
    expect(await screen.findByText("May be out of date")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Re-run on Seed!A1:F18" }));
    await screen.findByText("✓ Ties: every check passes.");
    expect(gateway.callsOf("readRange")).toEqual([["Seed!A1:F18"]]);
  });

  test("writing the report (which activates its sheet) does not make the results stale", async () => {
    const { gateway, user } = await runTampered();
    await user.click(screen.getByRole("button", { name: 'Write "Tie-out" report' }));
    await screen.findByText('Wrote the report to sheet "Tie-out".');
    act(() => gateway.emit({ kind: "activated", sheetName: "Tie-out" }));
    act(() => gateway.emit({ kind: "edited", sheetName: "Tie-out", address: "A1:K9" }));
    expect(screen.queryByText("May be out of date")).toBeNull();
  });

  test("Mark cells marks each break as an error, and Clear marks says how many it cleared", async () => {
    const { gateway, user } = await runTampered();
    await user.click(screen.getByRole("button", { name: "Mark cells" }));
    await screen.findByText("Marked 3 cells.");
    const marks = gateway.callsOf("markCells")[0][0] as CellMark[];
    expect(marks.map((m) => m.kind)).toEqual(["error", "error", "error"]);
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    await screen.findByText("Cleared marks from 3 cells.");
    expect(status()).toBe("Cleared marks from 3 cells.");
  });

  test("Tickmarks on: every figure of the tying seed gets a ✓ saying why, and the report gets its context", async () => {
    const { gateway, user } = setup("Seed");
    await user.click(screen.getByRole("switch", { name: /Tickmarks/ }));
    await user.click(runButton());
    await screen.findByText("✓ Ties: every check passes.");
    await user.click(screen.getByRole("button", { name: "Mark cells" }));
    // 12 rows (9 accounts, 3 totals) each end balance; 6 accounts of 2003 and 2004 begin where the year before ended.
    await screen.findByText("Marked 18 cells: 18 ✓ that tie, 0 ✗ or ⚠.");
    const marks = gateway.callsOf("markCells")[0][0] as CellMark[];
    const byCell = Object.fromEntries(marks.map((m) => [m.address, `${m.kind} ${m.note}`]));
    expect(byCell["Seed!F5"]).toBe("tie ✓ rolled forward"); // 405 + 1,680 + 49 − 668 = 1,466
    expect(byCell["Seed!F8"]).toBe("tie ✓ footed"); // 1,466 + 5,756 + 479 = 7,701
    expect(byCell["Seed!B10"]).toBe("tie ✓ agrees with prior year"); // 2003 begins at 2002's 1,466
    expect(byCell["Seed!B5"]).toBeUndefined(); // the first year has no prior year
    await user.click(screen.getByRole("button", { name: 'Write "Tie-out" report' }));
    await screen.findByText('Wrote the report to sheet "Tie-out".');
    expect(gateway.callsOf("writeReportSheet")[0][2]).toEqual({
      checked: "Seed!A1:F18",
      checkedAt: "2 Dec 2026, 08:12",
      tolerance: "0",
      signConvention: "Deductions are printed as positive figures and subtracted.",
      rowsRead: 12,
      tickmarks: true,
    });
  });

  test("Mark cells is unavailable when the schedule ties: there is nothing to mark", async () => {
    const { user } = setup("Seed");
    await user.click(runButton());
    await screen.findByText("✓ Ties: every check passes.");
    expect((screen.getByRole("button", { name: "Mark cells" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("the report sheet gets one line per finding", async () => {
    const { gateway, user } = await runTampered();
    await user.click(screen.getByRole("button", { name: 'Write "Tie-out" report' }));
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
    expect(screen.getByText(/tolerance 20$/)).toBeTruthy();
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
    const { user } = await runTampered();
    await user.click(screen.getByRole("button", { name: "Mark cells" }));
    await screen.findByText("Marked 3 cells.");
    const region = screen.getByText("Marked 3 cells.").closest("[role='status']");
    expect(region?.getAttribute("aria-live")).toBe("polite");
  });
});
