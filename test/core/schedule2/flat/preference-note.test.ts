// A flattened row the identity leaves open is placed by preference, and the user is told so.
import { checkSchedules, readSchedules } from "../../../../src/core/schedule2";
import { rowFigures } from "../row-figures";

const TEXT =
  "EXHIBIT 99.3 Valuation and Qualifying Accounts For the Years Ended June 30, 1998 and June 27, 1999 1999 " +
  "Balance at Charged Charged Balance at Beginning of to to other End of Period Acquisitions Expense Accounts " +
  "Deductions Period ---------- ---------- ------- ------- ---------- ---------- Description Allowance for " +
  "doubtful accounts $ 1,000 $ 50 $ 400 $ (30) $ (300) $ 1,120 Warranty reserve $ 2,000 $ 10 $ 900 $ 40 " +
  "$ (850) $ 2,100 Returns reserve $ 500 $ 200 $ (150) $ 550";

test("a row placed by the complete rows' signs and sizes reads, with a parse note naming it", () => {
  const [model] = readSchedules(TEXT);
  // 500 + 200 + (150) = 550: 200 under Charged to Expense, (150) under Deductions.
  expect(rowFigures(model)[2]).toEqual(["1999", "Returns reserve", 500, [0, 200, 0], [-150], 550]);
  expect(model.parseNotes.map((note) => note.message)).toEqual([
    expect.stringMatching(/^Figures placed by the complete rows' signs.*Returns reserve/),
  ]);
  expect(checkSchedules(TEXT).schedules[0].findings.filter((f) => f.severity === "error")).toEqual([]);
});
