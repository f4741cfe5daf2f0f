// Issue 11 (never drop a row with figures silently), the HTML reader's part: markup broken around
// a row (a </table> moved up, a table split in two, a tag cut off before its ">") never loses it.
// Shapes seen in the fuzz harness (npm run fuzz -- --only html); figures checked by hand.
import { readSchedules } from "../../../../src/core/schedule2";
import { readHtmlTables } from "../../../../src/core/schedule2/html";

const TITLE = "<p>SCHEDULE II &#8212; VALUATION AND QUALIFYING ACCOUNTS</p>";
const HEADER =
  "<tr><td>Description</td><td>Balance at Beginning of Period</td><td>Charged to Costs and Expenses</td>" +
  "<td>Deductions</td><td>Balance at End of Period</td></tr><tr><td>Allowance for doubtful accounts</td></tr>";
const row = (label: string, ...figures: string[]) =>
  `<tr><td>${label}</td>${figures.map((f) => `<td>${f}</td>`).join("")}</tr>`;
// 100 + 20 − 15 = 105; 90 + 25 − 15 = 100; 80 + 30 − 20 = 90.
const Y2023 = row("Year 2023", "100", "20", "(15)", "105");
const Y2022 = row("Year 2022", "90", "25", "(15)", "100");
const Y2021 = row("Year 2021", "80", "30", "(20)", "90");

/** Each schedule row read as [period label, begin, end]. */
function rowsRead(html: string): [string, string, string][] {
  return readSchedules(html).flatMap((s) =>
    s.rows.map((r): [string, string, string] => [r.periodLabel, r.begin.toString(), r.end.toString()]),
  );
}

const ALL_THREE = [
  ["Year 2023", "100", "105"],
  ["Year 2022", "90", "100"],
  ["Year 2021", "80", "90"],
];

test("rows standing after their table's </table> (the closing tag moved up) are still the table's", () => {
  const html = `${TITLE}<table>${HEADER}${Y2023}</table>\n${Y2022}${Y2021}<p>S-1</p>`;
  expect(rowsRead(html)).toEqual(ALL_THREE);
  // Read whole (no locator), the rows are one table too.
  expect(readHtmlTables(html).map((t) => t.rows.length)).toEqual([5]);
});

test("rows after a footnote paragraph that follows a </table> moved up are still the table's", () => {
  const note = `<p>(1) Deductions are write-offs of uncollectible accounts, net of recoveries.</p>`;
  const html = `${TITLE}<table>${HEADER}${Y2023}</table>${note}${Y2022}${Y2021}</table>`;
  expect(rowsRead(html)).toEqual(ALL_THREE);
});

test("stray rows far below a table, past a page of prose, are not made its rows", () => {
  const prose = `<p>${"Management discussion of results. ".repeat(80)}</p>`;
  const tables = readHtmlTables(`<table>${HEADER}${Y2023}</table>${prose}${Y2022}`);
  expect(tables.map((t) => t.rows.length)).toEqual([3]);
});

test("a table that opens right where the last closed, its first row a row of figures, goes on with it", () => {
  const html = `${TITLE}<table>${HEADER}${Y2023}</table><table>${Y2022}${Y2021}</table>`;
  expect(rowsRead(html)).toEqual(ALL_THREE);
  expect(readHtmlTables(html).map((t) => t.rows.length)).toEqual([5]);
});

test("a footnote table right after a schedule stays a table of its own", () => {
  const footnotes = "<table><tr><td>(1)</td><td>Write-offs, net of recoveries.</td></tr></table>";
  const tables = readHtmlTables(`<table>${HEADER}${Y2023}${Y2022}</table>${footnotes}`);
  expect(tables.map((t) => t.rows.length)).toEqual([4, 1]);
});

test("a tag cut off before its '>' does not swallow the row after it", () => {
  const cut = `<tr><td>Year 2023</td><td>100</td><td>20</td><td>(15)</td><td>105</td><td style="color:#cc`;
  const html = `${TITLE}<table>${HEADER}${cut}${Y2022}${Y2021}</table>`;
  expect(rowsRead(html)).toEqual(ALL_THREE);
});

test("a split table that opens with an account's name, then figures, goes on with the table before it", () => {
  const reserve = "<tr><td>Inventory reserve</td></tr>";
  // 40 + 12 − 10 = 42.
  const inventory = row("Year 2023", "40", "12", "(10)", "42");
  const html = `${TITLE}<table>${HEADER}${Y2023}</table><table>${reserve}${inventory}</table>`;
  expect(readSchedules(html).flatMap((s) => s.rows.map((r) => [r.account, r.end.toString()]))).toEqual([
    ["Allowance for doubtful accounts", "105"],
    ["Inventory reserve", "42"],
  ]);
});

test("a table start printed twice does not bury the rows in a table with no heading", () => {
  const start = `${TITLE}<div><table>`;
  const html = `${start}${start}${HEADER}${Y2023}${Y2022}</table>${Y2021}</table>`;
  expect(rowsRead(html)).toEqual(ALL_THREE);
});

test("a split table that opens with a period's name, then figures, goes on with the table before it", () => {
  const current = (...figures: string[]) => row("Current", ...figures);
  const html =
    `${TITLE}<table>${HEADER}<tr><td>2023</td></tr>${current("100", "20", "(15)", "105")}</table>` +
    `<table><tr><td>2022</td></tr>${current("90", "25", "(15)", "100")}</table>`;
  expect(readSchedules(html).flatMap((s) => s.rows.map((r) => [r.periodLabel, r.end.toString()]))).toEqual([
    ["2023", "105"],
    ["2022", "100"],
  ]);
});
