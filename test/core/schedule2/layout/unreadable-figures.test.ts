// Issue 11 item 2: a figure displayed as "7.96E+03", "7,956K", "USD 7,956" or "####" never drops
// its row in silence. The cell's own number is used where the source has one; a currency code reads
// as "$" does; otherwise a parse warning names the cell and the row is not checked (no error).
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { FOUR_FIGURE_HEADER } from "../../../support/schedule-grid";

const HEADER = FOUR_FIGURE_HEADER;

function grid(figure: { text: string; value: number | string }) {
  const rows: (string | number)[][] = [
    HEADER,
    ["Year ended December 31, 2023", "", "", "", ""],
    ["Allowance for doubtful accounts", 5000, 3956, 1000, figure.value],
    ["Inventory reserve", 200, 50, 30, 220],
  ];
  const text = rows.map((row) => row.map((v) => String(v)));
  text[2][4] = figure.text;
  return { values: rows, text, sheetName: "S2" };
}

/** A stored render (one cell per "|" line) with the ending balance printed as `figure`. */
function render(figure: string): string {
  return [
    "|SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS",
    "|(in thousands)",
    "|Balance at Beginning of Period",
    "|Charged to Expense",
    "|Deductions",
    "|Balance at End of Period",
    "|Year ended December 31, 2023",
    "|Allowance for doubtful accounts",
    "|$",
    "|5,000",
    "|3,956",
    "|1,000",
    `|${figure}`,
    "|Inventory reserve",
    "|200",
    "|50",
    "|30",
    "|220",
  ].join("\n");
}

test.each(["7.96E+03", "####"])("a grid cell displayed %s is read by the number it holds", (display) => {
  const [model] = readSchedules(grid({ text: display, value: 7956 }));
  const row = model.rows.find((r) => r.account === "Allowance for doubtful accounts");
  expect(row?.end.toNumber()).toBe(7956);
  const report = checkSchedules(grid({ text: display, value: 7956 }));
  expect(report.schedules[0].findings.filter((f) => f.severity === "error")).toEqual([]);
});

test.each(["USD 7,956", "USD7,956"])("%s reads as 7,956", (figure) => {
  const [model] = readSchedules(render(figure));
  expect(model.rows.map((r) => r.end.toNumber())).toEqual([7956, 220]);
});

test.each(["7,956K", "7.96E+03", "####"])(
  "text %s where a figure belongs: a parse warning at its line, the row not checked, no error",
  (figure) => {
    const report = checkSchedules(render(figure));
    const schedule = report.schedules[0];
    expect(schedule.rows.map((r) => r.account)).toEqual(["Inventory reserve"]);
    const parse = schedule.findings.filter((f) => f.check === "parse");
    expect(parse).toHaveLength(1);
    expect(parse[0].severity).toBe("warning");
    expect(parse[0].location).toBe("line 13");
    expect(parse[0].message).toContain(figure);
    expect(schedule.findings.filter((f) => f.severity === "error")).toEqual([]);
  },
);
