// The Vesting view's form as plain data: each field checked in the user's words, and the live
// preview computed from it.
import Decimal from "decimal.js";
import { FIRST_EXCEL_DATE, LAST_EXCEL_DATE, isIsoDate } from "../../core/dates";
import { PRESETS, ROUNDINGS, resolveSchedule, vestingSummary, vestingTable } from "../../core/vesting";
import { OCF_ALLOCATION, OcfError, ocfDayOfMonth } from "../../core/ocf";
import { scheduleFromOcfJson } from "../../index";
import {
  GrantInput,
  IsoDate,
  Rounding,
  Tranche,
  VestingError,
  VestingSummary,
} from "../../core/vesting/types";

export const CUSTOM_SCHEDULE = "custom";

/** Excel holds 15 significant digits exactly; a 16th is silently replaced by 0. */
export const EXCEL_DIGITS = 15;

const ROUNDING_WORDS: Record<Rounding, { label: string; explanation: string }> = {
  "cumulative-round-down": {
    label: "Cumulative, round down (default)",
    explanation:
      "Each vest date's running total is rounded down to a whole share; a tranche is what the total grew by. No share vests early.",
  },
  "cumulative-rounding": {
    label: "Cumulative, round half up",
    explanation: "Each vest date's running total is rounded to the nearest whole share, halves up.",
  },
  "front-loaded": {
    label: "Front-loaded",
    explanation:
      "Within each run of equal installments, the shares left over after an even split go one each to the first installments.",
  },
  "back-loaded": {
    label: "Back-loaded",
    explanation:
      "Within each run of equal installments, the shares left over after an even split go one each to the last installments.",
  },
  "front-loaded-single": {
    label: "Front-loaded, single remainder",
    explanation: "All the shares left over after an even split go to the first installment.",
  },
  "back-loaded-single": {
    label: "Back-loaded, single remainder",
    explanation: "All the shares left over after an even split go to the last installment.",
  },
  fractional: {
    label: "Fractional (no rounding)",
    explanation: "No rounding: tranches may hold parts of a share.",
  },
};

export const ROUNDING_OPTIONS = ROUNDINGS.map((value) => ({ value, ...ROUNDING_WORDS[value] }));

export function roundingLabel(rounding: string): string {
  return ROUNDING_WORDS[rounding as Rounding]?.label ?? rounding;
}

export const DAY_OF_MONTH_POLICIES: { value: string; label: string; explanation: string }[] = [
  {
    value: "start",
    label: "The start's day (default)",
    explanation:
      "Each vest falls on the day of the month the vesting started, or the month's last day if shorter.",
  },
  {
    value: "last",
    label: "Last day of the month",
    explanation: "Each vest falls on the last day of its month.",
  },
  {
    value: "first",
    label: "First day of the month",
    explanation: "Each vest falls on the 1st of its month.",
  },
  {
    value: "start-minus-one",
    label: "The day before the start's day",
    explanation:
      "Each vest falls the day before the start's day of the month (a grant on the 30th vests on the 29th).",
  },
  ...Array.from({ length: 31 }, (_, i) => ({
    value: String(i + 1),
    label: `Day ${i + 1}`,
    explanation: `Each vest falls on day ${i + 1} of its month, or the month's last day if shorter.`,
  })),
];

export function dayOfMonthLabel(value: string): string {
  return DAY_OF_MONTH_POLICIES.find((d) => d.value === value)?.label ?? value;
}

// Examples are computed by the engine itself, so they cannot drift from what it does.
const ROUNDING_EXAMPLE = { grantDate: "2020-01-01", shares: 18, schedule: "100% quarterly over 12 months" };
const DAY_EXAMPLE = { grantDate: "2024-01-30", shares: 3, schedule: "100% monthly over 3 months" };

/** `18 shares in 4 equal tranches → 4-5-4-5`. */
export function roundingExample(rounding: Rounding): string {
  const shares = vestingTable({ ...ROUNDING_EXAMPLE, rounding }).map((t) => t.shares.toString());
  return `Example: 18 shares in 4 equal tranches → ${shares.join("-")}.`;
}

/** `Vesting monthly from 30 Jan 2024 → 29 Feb, 30 Mar, 30 Apr`. */
export function dayOfMonthExample(dayOfMonth: string, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const dates = vestingTable({ ...DAY_EXAMPLE, dayOfMonth }).map((t) => format.format(isoToUtc(t.date)));
  const from = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return `Example: monthly from ${from.format(isoToUtc(DAY_EXAMPLE.grantDate))} → ${dates.join(", ")}.`;
}

function isoToUtc(iso: IsoDate): Date {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

/** A date as the user's locale writes it with digits (07/21/2003 in the US, 21/07/2003 in the UK). */
export function formatDate(iso: IsoDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: "UTC",
  }).format(isoToUtc(iso));
}

/** `1 January 1900`: a date in a message, unambiguous in any locale. */
function longDate(iso: IsoDate): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(isoToUtc(iso));
}

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
  /** Which vesting terms of a pasted OCF file holding several (0-based). */
  ocfTerms?: number;
}

export type FieldName =
  "grantDate" | "shares" | "schedule" | "rounding" | "dayOfMonth" | "terminationDate" | "asOf";

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

/** Schedule text that is meant as OCF JSON rather than words: it starts with `{`. */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** One set of vesting terms in a pasted OCF file, for the user to pick. */
export interface OcfTermsChoice {
  label: string;
}

/**
 * A pasted OCF VestingTerms JSON as the core reads it: the equivalent schedule with the terms'
 * allocation type and day of month, or why no schedule states them (naming the condition).
 */
export type OcfReading = {
  /** The vesting terms the JSON holds (several in an OCF_VESTING_TERMS_FILE), and the one read. */
  terms: OcfTermsChoice[];
  chosen: number;
} & (
  | {
      kind: "read";
      schedule: string;
      rounding: Rounding;
      dayOfMonth: string;
      /** The terms' own words for the two options, as OCF spells them. */
      ocfAllocation: string;
      ocfDayOfMonth: string | null;
      /** `OCF terms "4yr-1yr-cliff-schedule"`. */
      name: string;
    }
  | { kind: "refused"; message: string; conditionId: string | null }
);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function termsLabel(terms: unknown, index: number): string {
  const name = isObject(terms) && typeof terms.name === "string" ? terms.name : null;
  const id = isObject(terms) && typeof terms.id === "string" ? terms.id : null;
  if (name && id && name !== id) return `${name} (${id})`;
  return name ?? id ?? `Vesting terms ${index + 1}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Reads pasted OCF JSON with the core (scheduleFromOcfJson); never approximates what it refuses. */
export function readOcf(text: string, chosen = 0): OcfReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      kind: "refused",
      terms: [],
      chosen: 0,
      conditionId: null,
      message: `This starts like OCF JSON but is not valid JSON (${(error as Error).message}). Paste the whole VestingTerms object.`,
    };
  }
  // A file of several terms: the user picks one; each is converted on its own.
  const items = isObject(value) && Array.isArray(value.items) ? value.items : null;
  const all = items
    ? items.filter((item) => isObject(item) && item.object_type === "VESTING_TERMS")
    : [value];
  if (all.length === 0) {
    return {
      kind: "refused",
      terms: [],
      chosen: 0,
      conditionId: null,
      message: "This OCF file holds no vesting terms (no item has object_type VESTING_TERMS).",
    };
  }
  const index = chosen >= 0 && chosen < all.length ? chosen : 0;
  const terms = all.map((t, i) => ({ label: termsLabel(t, i) }));
  const picked = all[index];
  try {
    const imported = scheduleFromOcfJson(JSON.stringify(picked));
    const id = isObject(picked) && typeof picked.id === "string" ? picked.id : null;
    return {
      kind: "read",
      terms,
      chosen: index,
      schedule: imported.schedule,
      rounding: imported.rounding,
      dayOfMonth: String(imported.dayOfMonth),
      ocfAllocation: OCF_ALLOCATION[imported.rounding],
      ocfDayOfMonth: ocfDayOfMonth(imported.dayOfMonth),
      name: id ? `OCF terms "${id}"` : "OCF terms",
    };
  } catch (error) {
    if (!(error instanceof OcfError)) throw error;
    return {
      kind: "refused",
      terms,
      chosen: index,
      conditionId: error.conditionId,
      message: `${capitalised(error.message)}. Tieout does not approximate it: type the schedule that applies, or use other terms.`,
    };
  }
}

/** The OCF reading of the custom schedule, or null when it is not JSON (or a preset is chosen). */
export function ocfReading(form: GrantForm): OcfReading | null {
  if (form.scheduleChoice !== CUSTOM_SCHEDULE || !looksLikeJson(form.customSchedule)) return null;
  return readOcf(form.customSchedule, form.ocfTerms ?? 0);
}

/**
 * The form as the engine sees it: with pasted OCF terms, their schedule text, allocation type and
 * day of month stand in for the field values (the terms state them; the fields show them).
 */
export function effectiveForm(form: GrantForm, ocf = ocfReading(form)): GrantForm {
  if (ocf === null || ocf.kind !== "read") return form;
  return { ...form, customSchedule: ocf.schedule, rounding: ocf.rounding, dayOfMonth: ocf.dayOfMonth };
}

export function scheduleText(form: GrantForm): string {
  if (form.scheduleChoice === CUSTOM_SCHEDULE) return form.customSchedule;
  return PRESETS.find((p) => p.id === form.scheduleChoice)?.text ?? "";
}

/** The parser's message for custom schedule text, or null when it reads (or is not in use yet). */
export function scheduleProblem(form: GrantForm): string | null {
  if (form.scheduleChoice !== CUSTOM_SCHEDULE) return null;
  const ocf = ocfReading(form);
  if (ocf !== null) return ocf.kind === "refused" ? ocf.message : null;
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

function dateProblem(label: string, value: string): string | null {
  if (!isIsoDate(value)) return `${label} is not a date; pick one from the calendar or type it in full.`;
  if (value < FIRST_EXCEL_DATE)
    return `${label} must be on or after ${longDate(FIRST_EXCEL_DATE)}, Excel's first date.`;
  if (value > LAST_EXCEL_DATE)
    return `${label} must be on or before ${longDate(LAST_EXCEL_DATE)}, Excel's last date.`;
  return null;
}

/** Shares as typed (`1,000`), or why they cannot be a grant. */
function sharesProblem(text: string, rounding: Rounding): string | null {
  const plain = text.replace(/[,\s]/g, "");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) {
    return rounding === "fractional" ? "Shares must be a number." : "Shares must be a whole number.";
  }
  const shares = new Decimal(plain);
  if (shares.isZero()) return "Shares must be more than 0: a grant of 0 shares has nothing to vest.";
  if (shares.isNegative()) return "Shares must be more than 0.";
  if (!shares.isInteger() && rounding !== "fractional") {
    return "Shares must be a whole number; only Fractional rounding allows parts of a share.";
  }
  if (shares.sd(false) > EXCEL_DIGITS) {
    return `Shares can have at most ${EXCEL_DIGITS} significant digits, the most Excel holds exactly; this has ${shares.sd(false)}.`;
  }
  return null;
}

/** What is wrong with each field, in the user's words; empty when the form can be computed. */
export function fieldProblems(form: GrantForm): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  if (form.grantDate !== "") {
    const p = dateProblem("Grant date", form.grantDate);
    if (p) problems.grantDate = p;
  }
  if (form.shares.trim() !== "") {
    const p = sharesProblem(form.shares, form.rounding);
    if (p) problems.shares = p;
  }
  const schedule = scheduleProblem(form);
  if (schedule) problems.schedule = schedule;
  if (form.terminationDate !== "") {
    const p = dateProblem("Termination date", form.terminationDate);
    if (p) problems.terminationDate = p;
    else if (form.grantDate !== "" && !problems.grantDate && form.terminationDate < form.grantDate) {
      problems.terminationDate = "Termination date is before the grant date; it must be on or after it.";
    }
  }
  if (form.asOf === "") problems.asOf = "As of is empty: enter the date to see the vesting on.";
  else {
    const p = dateProblem("As of", form.asOf);
    if (p) problems.asOf = p;
  }
  return problems;
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

const FIELDS: FieldName[] = [
  "grantDate",
  "shares",
  "schedule",
  "rounding",
  "dayOfMonth",
  "terminationDate",
  "asOf",
];

export type GrantPreview =
  | { kind: "incomplete"; problems: Partial<Record<FieldName, string>> }
  /** `other`: a problem the engine found that belongs to no field. */
  | { kind: "invalid"; problems: Partial<Record<FieldName, string>>; other?: string }
  | { kind: "ready"; input: GrantInput; tranches: Tranche[]; summary: VestingSummary };

export function previewGrant(entered: GrantForm): GrantPreview {
  // Refused OCF terms leave the form as entered: scheduleProblem then gives the refusal.
  const form = effectiveForm(entered);
  const problems = fieldProblems(form);
  const empty = form.grantDate === "" || form.shares.trim() === "";
  if (Object.keys(problems).length > 0)
    return empty ? { kind: "incomplete", problems } : { kind: "invalid", problems };
  if (empty) return { kind: "incomplete", problems };
  const input = toGrantInput(form);
  try {
    return { kind: "ready", input, tranches: vestingTable(input), summary: vestingSummary(input, form.asOf) };
  } catch (error) {
    if (!(error instanceof VestingError)) throw error;
    const field = FIELDS.find((f) => f === error.argument);
    return field
      ? { kind: "invalid", problems: { [field]: error.message } }
      : { kind: "invalid", problems: {}, other: error.message };
  }
}
