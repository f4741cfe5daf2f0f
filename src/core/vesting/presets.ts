// Named schedules that stand in for the common ones, and the lookup that accepts either a preset
// (by id or label) or schedule text.
import { parseSchedule } from "./schedule-parser";
import { Preset, ScheduleSpec, VestingError } from "./types";

export const PRESETS: readonly Preset[] = Object.freeze(
  [
    {
      id: "reference-grant",
      label: "Reference grant: 50% at 6 months, then monthly over 24 months",
      text: "50% at 6 months, then 50% monthly over 24 months",
    },
    {
      id: "4y-1y-cliff-monthly",
      label: "4 years monthly, 1-year cliff",
      text: "100% monthly over 48 months, cliff 12 months",
    },
    {
      id: "4y-1y-cliff-quarterly",
      label: "4 years quarterly, 1-year cliff",
      text: "100% quarterly over 48 months, cliff 12 months",
    },
    { id: "3y-monthly", label: "3 years monthly", text: "100% monthly over 36 months" },
    {
      id: "4y-annual",
      label: "4 years annual",
      text: "25% at 1 year, 25% at 2 years, 25% at 3 years, 25% at 4 years",
    },
    { id: "immediate", label: "Immediate (fully vested at grant)", text: "100% at 0 months" },
  ].map((preset) => Object.freeze(preset)),
);

/** The reference grant's schedule, used when none is given. */
export const DEFAULT_SCHEDULE = PRESETS[0].text;

/** The preset whose id or label is `name` (case and surrounding spaces ignored), if any. */
// Ids and lower-cased labels, built once: reading a grant looks its schedule up here on every call.
let byName: Map<string, Preset> | null = null;

export function findPreset(name: string): Preset | undefined {
  if (byName === null) {
    byName = new Map();
    // Last to first, so that the first preset named either way wins, as a search in order would.
    for (const preset of [...PRESETS].reverse()) {
      byName.set(preset.label.toLowerCase(), preset);
      byName.set(preset.id, preset);
    }
  }
  return byName.get(name.trim().toLowerCase());
}

/** A preset id or label, else schedule text; null or undefined is the default schedule. */
export function resolveSchedule(textOrPresetId: string | null | undefined): ScheduleSpec {
  if (textOrPresetId === null || textOrPresetId === undefined) return parseSchedule(DEFAULT_SCHEDULE);
  if (typeof textOrPresetId !== "string") {
    throw new VestingError(
      `the schedule must be text or a preset name, got ${String(textOrPresetId)}`,
      "schedule",
    );
  }
  const preset = findPreset(textOrPresetId);
  return parseSchedule(preset ? preset.text : textOrPresetId);
}
