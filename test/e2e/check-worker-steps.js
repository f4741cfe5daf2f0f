// End-to-end step: a large sheet is checked in a Web Worker (the pane stays responsive), with the same
// findings as on the UI thread. Run by run.js after its own flows, on the same page and stand-in.
const assert = require("assert/strict");
const sheets = require("./sheets.json");

/** The tampered schedule, then a note far to the right and below: a used range of about 16,000 cells. */
function addLargeSheet(page) {
  return page.evaluate(async (rows) => {
    await window.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Large");
      const width = Math.max(...rows.map((row) => row.length));
      const cells = rows.map((row) => [...row, ...Array(width - row.length).fill("")]);
      sheet.getRangeByIndexes(0, 0, cells.length, width).values = cells;
      sheet.getRange("T800").values = [["Reviewed: see workpaper 12"]];
      await context.sync();
    });
  }, sheets.Tampered);
}

async function checkWorkerSteps({ page, step, shot, activate, openTab }) {
  await step("a large sheet is checked in a worker, with the same three breaks", async () => {
    await openTab(page, "Check");
    await addLargeSheet(page);
    await page.evaluate(() => {
      window.__workers = [];
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url, options) {
          super(url, options);
          window.__workers.push(String(url));
        }
      };
    });
    await activate(page, "Large");
    await page.getByRole("radio", { name: "The active sheet (used range)" }).check();
    await page.getByRole("button", { name: "Run check" }).click();
    await page.getByText("✗ 3 errors, 0 warnings.").waitFor({ timeout: 30000 });
    const workers = await page.evaluate(() => window.__workers);
    assert.equal(workers.length, 1, `workers started: ${JSON.stringify(workers)}`);
  });

  await step(
    "results say they may be out of date after a sheet switch or an edit, and Re-run renews them",
    async () => {
      // The user clicks another sheet's tab: Excel raises onActivated.
      await page.evaluate(() => window.__standin.user.activate("Seed"));
      await page.getByText(/You are now on sheet "Seed"; these results are for Large!/).waitFor();
      await shot(page, "21-check-stale-after-switch");
      await page.getByRole("button", { name: /^Re-run on Large!/ }).click();
      await page.getByText("✗ 3 errors, 0 warnings.").waitFor({ timeout: 30000 });
      assert.equal(
        await page.getByText(/You are now on sheet/).count(),
        0,
        "the stale notice stays after Re-run",
      );
      // The user types into a checked cell: Excel raises onChanged.
      await page.evaluate(() => window.__standin.user.edit("Large!C5", 1));
      await page.getByText("Large!C5 changed after this check.").waitFor();
    },
  );
}

module.exports = { checkWorkerSteps };
