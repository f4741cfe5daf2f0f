// End-to-end test of the task pane in a real browser: the production build served over HTTP on
// 127.0.0.1, Debian's Chromium driven by playwright-core, and office.js routed to our strict
// Office.js stand-in preloaded with sheets. Prints `N passed, M failed`; exits 1 on any failure.
const fs = require("fs");
const http = require("http");
const path = require("path");
const { execFileSync } = require("child_process");
const assert = require("assert/strict");
const { chromium } = require("playwright-core");
const { loadStandinScript, standinWorkbook } = require("./standin");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const SHOTS = path.join(__dirname, "screenshots");
const OUT = path.join(__dirname, ".out");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SEED_TEXT = fs.readFileSync(path.join(ROOT, "samples", "schedule-ii-lantronix.txt"), "utf8");
// Pasted into Import: none of it may run.
const HOSTILE_HTML =
  '<html><body><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
  "<table><tr><td>Description</td><td>Balance at beginning of period</td><td>Additions</td>" +
  "<td>Deductions</td><td>Balance at end of period</td></tr>" +
  "<tr><td>Year ended December 31, 2004:</td></tr>" +
  '<tr><td>Allowance <b onmouseover="window.__pwned=3">for doubtful accounts</b></td>' +
  "<td>100</td><td>20</td><td>5</td><td>115</td></tr></table></body></html>";

// ---------------------------------------------------------------- build and serve

function newestFileTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFileTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ unless it is newer than every source file (CI builds it just before). */
function ensureBuild() {
  const built = path.join(DIST, "taskpane.html");
  const stale =
    !fs.existsSync(built) ||
    fs.statSync(path.join(DIST, "taskpane.js")).mtimeMs <
      Math.max(
        newestFileTime(path.join(ROOT, "src")),
        fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
      );
  if (stale) {
    console.log("dist/ is missing or older than src/: npm run build");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  }
}

const CONTENT_TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** A static server for dist/ on a random port of 127.0.0.1. */
function serveDist() {
  const server = http.createServer((request, response) => {
    const local = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    const file = path.normalize(path.join(DIST, local));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] || "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---------------------------------------------------------------- a tiny runner

const results = { passed: 0, failed: 0 };

let currentPage = null;

async function step(name, body) {
  try {
    await body();
    results.passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    results.failed++;
    if (currentPage) {
      // What the pane showed when the step failed, for whoever reads the log (not committed).
      const file = path.join(OUT, `failed-${results.passed + results.failed}.png`);
      await currentPage.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.log(`     (screenshot: ${path.relative(ROOT, file)})`);
    }
    console.log(
      `FAIL ${name}\n     ${String(error && error.message ? error.message : error)
        .split("\n")
        .join("\n     ")}`,
    );
  }
}

// ---------------------------------------------------------------- page helpers

/** Lets hover and entrance transitions finish, so pictures and colour checks see the resting state. */
async function settle(page) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
}

/** The whole pane, or (for a dialog, which is fixed to the viewport) what is on screen. */
async function shot(page, name, { fullPage = true } = {}) {
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/** axe-core on what is shown: no serious or critical violation. */
async function axeScan(page, what) {
  await settle(page);
  const injected = await page.evaluate(() => typeof window.axe !== "undefined");
  // The pane's CSP refuses an inline <script>: axe goes in through DevTools, as a console would.
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  if (!injected)
    await (await page.context().newCDPSession(page)).send("Runtime.evaluate", { expression: axeSource });
  const violations = await page.evaluate(async () => {
    // Tabster's focus sentinels (<i data-tabster-dummy>) are aria-hidden and focusable by design:
    // they hand focus on at once, so a keyboard or screen reader user never rests on them.
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    const result = await window.axe.run(context, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of violations.filter((v) => !serious.includes(v))) {
    console.log(`     axe (${what}, ${v.impact}): ${v.id}: ${v.help}`);
  }
  assert.deepEqual(serious, [], `axe found serious or critical violations in ${what}`);
}

async function assertNoHorizontalScroll(page, what) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    view: window.innerWidth,
  }));
  assert.ok(widths.scroll <= widths.view, `${what} is ${widths.scroll}px wide in a ${widths.view}px pane`);
}

/** Makes `sheetName` the active sheet and selects `block` (0-based) on it. */
async function activate(page, sheetName, block = { row: 0, column: 0, rowCount: 1, columnCount: 1 }) {
  await page.evaluate(
    ([name, selection]) => {
      const model = window.__standin.model;
      const sheet = model.sheets.find((s) => s.name === name);
      model.activeSheetId = sheet.id;
      model.selection = { sheetId: sheet.id, block: selection };
    },
    [sheetName, block],
  );
}

const cell = (page, address) =>
  page.evaluate((a) => {
    const c = window.__standin.cell(a);
    return { value: c.value, formula: c.formula, numberFormat: c.numberFormat, fill: c.fill };
  }, address);

const writeCount = (page) => page.evaluate(() => window.__standin.model.writes.length);

/** The Vesting view's figures: each <dt> with the text of its <dd>. */
const figures = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("[role=tabpanel]:not([hidden]) dt")].map((dt) => [
        dt.textContent,
        dt.nextElementSibling.textContent,
      ]),
    ),
  );

/** The findings list of the Check view. */
const findings = (page) => page.getByRole("listbox", { name: /^Findings/ }).getByRole("option");

/**
 * A picture of a stand-in sheet as a grid of cells (Excel draws the real one): each cell's shown
 * text, with the symbol of a Tieout mark (✓ ✗ ⚠) when one covers it.
 */
async function sheetShot(browser, page, sheetName, name) {
  const grid = await page.evaluate((wanted) => {
    const letter = (c) => String.fromCharCode(65 + c);
    const rows = [];
    for (let r = 0; r < 60; r++) {
      const row = [];
      for (let c = 0; c < 12; c++) {
        const {
          value: shown,
          formula,
          numberFormat,
        } = window.__standin.cell(`'${wanted}'!${letter(c)}${r + 1}`);
        // Formulas are not calculated in the stand-in: show a link's formula rather than nothing.
        const value = shown === "" && formula ? formula : shown;
        const text =
          typeof value === "number" && !/[dy]/.test(String(numberFormat))
            ? value.toLocaleString("en-US")
            : value;
        row.push({ text });
      }
      rows.push(row);
    }
    while (rows.length && rows[rows.length - 1].every((c) => c.text === "" || c.text === null)) rows.pop();
    const symbols = {};
    for (const f of window.__standin.sheet(wanted).conditionalFormats) {
      const symbol = (/[✓✗⚠]/.exec(String(f.numberFormat || "")) || [""])[0] || (f.fill ? "✗" : "");
      for (let r = f.block.row; r < f.block.row + f.block.rowCount; r++)
        for (let c = f.block.column; c < f.block.column + f.block.columnCount; c++)
          if (symbol) symbols[`${letter(c)}${r + 1}`] = symbol;
    }
    return { rows, symbols };
  }, sheetName);
  const symbolAt = grid.symbols;
  const letters = (c) => String.fromCharCode(65 + c);
  const esc = (t) =>
    String(t === undefined || t === null ? "" : t).replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const width = Math.max(0, ...grid.rows.filter(Boolean).map((r) => r.length));
  let html =
    "<table><tr><th></th>" +
    Array.from({ length: width }, (_, c) => `<th>${letters(c)}</th>`).join("") +
    "</tr>";
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] || [];
    html += `<tr><th>${r + 1}</th>`;
    for (let c = 0; c < width; c++) {
      const cellValue = row[c] ? row[c].text : "";
      const mark = symbolAt[`${letters(c)}${r + 1}`];
      html += `<td class="${mark === "✓" ? "tie" : mark ? "break" : ""}">${mark ? `<b>${mark}</b> ` : ""}${esc(cellValue)}</td>`;
    }
    html += "</tr>";
  }
  html += "</table>";
  const view = await browser.newPage({ viewport: { width: 1100, height: 400 } });
  await view.setContent(
    `<html lang="en"><head><title>${esc(sheetName)}</title><style>body{font:12px Segoe UI,Arial,sans-serif;margin:8px}` +
      `table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;max-width:260px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}` +
      `th{background:#f3f3f3;color:#333}.tie b{color:#0b6a0b}.break{background:#ffc7ce}.break b{color:#9c0006}</style></head>` +
      `<body><main><h1 style="font-size:14px">Sheet ${esc(sheetName)} (drawn from the stand-in's cells)</h1>${html}</main></body></html>`,
  );
  await view.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await view.close();
}

async function openTab(page, name) {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tabpanel", { name }).waitFor();
}

// ---------------------------------------------------------------- the flows

async function flows(page) {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await step("the pane loads from the production build with the three views and Share safely", async () => {
    await page.getByRole("tab", { name: "Check" }).waitFor({ timeout: 20000 });
    assert.equal(await page.getByRole("tab").count(), 3);
    for (const name of ["Check", "Import", "Vesting"])
      await page.getByRole("tab", { name, exact: true }).waitFor();
    const registered = await page.evaluate(() => window.__customFunctions);
    for (const id of ["VESTED", "VESTINGTABLE", "ROLLFORWARD"]) {
      assert.ok(
        registered.includes(id),
        `functions.js did not associate ${id} (got ${registered.join(", ")})`,
      );
    }
    await page.getByRole("button", { name: "Share safely…" }).waitFor();
    await page.getByText("Select a Schedule II or run on the sheet.").waitFor();
    await shot(page, "01-check-empty");
    await axeScan(page, "Check (empty)");
    await assertNoHorizontalScroll(page, "Check (empty)");
  });

  await step("Check: the seed schedule ties, and checking writes nothing", async () => {
    await activate(page, "Seed");
    const before = await writeCount(page);
    await page.getByRole("button", { name: "Run check" }).click();
    await page.getByText("✓ Ties: every check passes.").waitFor();
    assert.equal(await writeCount(page), before, "running a check wrote to the workbook");
    await shot(page, "02-check-seed-ties");
    await axeScan(page, "Check (ties)");
  });

  await step("Check: the tampered copy has three breaks; clicking one selects its cell", async () => {
    await activate(page, "Tampered");
    await page.getByRole("button", { name: "Run check" }).click();
    await page.getByText("✗ 3 errors, 0 warnings.").waitFor();
    await page.getByRole("heading", { name: "Results for Tampered!A1:F18" }).waitFor();
    for (const line of ["Roll-forward: 1 error", "Footing: 1 error", "Continuity: 1 error"]) {
      await page.getByRole("listitem").filter({ hasText: line }).waitFor();
    }
    assert.equal(await findings(page).count(), 3);
    await findings(page).first().click();
    await page.getByText("Selected Tampered!F11: finding 1 of 3.").waitFor();
    assert.equal(await findings(page).first().getAttribute("aria-selected"), "true");
    const selection = await page.evaluate(() => {
      const model = window.__standin.model;
      return {
        sheet: model.sheets.find((s) => s.id === model.selection.sheetId).name,
        ...model.selection.block,
      };
    });
    // The 2003 inventory end balance: row 11, column F (0-based row 10, column 5).
    assert.deepEqual(selection, { sheet: "Tampered", row: 10, column: 5, rowCount: 1, columnCount: 1 });
    await shot(page, "03-check-tampered-breaks");
    await axeScan(page, "Check (breaks)");
    await assertNoHorizontalScroll(page, "Check (breaks)");
  });

  await step("Check: the findings are one list the arrow keys walk; Enter selects the cell", async () => {
    await activate(page, "Seed");
    await findings(page).first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByText("Selected Tampered!B16: finding 3 of 3.").waitFor();
    const selected = await page.evaluate(() => window.__standin.selection());
    assert.equal(selected, "Tampered!B16");
    // One tab stop: Tab leaves the list at once.
    await page.keyboard.press("Tab");
    const inList = await page.evaluate(() => document.activeElement.getAttribute("role") === "option");
    assert.equal(inList, false, "Tab stayed inside the findings list");
  });

  await step("Check: Next and Previous walk the findings like Excel's Error Checking", async () => {
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText("Finding 2 of 3", { exact: true }).waitFor();
    assert.equal(await page.evaluate(() => window.__standin.selection()), "Tampered!F13");
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText("Finding 1 of 3", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Finding 2 of 3", { exact: true }).waitFor();
    await shot(page, "16-check-findings-next-previous");
    await axeScan(page, "Check (findings walked)");
    await assertNoHorizontalScroll(page, "Check (findings walked)");
  });

  await step("Check: marks leave the figures alone and Clear marks restores the cells", async () => {
    const before = await cell(page, "Tampered!F11");
    await page.getByRole("button", { name: "Mark cells" }).click();
    await page.getByText("Marked 3 cells.").waitFor();
    const marked = await cell(page, "Tampered!F11");
    assert.equal(marked.value, 7979);
    assert.equal(marked.numberFormat, before.numberFormat);
    await shot(page, "04-check-marked");
    await page.getByRole("button", { name: "Clear marks" }).click();
    await page.getByText(/Cleared marks from \d+ cells?\./).waitFor();
    assert.deepEqual(await cell(page, "Tampered!F11"), before);
  });

  await step("Check: the Tie-out report sheet lists the three findings under its header block", async () => {
    await page.getByRole("button", { name: 'Write "Tie-out" report' }).click();
    const status = await page.getByText(/Wrote the report to sheet "Tie-out/).textContent();
    const name = /sheet "([^"]+)"/.exec(status)[1];
    const names = await page.evaluate(() => window.__standin.model.sheets.map((s) => s.name));
    assert.ok(names.includes(name), `no ${name} sheet among ${names.join(", ")}`);
    await sheetShot(page.context().browser(), page, name, "17-report-sheet-header-block");
    // Writing the report activated its sheet: that alone does not make the results out of date.
    assert.equal(await page.getByText("May be out of date").count(), 0);
  });

  await step("Check: on the selection only, with findings at the sheet's own cells", async () => {
    // A3:F13 is the header with the 2002 and 2003 blocks: the 2003 inventory roll-forward
    // (5,756 + 4,189 + 41 − 1,989 = 7,997 ≠ 7,979) and the 2003 total's footing break are inside it;
    // the 2004 continuity break is not, and 2002 → 2003 continues (5,756 = 5,756).
    await activate(page, "Tampered", { row: 2, column: 0, rowCount: 11, columnCount: 6 });
    await page.getByRole("radio", { name: "The selection" }).check();
    await page.getByRole("button", { name: "Run check" }).click();
    await page.getByText("✗ 2 errors, 0 warnings.").waitFor();
    await page.getByRole("listitem").filter({ hasText: "Continuity: ties" }).waitFor();
    await findings(page).first().click();
    await page.getByText("Selected Tampered!F11: finding 1 of 2.").waitFor();
    assert.equal(await page.evaluate(() => window.__standin.selection()), "Tampered!F11");
    await page.getByRole("radio", { name: "The active sheet (used range)" }).check();
  });

  await step("Check: tickmarks on the tying seed put a ✓ on every figure that ties", async () => {
    await page.getByRole("button", { name: "Clear marks" }).click();
    await page.getByText(/Cleared marks from/).waitFor();
    await activate(page, "Seed");
    await page.getByRole("switch", { name: /Tickmarks/ }).check();
    await page.getByRole("button", { name: "Run check" }).click();
    await page.getByText("✓ Ties: every check passes.").waitFor();
    await page.getByRole("button", { name: "Mark cells" }).click();
    // 12 end balances (9 accounts, 3 totals) and 6 begin balances of 2003 and 2004.
    await page.getByText("Marked 18 cells: 18 ✓ that tie, 0 ✗ or ⚠.").waitFor();
    const before = await cell(page, "Seed!F5");
    assert.equal(before.value, 1466, "a tickmark changed the figure");
    await shot(page, "18-check-tickmarks-pane");
    await sheetShot(page.context().browser(), page, "Seed", "19-tickmarks-on-tying-schedule");
    await page.getByRole("switch", { name: /Tickmarks/ }).uncheck();
  });

  await step("the tab list is operable with the arrow keys", async () => {
    await page.getByRole("tab", { name: "Check", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("tabpanel", { name: "Import" }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("tabpanel", { name: "Check" }).waitFor();
  });

  await step("Import: the seed text previews and inserts as a sheet of real numbers", async () => {
    await openTab(page, "Import");
    await page.getByText("Paste a schedule, then preview what Tieout reads.").waitFor();
    await shot(page, "05-import-empty");
    await page.getByRole("textbox", { name: /Paste a Schedule II/ }).fill(SEED_TEXT);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText("Read 3 periods (2002, 2003, 2004), 3 accounts, 5 columns and 12 rows.").waitFor();
    await shot(page, "06-import-preview");
    await axeScan(page, "Import (preview)");
    await assertNoHorizontalScroll(page, "Import (preview)");
    await page.getByRole("button", { name: "Insert as new sheet" }).click();
    const status = await page.getByText(/Inserted the schedule as sheet "([^"]+)"/).textContent();
    const sheetName = /sheet "([^"]+)"/.exec(status)[1];
    const numbers = await page.evaluate((name) => {
      const sheet = window.__standin.sheet(name);
      return [...sheet.cells.values()]
        .filter((c) => typeof c.value === "number" && !c.formula)
        .map((c) => c.value);
    }, sheetName);
    // Every figure of the 2003 inventory row is there as a number.
    for (const figure of [5756, 4189, 41, 1989, 7997])
      assert.ok(numbers.includes(figure), `${figure} missing`);
  });

  await step("Import: pasted HTML with a script and an onerror handler runs nothing", async () => {
    const requests = [];
    const onRequest = (request) => requests.push(request.url());
    page.on("request", onRequest);
    await page.getByRole("textbox", { name: /Paste a Schedule II/ }).fill(HOSTILE_HTML);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText("Read 1 period (2004), 1 account, 4 columns and 1 row.").waitFor();
    await page.waitForTimeout(1000); // room for an image error or a timer to fire, were one injected
    page.off("request", onRequest);
    const pwned = await page.evaluate(() => window.__pwned);
    assert.equal(pwned, undefined, "window.__pwned was set: pasted markup ran");
    assert.deepEqual(dialogs, [], "a dialog opened");
    assert.deepEqual(
      requests.filter((url) => /\/x(\?|$)/.test(url)),
      [],
      "the pasted <img src=x> was requested",
    );
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll("img, b, [onerror], [onmouseover], script")]
        .filter((e) => e.tagName !== "SCRIPT" || e.textContent.includes("__pwned"))
        .map((e) => e.outerHTML.slice(0, 200)),
    );
    assert.deepEqual(injected, [], "pasted elements reached the page");
    await shot(page, "07-import-hostile-html");
  });

  await step(
    "Vesting: the reference grant previews 520 vested, next 21 on 2004-03-21, fully vested 2006-01-21",
    async () => {
      await openTab(page, "Vesting");
      await page.getByText("Enter a grant date and shares to see the vesting.").waitFor();
      await shot(page, "08-vesting-empty");
      await page.getByLabel(/^Grant date/).fill("2003-07-21");
      await page.getByRole("textbox", { name: /^Shares granted/ }).fill("1000");
      await page.getByLabel(/^As of/).fill("2004-02-21");
      const chart = page.getByRole("img", { name: /Cumulative shares vested from the grant/ });
      await chart.waitFor();
      // floor(1000·(0.5 + 1/48)) = 520; floor(1000·(0.5 + 2/48)) = 541, so 21 next. Dates as en-US writes them.
      assert.deepEqual(await figures(page), {
        "Vested on 02/21/2004": "520 of 1,000 (52%)",
        Unvested: "480",
        "Next vest": "03/21/2004: 21 shares",
        "Fully vested": "01/21/2006",
      });
      const labels = await chart.locator("text").allTextContents();
      for (const label of ["07/21/2003", "As of 02/21/2004: 520", "0", "500", "1,000"])
        assert.ok(labels.includes(label), `the chart has no "${label}" (it has ${labels.join(" | ")})`);
      await page.getByText(/The chart as a table/).click();
      await shot(page, "09-vesting-preview");
      await axeScan(page, "Vesting (preview)");
      await assertNoHorizontalScroll(page, "Vesting (preview)");
    },
  );

  await step("Vesting: bad input is told in the user's words on the field concerned", async () => {
    const shares = page.getByRole("textbox", { name: /^Shares granted/ });
    await page.getByLabel(/^Grant date/).fill("1899-12-31");
    await shares.fill("0");
    await page.getByLabel(/^As of/).fill("");
    await page.getByText("Grant date must be on or after 1 January 1900, Excel's first date.").waitFor();
    await page.getByText("Shares must be more than 0: a grant of 0 shares has nothing to vest.").waitFor();
    await page.getByText("As of is empty: enter the date to see the vesting on.").waitFor();
    await shot(page, "20-vesting-validation");
    await axeScan(page, "Vesting (validation)");
    await page.getByLabel(/^Grant date/).fill("2003-07-21");
    await shares.fill("1000");
    await page.getByLabel(/^As of/).fill("2004-02-21");
    await page.getByRole("img", { name: /Cumulative shares vested/ }).waitFor();
  });

  await step("Vesting: custom schedule text is validated as it is typed", async () => {
    await page.getByRole("combobox", { name: "Schedule" }).selectOption({ label: "Custom text" });
    const text = page.getByRole("textbox", { name: /^Schedule text/ });
    await text.pressSequentially("50% at 6 months, then 40% monthly over 24 months", { delay: 5 });
    await page.getByText(/100%/).first().waitFor();
    await shot(page, "10-vesting-custom-invalid");
    await text.fill("50% at 6 months, then 50% monthly over 24 months");
    await page.getByText("The schedule reads.").waitFor();
  });

  await step(
    "Vesting: Insert table and chart writes 25 vest dates to 2006-01-21 adding up to the grant",
    async () => {
      await page.getByRole("button", { name: "Insert table and chart" }).click();
      const status = await page
        .getByText(/Inserted the vesting table and chart on sheet "([^"]+)"/)
        .textContent();
      const sheetName = /sheet "([^"]+)"/.exec(status)[1];
      const table = await page.evaluate((name) => {
        const read = (r, c) => window.__standin.cell(`${name}!${"ABCDE"[c]}${r + 1}`);
        let header = 0;
        while (read(header, 0).value !== "Vest date") header++;
        const rows = [];
        for (let r = header + 1; read(r, 0).value !== ""; r++) {
          rows.push({
            row: r + 1,
            date: read(r, 0).value,
            shares: read(r, 1).value,
            cumulative: read(r, 2).formula,
          });
        }
        return { rows, charts: window.__standin.sheet(name).charts.map((c) => c.type) };
      }, sheetName);
      assert.equal(table.rows.length, 25, "vest dates");
      assert.equal(table.rows[0].date, 38007, "first vest date is 2004-01-21 (serial 38007)");
      assert.equal(table.rows[24].date, 38738, "last vest date is 2006-01-21 (serial 38738)");
      assert.equal(
        table.rows.reduce((sum, r) => sum + r.shares, 0),
        1000,
        "tranches add up to the grant",
      );
      // Cumulative is a running sum of the shares column, so its last value is the grant.
      table.rows.forEach((r, k) => {
        const expected = k === 0 ? `=B${r.row}` : `=C${r.row - 1}+B${r.row}`;
        assert.equal(r.cumulative, expected, `cumulative formula in row ${r.row}`);
      });
      assert.equal(table.charts.length, 1, "one chart on the vesting sheet");
    },
  );

  await step(
    "Vesting: a vested-as-of column goes beside the grant list, and overwriting asks first",
    async () => {
      await activate(page, "Grants", { row: 0, column: 0, rowCount: 4, columnCount: 2 });
      const add = page.getByRole("button", { name: "Add vested-as-of column beside selected grants" });
      // Two columns of the Schedule II are not a grant list: refused before anything is offered.
      await activate(page, "Seed", { row: 4, column: 3, rowCount: 2, columnCount: 2 });
      const writes = await writeCount(page);
      await add.click();
      await page.getByText(/Seed!D5:E5 is not a grant: 49 is not a date\./).waitFor();
      assert.equal(await writeCount(page), writes, "a Schedule II selection was written to");
      await activate(page, "Grants", { row: 0, column: 0, rowCount: 4, columnCount: 2 });
      await add.click();
      await page.getByText("Added 3 VESTED formulas in Grants!C1:C4.").waitFor();
      assert.equal((await cell(page, "Grants!C1")).value, "Vested 2004-02-21");
      assert.equal(
        (await cell(page, "Grants!C2")).formula,
        '=TIEOUT.VESTED(A2,B2,DATE(2004,2,21),"50% at 6 months, then 50% monthly over 24 months")',
      );
      const before = await writeCount(page);
      await add.click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("4 cells in Grants!C1:C4 are not empty.", { exact: false }).waitFor();
      assert.equal(await writeCount(page), before, "cells were written before the user confirmed");
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
      assert.equal(focused, "Keep my cells", "the dialog did not open on the safe choice");
      await shot(page, "11-vesting-overwrite-confirm", { fullPage: false });
      await axeScan(page, "Vesting (overwrite dialog)");
      await dialog.getByRole("button", { name: "Overwrite 4 cells" }).click();
      await page.getByText("Added 3 VESTED formulas in Grants!C1:C4.").waitFor();
      await dialog.waitFor({ state: "detached" });
      await shot(page, "12-vesting-column-added");
    },
  );

  await step("Share safely: after a confirm naming the count, TIEOUT formulas become values", async () => {
    await page.getByRole("button", { name: "Share safely…" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("This workbook has 3 TIEOUT formulas on 1 sheet.", { exact: false }).waitFor();
    await dialog.getByText("Grants!C2:C4: 3 formulas").waitFor();
    await shot(page, "13-share-safely-confirm", { fullPage: false });
    await axeScan(page, "Share safely (dialog)");
    await dialog.getByRole("button", { name: "Replace 3 formulas" }).click();
    await page.getByText("Replaced 3 TIEOUT formulas with their values.").waitFor();
    await dialog.waitFor({ state: "detached" });
    const c2 = await cell(page, "Grants!C2");
    assert.equal(c2.formula, null, "Grants!C2 still holds a formula");
    await shot(page, "14-share-safely-done");
  });
}

/** The page reaches only our server; office.js is the stand-in, everything else is refused. */
function routePage(page, base, officeScript) {
  return page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeScript });
    if (url.startsWith(base + "/")) return route.continue();
    return route.abort();
  });
}

/** Runs in the page before its scripts: the stand-in's workbook, and the shared runtime's CustomFunctions. */
function initScript(workbook) {
  window.__TIEOUT_STANDIN_SHEETS__ = workbook;
  window.__customFunctions = [];
  window.CustomFunctions = window.CustomFunctions || {
    associate: (id) => window.__customFunctions.push(String(id).toUpperCase()),
  };
}

async function main() {
  ensureBuild();
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.mkdirSync(OUT, { recursive: true });
  const standinScript = loadStandinScript();
  const server = await serveDist();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
    currentPage = page;
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await routePage(page, base, standinScript);
    await page.addInitScript(initScript, standinWorkbook());
    await page.goto(`${base}/taskpane.html`);
    await flows(page);
    const helpers = { step, shot, axeScan, activate, sheetShot, assertNoHorizontalScroll, openTab };
    await require("./vesting-steps").vestingSteps({ page, browser, ...helpers });
    await require("./check-worker-steps").checkWorkerSteps({ page, ...helpers });
    await step("the pane follows a dark Office theme", async () => {
      const dark = await browser.newPage({ viewport: { width: 350, height: 800 } });
      currentPage = dark;
      // Office reports the theme of its own UI; a dark body background must give a dark pane.
      const darkOffice = `${standinScript}\nwindow.Office.context.officeTheme.bodyBackgroundColor = "#1f1f1f";`;
      await routePage(dark, base, darkOffice);
      await dark.addInitScript(initScript, standinWorkbook());
      await dark.goto(`${base}/taskpane.html`);
      await dark.getByRole("tab", { name: "Check", exact: true }).waitFor({ timeout: 20000 });
      await activate(dark, "Tampered");
      await dark.getByRole("button", { name: "Run check" }).click();
      await dark.getByText("✗ 3 errors, 0 warnings.").waitFor();
      const background = await dark.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor,
      );
      const [r, g, b] = background.match(/\d+/g).map(Number);
      assert.ok(r + g + b < 3 * 80, `the pane's background ${background} is not dark`);
      await shot(dark, "15-check-dark-theme");
      await axeScan(dark, "Check (dark theme)");
      await dark.close();
    });
    await step("no uncaught errors in the page", async () => {
      assert.deepEqual(pageErrors, []);
    });
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((error) => {
    results.failed++;
    console.log(`FAIL the run itself: ${error && error.stack ? error.stack : error}`);
  })
  .finally(() => {
    console.log(`${results.passed} passed, ${results.failed} failed`);
    process.exitCode = results.failed > 0 ? 1 : 0;
  });
