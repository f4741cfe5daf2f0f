// Issue 11, never drop a row with figures in silence: rows (<tr>) that stand before a table's
// opening tag, outside any <table> (the tag moved below them, as fuzz seed 7 did on the GameStop,
// Verizon, NVIDIA and Roanoke fixtures), belong to no table and are not read: the schedule names
// them. Real fixture 11 (GameStop fiscal 2023) with its Inventory Reserve block moved by hand.
import { checkSchedules } from "../../../../src/core/schedule2";
import { readShared } from "../../../support/shared";

const GAMESTOP = "fixtures/schedule2/11_gamestop_fy2023.html";

const parseFindings = (html: string) =>
  checkSchedules(html).schedules.flatMap((s) => s.findings.filter((f) => f.check === "parse"));

/** GameStop with the <tr> runs of its Inventory Reserve block printed before the <table> tag. */
function inventoryBlockBeforeTable(): string {
  const html = readShared(GAMESTOP);
  const units = html.split(/(?=<tr[\s>])/i);
  const block = units.findIndex((unit) => /Inventory Reserve/.test(unit));
  const next = units.findIndex((unit) => /Valuation Allowance for Deferred Tax Assets/.test(unit));
  expect(next - block).toBe(4); // the heading and its three years, fiscal 2023 to 2021
  const moved = units.splice(block, next - block).join("");
  const rest = units.join("");
  const tableAt = rest.search(/<table\b/i);
  return rest.slice(0, tableAt) + moved + rest.slice(tableAt);
}

describe("rows of figures printed outside any <table>", () => {
  it("the fixture as filed has no parse warning", () => {
    expect(parseFindings(readShared(GAMESTOP))).toEqual([]);
  });

  it("names the three Inventory Reserve rows printed before the table's opening tag", () => {
    const html = inventoryBlockBeforeTable();
    const report = checkSchedules(html);
    // The deferred-tax block, still in the table, is read.
    const read = report.schedules.flatMap((s) => s.rows.map((row) => `${row.period} ${row.account}`));
    expect(read).toHaveLength(3);
    expect(read.every((row) => /Valuation Allowance/i.test(row))).toBe(true);
    const findings = parseFindings(html);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^3 rows of figures printed outside any table/);
    expect(findings[0].message).toContain("Fiscal 2023 $ 46.7");
    // It points at the first of them: the fiscal 2023 row, at the start of its <tr>.
    const offset = html.indexOf("<tr", html.indexOf("Inventory Reserve"));
    const line = html.slice(0, offset).split("\n").length;
    expect(findings[0].location).toBe(`line ${line}:${offset - html.lastIndexOf("\n", offset - 1)}`);
  });
});
