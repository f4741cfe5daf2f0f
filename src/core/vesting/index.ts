// The vesting engine: schedule text and presets, share allocation, tables and vested-as-of.
export * from "./types";
export { parseSchedule } from "./schedule-parser";
export { DEFAULT_SCHEDULE, PRESETS, findPreset, resolveSchedule } from "./presets";
export { ROUNDINGS, parseDayOfMonth, parseRounding } from "./options";
export { FRACTIONAL_DECIMAL_PLACES } from "./allocation";
export { vestingTable } from "./table";
export { vestedAsOf, vestedAsOfNumber, vestingSummary } from "./as-of";
export {
  FORECAST_PERIODS,
  forecastPeriods,
  parseForecastPeriod,
  vestingForecast,
  type ForecastPeriod,
  type ForecastRow,
} from "./forecast";
