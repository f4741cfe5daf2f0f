/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { ImportView } from "../../src/taskpane/import/ImportView";
import type { NewSheetTable } from "../../src/excel/types";
import { FakeGateway, renderInProvider } from "./render";
import { readSeedSchedule, readShared } from "../support/shared";
import { checkSchedules } from "../../src/core/schedule2";

const SEED_TEXT = readSeedSchedule();

function setup() {
  const gateway = new FakeGateway();
  return { gateway, ...renderInProvider(<ImportView gateway={gateway} />) };
}

function paste(text: string) {
  // Typing 2 KB key by key is slow; a paste is one change event.
  fireEvent.change(screen.getByRole("textbox", { name: /Paste a Schedule II/ }), { target: { value: text } });
}

const previewButton = () => screen.getByRole("button", { name: "Preview" });

describe("Import view", () => {
  test("before anything is pasted it says what to do and Preview is unavailable", () => {
    setup();
    expect(screen.getByText("Paste a schedule, then preview what Tieout reads.")).toBeTruthy();
    expect((previewButton() as HTMLButtonElement).disabled).toBe(true);
  });

  test("the seed text previews its periods, accounts, columns and rows", async () => {
    const { user } = setup();
    paste(SEED_TEXT);
    await user.click(previewButton());
    // 3 years × (3 accounts + 1 total) = 12 rows; begin, 2 additions, deductions, end = 5 columns.
    await screen.findByText(/Read 3 periods \(2002, 2003, 2004\), 3 accounts, 5 columns and 12 rows\./);
    const table = screen.getByRole("region", { name: /Rows read from/ });
    const year2003 = within(table).getByRole("columnheader", { name: "2003" }).closest("tbody")!;
    const inventory = within(year2003).getByRole("rowheader", {
      name: "Reserve for excess and obsolete inventory",
    });
    const cells = within(inventory.closest("tr")!)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells).toEqual(["5,756", "4,189", "41", "1,989", "7,997"]);
    // Negatives as the filing prints them, in parentheses: 2003's allowance recovered 473.
    const allowance = within(year2003).getByRole("rowheader", { name: "Allowance for doubtful accounts" });
    expect(
      within(allowance.closest("tr")!)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1,466", "(473)", "10", "431", "572"]);
    // Short column labels fit the pane; the legend gives each header as printed.
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(["Begin", "Add. 1", "Add. 2", "Ded.", "End"]));
    expect(screen.getByText("✓ Every line that looked like data was read.")).toBeTruthy();
  });

  test("Insert as new sheet writes the schedule's sheet and says where", async () => {
    const { gateway, user } = setup();
    paste(SEED_TEXT);
    await user.click(previewButton());
    await user.click(await screen.findByRole("button", { name: "Insert as new sheet" }));
    await screen.findByText(/Inserted the schedule as sheet/);
    const table = gateway.callsOf("writeTableToNewSheet")[0][0] as NewSheetTable;
    const written = table.rows.flat();
    // Real numbers, not text: the 2003 inventory end balance is written as 7997.
    expect(written).toContain(7997);
    // The checks are formulas Tieout composed: the 2003 inventory row's computed end among them.
    expect(written).toContainEqual({ formula: "C11+D11+E11-F11" });
  });

  test("text without a schedule gets an error, not an empty preview", async () => {
    const { user } = setup();
    paste("Dear shareholders, this year was good.");
    await user.click(previewButton());
    expect((await screen.findByRole("alert")).textContent).toMatch(/Could not read it/);
  });

  test("an Excel failure while inserting is shown", async () => {
    const { gateway, user } = setup();
    gateway.fail("writeTableToNewSheet", "The workbook is read-only.");
    paste(SEED_TEXT);
    await user.click(previewButton());
    await user.click(await screen.findByRole("button", { name: "Insert as new sheet" }));
    expect((await screen.findByRole("alert")).textContent).toContain("The workbook is read-only.");
  });

  test("pasted HTML is shown as text only: its script and image never reach the page", async () => {
    const { user, container } = setup();
    const html =
      '<html><body><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
      "<table><tr><td>Description</td><td>Balance at beginning of period</td><td>Additions</td><td>Deductions</td><td>Balance at end of period</td></tr>" +
      "<tr><td>Year ended December 31, 2004:</td></tr>" +
      '<tr><td>Allowance <b onmouseover="window.__pwned=3">for doubtful accounts</b></td><td>100</td><td>20</td><td>5</td><td>115</td></tr>' +
      "</table></body></html>";
    paste(html);
    await user.click(previewButton());
    await screen.findByText(/Read 1 period/);
    expect(container.querySelector("script, img, b")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test("while the sheet is being inserted a spinner shows and the view is busy", async () => {
    const { gateway, user, container } = setup();
    const release = gateway.hold("writeTableToNewSheet");
    paste(SEED_TEXT);
    await user.click(previewButton());
    await user.click(await screen.findByRole("button", { name: "Insert as new sheet" }));
    expect(screen.getByText("Inserting the sheet…")).toBeTruthy();
    expect(container.querySelector("[aria-busy='true']")).not.toBeNull();
    release();
    await screen.findByText(/Inserted the schedule as sheet/);
  });

  test("the preview runs Check's checks: the seed ties, and IBM and Medtronic show their printed breaks before inserting", async () => {
    const { user } = setup();
    paste(SEED_TEXT);
    await user.click(previewButton());
    await screen.findByText("✓ Ties: every row rolls forward, totals foot and periods chain.");
    for (const [file, count] of [
      ["fixtures/schedule2/07_ibm_fy2024.html", 4],
      ["fixtures/schedule2/13_medtronic_fy2024.html", 2],
    ] as const) {
      const source = readShared(file);
      paste(source);
      await user.click(previewButton());
      const list = await screen.findByRole("list", { name: "Breaks" });
      const shown = within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.replace(/^✗ /, ""));
      const check = checkSchedules(source).schedules.flatMap((s) =>
        s.findings.filter((f) => f.severity === "error"),
      );
      expect(shown).toHaveLength(count);
      expect(shown).toEqual(check.map((f) => f.message));
    }
  });
});
