// Excel-compatible dates: ISO `YYYY-MM-DD` strings, serials in the 1900 and 1904 systems, and
// EDATE/EOMONTH month arithmetic.
export { DateError } from "./errors";
export {
  FIRST_EXCEL_DATE,
  LAST_EXCEL_DATE,
  compareIso,
  daysInMonth,
  formatIso,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  splitIso,
} from "./calendar";
export type { IsoDate, YearMonthDay } from "./calendar";
export { SERIAL_RANGE, isoToSerial, serialOfParts, serialToIso } from "./serial";
export type { DateSystem } from "./serial";
export { addMonthsToParts, addMonthsWithPolicy, edate, eomonth } from "./months";
export type { DayOfMonth } from "./months";
