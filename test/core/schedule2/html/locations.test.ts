// Locations in HTML sources are `line L:C`: modern inline-XBRL filings are one line long, so a line
// number alone would point an auditor at the whole document.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { FIXTURES_DIR } from "../../../support/shared";

const FIXTURES = FIXTURES_DIR;
const htmlFixtures = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".html"))
  .sort();

/** The source text at a `line L:C` location. */
function sourceAt(source: string, location: string): string {
  const match = /^line (\d+):(\d+)$/.exec(location);
  if (!match) throw new Error(`not a line:column location: ${location}`);
  return source.split("\n")[Number(match[1]) - 1].slice(Number(match[2]) - 1);
}

test("Medtronic's two breaks point at the printed 11,311 and 6,583 on its single line", () => {
  // Found by hand (python: text.index): the 2023 ending 11,311 of the deferred tax valuation allowance is
  // character 27,765 of the one-line fragment (its first 11,311, at 18,915, is 2024's opening balance);
  // the 2022 ending 6,583 is character 33,221 (the 6,583 at 25,069 opens 2023).
  const source = fs.readFileSync(path.join(FIXTURES, "13_medtronic_fy2024.html"), "utf8");
  const errors = checkSchedules(source).schedules[0].findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => [f.period, f.location])).toEqual([
    ["2023", "line 1:27765"],
    ["2022", "line 1:33221"],
  ]);
  expect(sourceAt(source, "line 1:27765")).toMatch(/^11,311</);
});

test("a location in multi-line 1990s HTML gives the line and the column of the figure", () => {
  const html = [
    "<table>",
    "<tr><td>Description</td><td>Balance at beginning</td><td>Charged to expense</td><td>Deductions</td><td>Balance at end</td></tr>",
    "<tr><td>Allowance</td><td>$&nbsp;300</td><td>20</td><td>(150)</td>",
    "  <td>  170</td></tr>",
    "</table>",
  ].join("\n");
  const [model] = readSchedules(html);
  // Counted by hand on line 3, `<tr><td>Allowance</td><td>$&nbsp;300</td><td>20</td><td>(150)</td>`:
  // "A" is character 9; "$&nbsp;" (7 characters from 27) is skipped to the "3" of 300 at 34; "20" at 46;
  // "(150)" at 57 (a two-digit "(15)" there would read as a footnote mark). Line 4 is `  <td>  170</td>`: the figure at 9. (300 + 20 − 150 = 170.)
  expect(model.rows[0].location).toBe("line 3:9");
  expect(model.rows[0].cellLocations).toEqual(["line 3:34", "line 3:46", "line 3:57", "line 4:9"]);
});

describe.each(htmlFixtures)("%s", (name) => {
  const source = fs.readFileSync(path.join(FIXTURES, name), "utf8");

  test("every row's balances are located at their printed figures", () => {
    const [model] = readSchedules(source);
    for (const row of model.rows) {
      const figures = [row.begin, row.end];
      const locations = [row.cellLocations[0], row.cellLocations[row.cellLocations.length - 1]];
      figures.forEach((figure, i) => {
        const at = sourceAt(source, locations[i]);
        // A figure prints as "1,466" or "(473)" or "1466", a zero as a dash (possibly a reference, "&#8212;").
        const digits = figure.abs().toFixed();
        const printed = new RegExp(`^\\(?(?:${Number(digits).toLocaleString("en-US")}|${digits})\\b`);
        if (figure.isZero()) expect(at).toMatch(/^(?:&#?\w+;|[0\u2012-\u2015\u2212-])/);
        else expect(at).toMatch(printed);
      });
    }
  });
});
