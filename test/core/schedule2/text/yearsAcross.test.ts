// A stored render (XBRL R page as "|" cells) of a schedule printed with the years across and the
// items down: the header's year cells ("2021" "2020") are the column headings, so every year
// column becomes one row per account block.
import { readSchedules } from "../../../../src/core/schedule2";
import { rowFigures } from "../row-figures";

const cellsOf = (...cells: string[]): string => cells.map((cell) => `|\n${cell}`).join("\n") + "\n";

const render = cellsOf(
  "VALUATION AND QUALIFYING ACCOUNTS",
  "",
  "Years Ended December 31,",
  "",
  "2021",
  "",
  "2020",
  "",
  "Reserve for returns:",
  "",
  "",
  "Beginning balance",
  "$",
  "40",
  "",
  "$",
  "30",
  "",
  "Charged to revenue",
  "25",
  "",
  "22",
  "",
  "Deductions",
  "(15",
  ")",
  "",
  "(12",
  ")",
  "",
  "Ending balance",
  "$",
  "50",
  "",
  "$",
  "40",
  "",
  "Warranty reserve:",
  "",
  "",
  "Beginning balance",
  "7",
  "",
  "9",
  "",
  "Charged to expense",
  "3",
  "",
  "1",
  "",
  "Deductions",
  "—",
  "",
  "(3",
  ")",
  "",
  "Ending balance",
  "10",
  "",
  "7",
  "",
);

describe("a render with the years across", () => {
  it("reads each year column as one row per account", () => {
    const [model] = readSchedules(render);
    expect(model).toBeDefined();
    const rows = rowFigures(model);
    expect(rows).toEqual([
      ["2021", "Reserve for returns", 40, [25], [-15], 50],
      ["2020", "Reserve for returns", 30, [22], [-12], 40],
      ["2021", "Warranty reserve", 7, [3], [0], 10],
      ["2020", "Warranty reserve", 9, [1], [-3], 7],
    ]);
  });
});
