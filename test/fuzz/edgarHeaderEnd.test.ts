// Issue 11, no silent drop: EDGAR text whose <S> line is printed late (the fuzz moved it below a
// block of rows: schedule-ii-valuation-and-qualifying-accounts.txt, case 20261202:306) made every
// row above it a header row, and their figures vanished unread. The header ends at the first row
// of figures after a heading.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules } from "../../src/core/schedule2";

it("rows of figures above a late <S> line are read, not taken for headers", () => {
  const text = fs.readFileSync(path.join(__dirname, "cases/lantronix-late-s-line.txt"), "utf8");
  const [schedule] = checkSchedules(text).schedules;
  const row = schedule.rows.find((r) => r.location === "line 19");
  // Line 19: "Allowance for doubtful accounts  $ 405  $ 1,680  $ 49  $ 668  $ 1,466" (405 + 1,680 + 49 − 668 = 1,466).
  expect(row?.account).toBe("Allowance for doubtful accounts");
  expect([row?.begin, ...(row?.additions ?? []), ...(row?.deductions ?? []), row?.end].map(String)).toEqual([
    "405",
    "1680",
    "49",
    "668",
    "1466",
  ]);
  expect(schedule.rows.map((r) => r.location)).toEqual(
    expect.arrayContaining(["line 20", "line 21", "line 23", "line 27"]),
  );
});
