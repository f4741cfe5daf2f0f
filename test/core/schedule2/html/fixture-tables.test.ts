// The 15 real HTML Schedule II fixtures, read by readHtmlTables and found by findScheduleSources.
import * as fs from "fs";
import * as path from "path";
import { readHtmlTables } from "../../../../src/core/schedule2/html";
import { findScheduleSources } from "../../../../src/core/schedule2/locate";
import { parseAmount } from "../../../../src/core/numbers";
import type { RawCell, RawTable } from "../../../../src/core/schedule2/types";
import { FIXTURES_DIR } from "../../../support/shared";

const DIR = FIXTURES_DIR;
const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");
const texts = (row: RawCell[]) => row.map((c) => c.text);

interface KeyRow {
  begin: number;
  activity: number[];
  deductions: number[];
  end: number;
}

/** The figures of a row (period labels that are bare years left out). */
function figures(row: RawCell[]): number[] {
  return row
    .filter((c) => !/^(19|20)\d\d$/.test(c.text))
    .map((c) => parseAmount(c.text))
    .filter((v): v is NonNullable<typeof v> => v !== null)
    .map((v) => v.toNumber());
}

function scheduleTable(name: string): RawTable {
  const sources = findScheduleSources(read(name));
  expect(sources).toHaveLength(1);
  const source = sources[0];
  if (source.kind !== "html") throw new Error(`${name}: expected an HTML source`);
  return source.table;
}

const htmlFixtures = fs.readdirSync(DIR).filter((f) => f.endsWith(".html"));

test("there are 15 HTML fixtures", () => {
  expect(htmlFixtures).toHaveLength(15);
});

describe.each(htmlFixtures)("%s", (file) => {
  const key = JSON.parse(read(file.replace(/\.html$/, ".json"))) as { rows: KeyRow[] };
  const table = scheduleTable(file);
  const rowFigures = table.rows.map(figures);

  test("each key row's begin and end open and close a table row, in the key's order", () => {
    let at = 0;
    for (const row of key.rows) {
      while (at < rowFigures.length) {
        const f = rowFigures[at++];
        if (f.length >= 2 && f[0] === row.begin && f[f.length - 1] === row.end) break;
        if (at === rowFigures.length) throw new Error(`no row ${row.begin} … ${row.end} in order`);
      }
    }
  });

  test("every non-zero figure of the key is printed in the table (blank and dash are zero)", () => {
    const pool = rowFigures.flat();
    for (const row of key.rows) {
      for (const value of [row.begin, ...row.activity, ...row.deductions, row.end].filter((v) => v !== 0)) {
        const i = pool.indexOf(value);
        expect({ value, found: i >= 0 }).toEqual({ value, found: true });
        pool.splice(i, 1);
      }
    }
  });
});

describe("cells as tidied, checked by hand", () => {
  test("01 Medicis (1990s upper-case HTML): $ merged, &#151; is an em dash, a (1) mark in the next column is a footnote", () => {
    const [schedule, footnotes] = readHtmlTables(read("01_medicis_pharmaceutical_fy1999.html"));
    const rows = schedule.rows.map(texts);
    expect(rows).toContainEqual(["Allowances", "$2,826,000", "$989,000", "$—", "$—", "$3,815,000"]);
    expect(rows).toContainEqual(["Allowances", "1,150,000", "460,000", "1,216,000 (1)", "—", "2,826,000"]);
    // "(8,600,000" and ")" sit in adjacent cells.
    expect(rows).toContainEqual(["Valuation allowance", "8,600,000", "(8,600,000)", "—", "—", "—"]);
    expect(schedule.context).toBe("SCHEDULE II — VALUATION AND QUALIFYING ACCOUNTS");
    expect(footnotes.rows.map(texts)).toEqual([["(1)", "Allowance related to acquisition of GenDerm."]]);
  });

  test("01 Medicis: a cell's line is where its text starts, and x/width follow the colspans", () => {
    const [schedule] = readHtmlTables(read("01_medicis_pharmaceutical_fy1999.html"));
    const row = schedule.rows.find((r) => r[3]?.text === "1,216,000 (1)") as RawCell[];
    // <TD colspan="3"> x3 cells then <TD></TD> spacers: 1,216,000 is grid column 13, its mark column 14.
    expect(row[3]).toMatchObject({ x: 13, width: 2, line: 292 });
    expect(row[0]).toMatchObject({ text: "Allowances", x: 2, width: 1, line: 281 });
  });

  test("10 Colgate (inline XBRL): first data row", () => {
    const rows = scheduleTable("10_colgate_palmolive_fy2023.html").rows.map(texts);
    const first = rows.findIndex((r) => r[0] === "Year Ended December 31, 2023");
    expect(rows[first + 1]).toEqual([
      "Allowance for doubtful accounts and estimated returns",
      "$70",
      "$17",
      "$—",
      "$7",
      "$80",
    ]);
  });

  test("13 Medtronic: the continuation line keeps its values under their columns, footnotes appended", () => {
    const table = scheduleTable("13_medtronic_fy2024.html");
    const at = table.rows.findIndex((r) => r[1]?.text === "$11,311");
    expect(texts(table.rows[at])).toEqual([
      "Fiscal year ended April 26, 2024",
      "$11,311",
      "$1,522",
      "$3 (b)",
      "$(108) (c)",
      "$13,271",
    ]);
    const continuation = table.rows[at + 1];
    expect(texts(continuation)).toEqual(["545 (e)", "(2) (d)"]);
    // Under "Charges to Income" (grid column 9) and "Charges to Other Accounts" (column 15).
    expect(continuation.map((c) => c.x)).toEqual([9, 15]);
    expect(table.rows[0].map((c) => [c.text, c.x])).toEqual([
      ["Additions", 9],
      ["Deductions", 21],
    ]);
  });

  test("04 NVIDIA: an untagged (1) in an inline XBRL table is a footnote mark, not minus one", () => {
    const rows = scheduleTable("04_nvidia_fy2023.html").rows.map(texts);
    expect(rows).toContainEqual(["Sales return allowance", "$13", "$104 (2)", "$(91) (4)", "$26"]);
  });

  test('07 IBM: parentheses outside a sign="-" fact stay with the value', () => {
    const rows = scheduleTable("07_ibm_fy2024.html").rows.map(texts);
    expect(rows).toContainEqual(["–Current", "$431", "$(11)", "$(146)", "$(20)", "$254"]);
  });

  test("15 Verizon: a title in a one-cell table of its own still leads to the schedule", () => {
    const table = scheduleTable("15_verizon_fy2023.html");
    expect(table.context).toContain("Schedule II - Valuation and Qualifying Accounts");
    expect(table.rows.flat().some((c) => c.text.includes("1,261"))).toBe(true);
  });
});
