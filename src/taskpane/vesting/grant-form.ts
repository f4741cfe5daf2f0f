// The Vesting view's form as plain data, and the live preview computed from it.
import { PRESETS, ROUNDINGS, resolveSchedule, vestingSummary, vestingTable } from "../../core/vesting";
import {
  GrantInput,
  IsoDate,
  Rounding,
  Tranche,
  VestingError,
  VestingSummary,
} from "../../core/vesting/types";

export const CUSTOM_SCHEDULE = "custom";

const ROUNDING_LABELS: Record<Rounding, string> = {
  "cumulative-round-down": "Cumulative, round down (default)",
  "cumulative-rounding": "Cumulative, round half up",
  "front-loaded": "Front-loaded",
  "back-loaded": "Back-loaded",
  "front-loaded-single": "Front-loaded, single remainder",
  "back-loaded-single": "Back-loaded, single remainder",
  fractional: "Fractional (no rounding)",
};

export const ROUNDING_OPTIONS = ROUNDINGS.map((value) => ({ value, label: ROUNDING_LABELS[value] }));

export const DAY_OF_MONTH_POLICIES: { value: string; label: string }[] = [
  { value: "start", label: "The start's day (default)" },
  { value: "last", label: "Last day of the month" },
  { value: "first", label: "First day of the month" },
  { value: "start-minus-one", label: "The day before the start's day" },
  ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: `Day ${i + 1}` })),
];

export interface GrantForm {
  grantDate: string;
  shares: string;
  /** A preset id, or CUSTOM_SCHEDULE. */
  scheduleChoice: string;
  customSchedule: string;
  rounding: Rounding;
  dayOfMonth: string;
  terminationDate: string;
  asOf: string;
}

/** Today in the user's time zone, as the as-of date to start from. */
export function todayIso(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function initialForm(asOf: IsoDate): GrantForm {
  return {
    grantDate: "",
    shares: "",
    scheduleChoice: PRESETS[0]?.id ?? CUSTOM_SCHEDULE,
    customSchedule: "",
    rounding: "cumulative-round-down",
    dayOfMonth: "start",
    terminationDate: "",
    asOf,
  };
}

export function scheduleText(form: GrantForm): string {
  if (form.scheduleChoice === CUSTOM_SCHEDULE) return form.customSchedule;
  return PRESETS.find((p) => p.id === form.scheduleChoice)?.text ?? "";
}

/** The parser's message for custom schedule text, or null when it reads (or is not in use yet). */
export function scheduleProblem(form: GrantForm): string | null {
  if (form.scheduleChoice !== CUSTOM_SCHEDULE) return null;
  if (form.customSchedule.trim() === "")
    return "Type a schedule, e.g. 25% at 1 year, then 75% monthly over 36 months.";
  try {
    resolveSchedule(form.customSchedule);
    return null;
  } catch (error) {
    if (error instanceof VestingError) return error.message;
    throw error;
  }
}

export function toGrantInput(form: GrantForm): GrantInput {
  return {
    grantDate: form.grantDate,
    shares: form.shares.replace(/[,\s]/g, ""),
    schedule: scheduleText(form),
    rounding: form.rounding,
    dayOfMonth: form.dayOfMonth,
    terminationDate: form.terminationDate || null,
  };
}

export type GrantPreview =
  | { kind: "incomplete" }
  /** `argument` names the input at fault, as the engine reports it. */
  | { kind: "invalid"; argument: string; message: string }
  | { kind: "ready"; input: GrantInput; tranches: Tranche[]; summary: VestingSummary };

export function previewGrant(form: GrantForm): GrantPreview {
  if (form.grantDate === "" || form.shares.trim() === "" || form.asOf === "") return { kind: "incomplete" };
  const problem = scheduleProblem(form);
  if (problem) return { kind: "invalid", argument: "schedule", message: problem };
  const input = toGrantInput(form);
  try {
    return { kind: "ready", input, tranches: vestingTable(input), summary: vestingSummary(input, form.asOf) };
  } catch (error) {
    if (error instanceof VestingError)
      return { kind: "invalid", argument: error.argument, message: error.message };
    throw error;
  }
}
