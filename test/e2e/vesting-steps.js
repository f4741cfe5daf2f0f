// End-to-end steps of the Vesting view's OCF terms and "Forecast for the selected grants", run by
// run.js after its own flows with its helpers (the same page, the same stand-in workbook).
const fs = require("fs");
const path = require("path");
const assert = require("assert/strict");

const SAMPLES = path.resolve(__dirname, "../../../shared/ocf/samples/VestingTerms.ocf.json");
const DATE = "yyyy-mm-dd";
// 2024-01-15 is serial 45306, 2024-03-01 is 45352; 2025-01-01 is 45658 and 2025-06-30 45838.
const GRANT_LIST = [
  ["Holder", "Grant date", "Shares", "Schedule"],
  ["Ann Lee", 45306, 4800, "25% at 12 months, then 75% monthly over 36 months"],
  ["Ben Ray", 45352, 1200, "100% quarterly over 12 months"],
];

/** Adds the grant list as a sheet through the stand-in's own Office.js, as a user would type it. */
function addGrantList(page) {
  return page.evaluate(
    async ([rows, format]) => {
      await window.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Grant list");
        const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
        range.values = rows;
        sheet.getRangeByIndexes(1, 1, rows.length - 1, 1).numberFormat = rows.slice(1).map(() => [format]);
        await context.sync();
      });
    },
    [GRANT_LIST, DATE],
  );
}

async function vestingSteps({
  page,
  browser,
  step,
  shot,
  axeScan,
  activate,
  sheetShot,
  assertNoHorizontalScroll,
  openTab,
}) {
  const samples = JSON.parse(fs.readFileSync(SAMPLES, "utf8")).items;
  const terms = (id) =>
    JSON.stringify(
      samples.find((t) => t.id === id),
      null,
      2,
    );
  const scheduleBox = page.getByRole("textbox", { name: /^Schedule text/ });

  await step("Vesting: pasted OCF terms read as their schedule, with the terms' rounding", async () => {
    await openTab(page, "Vesting");
    await page.getByRole("combobox", { name: "Schedule" }).selectOption({ label: "Custom text" });
    await page.getByLabel(/^Grant date/).fill("2020-01-15");
    await page.getByRole("textbox", { name: /^Shares granted/ }).fill("4800");
    await page.getByLabel(/^As of/).fill("2021-01-15");
    await scheduleBox.fill(terms("4yr-1yr-cliff-schedule"));
    await page
      .getByText("The OCF terms read as: 25% at 12 months, then 75% monthly over 36 months.")
      .waitFor();
    const rounding = page.getByRole("combobox", { name: "Rounding" });
    assert.equal(await rounding.inputValue(), "cumulative-rounding");
    assert.equal(await rounding.isDisabled(), true, "the terms' rounding can be changed in the field");
    // 25% of 4,800 at the one-year cliff.
    await page.getByText("1,200 of 4,800 (25%)").waitFor();
    await scheduleBox.scrollIntoViewIfNeeded();
    await shot(page, "30-vesting-ocf-read");
    await axeScan(page, "Vesting (OCF terms read)");
    await assertNoHorizontalScroll(page, "Vesting (OCF terms read)");
  });

  await step("Vesting: event-triggered OCF terms are refused by condition id, not approximated", async () => {
    await scheduleBox.fill(terms("custom-vesting-100pct-upfront"));
    await page.getByText(/condition 'full-vesting' vests on an event \(VESTING_EVENT\)/).waitFor();
    assert.equal(await page.getByText("1,200 of 4,800 (25%)").count(), 0, "a preview of refused terms");
    assert.equal(await page.getByRole("button", { name: "Insert table and chart" }).isDisabled(), true);
    await shot(page, "31-vesting-ocf-refused");
    await axeScan(page, "Vesting (OCF terms refused)");
    await scheduleBox.fill("25% at 12 months, then 75% monthly over 36 months");
    await page.getByText("The schedule reads.").waitFor();
  });

  await step("Vesting: Forecast for the selected grants shows shares vesting per month", async () => {
    await addGrantList(page);
    await activate(page, "Grant list", { row: 0, column: 0, rowCount: 3, columnCount: 4 });
    await page.getByLabel(/^Forecast from/).fill("2025-01-01");
    await page.getByLabel(/^Forecast to/).fill("2025-06-30");
    await page.getByRole("button", { name: "Forecast for the selected grants" }).click();
    const table = page.getByRole("region", { name: "Forecast table" });
    await table.waitFor();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent)));
    // Ann: 1,200 at the cliff on 2025-01-15, then 100 each month; Ben: 300 a quarter (900 before 2025, 300 on 03-01).
    assert.deepEqual(rows, [
      ["Jan 2025", "1,200", "2,100"],
      ["Feb 2025", "100", "2,200"],
      ["Mar 2025", "400", "2,600"],
      ["Apr 2025", "100", "2,700"],
      ["May 2025", "100", "2,800"],
      ["Jun 2025", "100", "2,900"],
    ]);
    await table.scrollIntoViewIfNeeded();
    await shot(page, "32-vesting-forecast");
    await axeScan(page, "Vesting (forecast)");
    await assertNoHorizontalScroll(page, "Vesting (forecast)");
  });

  await step(
    "Vesting: the forecast goes on a new sheet with a column chart, a second one beside it",
    async () => {
      const insert = page.getByRole("button", { name: "Insert forecast as a new sheet" });
      await insert.click();
      await page
        .getByText(/Inserted the forecast and its column chart on sheet "Vesting forecast"/)
        .waitFor();
      const sheet = await page.evaluate(() => {
        const read = (a) => window.__standin.cell(`'Vesting forecast'!${a}`);
        let header = 1;
        while (read(`B${header}`).value !== "Period start") header++;
        const rows = [];
        for (let r = header + 1; read(`A${r}`).value !== ""; r++)
          rows.push(["A", "B", "C", "D", "E"].map((c) => read(`${c}${r}`).value));
        return { rows, charts: window.__standin.sheet("Vesting forecast").charts.map((c) => c.type) };
      });
      assert.deepEqual(sheet.rows[0], ["Jan 2025", 45658, 45688, 1200, 2100]);
      assert.deepEqual(sheet.rows[5], ["Jun 2025", 45809, 45838, 100, 2900]);
      assert.equal(sheet.rows.length, 6);
      assert.deepEqual(sheet.charts, ["ColumnClustered"]);
      await sheetShot(browser, page, "Vesting forecast", "33-forecast-sheet");
      await insert.click();
      await page
        .getByText(/Inserted the forecast and its column chart on sheet "Vesting forecast \(2\)"/)
        .waitFor();
    },
  );

  await step(
    "Vesting: a grant row with no schedule is refused by its row, and nothing is forecast",
    async () => {
      await page.evaluate(async () => {
        await window.Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Grant list").getRange("D3").values = [[""]];
          await context.sync();
        });
      });
      await activate(page, "Grant list", { row: 0, column: 0, rowCount: 3, columnCount: 4 });
      await page.getByRole("button", { name: "Forecast for the selected grants" }).click();
      await page.getByText(/Row 3 \(Ben Ray\) has no schedule: 'Grant list'!D3 is empty\./).waitFor();
      assert.equal(await page.getByRole("region", { name: "Forecast table" }).count(), 0);
      await page.getByText(/Row 3 \(Ben Ray\) has no schedule/).scrollIntoViewIfNeeded();
      await shot(page, "34-forecast-schedule-less");
      await axeScan(page, "Vesting (forecast refused)");
    },
  );
}

module.exports = { vestingSteps };
