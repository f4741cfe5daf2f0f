// Issue 11, no silent drop: a fuzz case (11_gamestop_fy2023.html mutated) where a row with
// figures inside the table yielded no schedule row; the report must say so with a parse note.
import * as fs from "fs";
import * as path from "path";
import { checkSchedules } from "../../src/core/schedule2";

it("a row of figures inside the table that is not read gets a parse note", () => {
  const html = fs.readFileSync(path.join(__dirname, "cases/gamestop-mutated-row.html"), "utf8");
  const parse = checkSchedules(html).schedules.flatMap((s) => s.findings.filter((f) => f.check === "parse"));
  expect(parse.some((f) => f.severity === "warning" && /were not read as a row/.test(f.message))).toBe(true);
});

it("a row of figures below the last row read (moved under the table's note) gets a parse note", () => {
  // 04_nvidia_fy2023.html mutated (fuzz case 1:763): a row of figures now stands below the rows read.
  const html = fs.readFileSync(path.join(__dirname, "cases/nvidia-row-below-note.html"), "utf8");
  const parse = checkSchedules(html).schedules.flatMap((s) => s.findings.filter((f) => f.check === "parse"));
  expect(parse.some((f) => f.severity === "warning" && /were not read as a row/.test(f.message))).toBe(true);
});
