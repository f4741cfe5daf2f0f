// A schedule's rows as [period, account, begin, additions, deductions, end], numbers as printed:
// what a test of a reader compares with the figures it wrote by hand.
import type { ScheduleModel } from "../../../src/core/schedule2";

export function rowFigures(model: ScheduleModel): unknown[][] {
  return model.rows.map((row) => [
    row.period,
    row.account,
    row.begin.toNumber(),
    row.additions.map(Number),
    row.deductions.map(Number),
    row.end.toNumber(),
  ]);
}
