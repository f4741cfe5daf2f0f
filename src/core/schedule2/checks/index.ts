// Schedule II checks: roll-forward, footing and continuity under the schedule's inferred sign convention.
import type { CheckOptions, FindingJson, ScheduleModel } from "../types";
import { checkContinuity } from "./continuity";
import { inferSignConvention } from "./convention";
import { checkFooting } from "./footing";
import { checkRollForward } from "./rollforward";
import { resolveTolerance } from "./tolerance";

export { inferSignConvention, describeConvention } from "./convention";
export { formatAmount, toJsonNumber } from "./amounts";

/**
 * Every finding for a schedule: the reader's parse notes (warnings), then roll-forward, footing and
 * continuity breaks. The sign convention is inferred from the rows (model.signConvention is not consulted),
 * so findings and `inferSignConvention(model, options)` always agree.
 */
export function runChecks(model: ScheduleModel, options?: CheckOptions): FindingJson[] {
  const tolerance = resolveTolerance(options);
  const convention = inferSignConvention(model, options);
  const parseFindings: FindingJson[] = model.parseNotes.map((note) => ({
    check: "parse",
    severity: "warning",
    period: "",
    account: "",
    column: "",
    expected: null,
    actual: null,
    difference: null,
    location: note.location,
    message: note.message,
  }));
  return [
    ...parseFindings,
    ...checkRollForward(model.rows, convention, tolerance),
    ...checkFooting(model, convention, tolerance),
    ...checkContinuity(model, tolerance),
  ];
}
