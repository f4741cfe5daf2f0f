// Excel serial dates. 1900 system: serial 1 is 1900-01-01 and serial 60 is the phantom
// 1900-02-29 (Excel keeps Lotus 1-2-3's leap-year bug), so from 1900-03-01 (serial 61) on, a serial
// counts days from 1899-12-30. 1904 system: serial 0 is 1904-01-01, i.e. 1462 less than in 1900.
import {
  FIRST_EXCEL_DATE,
  IsoDate,
  LAST_EXCEL_DATE,
  YearMonthDay,
  formatIso,
  parseIsoDate,
  splitIso,
} from "./calendar";
import { DateError } from "./errors";

export type DateSystem = 1900 | 1904;

const PHANTOM_SERIAL = 60;
const SERIAL_1904_OFFSET = 1462;
const LAST_SERIAL_1900 = 2958465;
/** The first and last serial Excel accepts as a date, per system. */
export const SERIAL_RANGE: Readonly<Record<DateSystem, readonly [number, number]>> = {
  1900: [1, LAST_SERIAL_1900],
  1904: [0, LAST_SERIAL_1900 - SERIAL_1904_OFFSET],
};
const FIRST_DATE: Readonly<Record<DateSystem, IsoDate>> = { 1900: FIRST_EXCEL_DATE, 1904: "1904-01-01" };

/** Days from 1970-01-01 on the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of daysFromCivil (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIso(year, month, day);
}

const DAY_BEFORE_SERIAL_1 = daysFromCivil(1899, 12, 31);
/** Serial 0 of the days counted from 1900-03-01 on: one day earlier, to make room for the phantom. */
const DAY_BEFORE_SERIAL_0_FROM_MARCH_1900 = daysFromCivil(1899, 12, 30);

/**
 * Dates of recently converted serials, one slot per serial modulo the size: a sheet converts the
 * same few thousand dates over and over, and a lookup is much cheaper than the calendar arithmetic.
 */
const RECENT_SIZE = 4096;
const recentSerials = new Int32Array(RECENT_SIZE).fill(-1);
const recentIsos: IsoDate[] = new Array<IsoDate>(RECENT_SIZE).fill("");

function checkSystem(system: DateSystem): void {
  if (system !== 1900 && system !== 1904) {
    throw new DateError(`unknown date system ${String(system)}: use 1900 or 1904`, "format");
  }
}

/** The Excel serial of a `YYYY-MM-DD` date; a DateError for text that is not a date or a date Excel cannot hold. */
export function isoToSerial(iso: IsoDate, system: DateSystem = 1900): number {
  checkSystem(system);
  const date = parseIsoDate(iso);
  const first = FIRST_DATE[system];
  if (date < first)
    throw new DateError(
      `${date} is before ${first}, the first date of Excel's ${system} date system`,
      "range",
    );
  const serial = serialOfParts(splitIso(date));
  return system === 1900 ? serial : serial - SERIAL_1904_OFFSET;
}

/**
 * The 1900-system serial of a real date already split into parts. Before 1900 the count runs on
 * below 1 (1899-12-31 is 0), so such a date still orders correctly against real serials.
 */
export function serialOfParts({ year, month, day }: YearMonthDay): number {
  if (year < 1900 || (year === 1900 && month <= 2)) {
    return month === 2 && day === 29 ? PHANTOM_SERIAL : daysFromCivil(year, month, day) - DAY_BEFORE_SERIAL_1;
  }
  return daysFromCivil(year, month, day) - DAY_BEFORE_SERIAL_0_FROM_MARCH_1900;
}

/**
 * The `YYYY-MM-DD` date of an Excel serial. A time of day (the fraction) is dropped, as Excel's
 * date functions do; a serial outside the system's range, or not a finite number, is a DateError.
 */
export function serialToIso(serial: number, system: DateSystem = 1900): IsoDate {
  checkSystem(system);
  if (typeof serial !== "number" || !Number.isFinite(serial)) {
    throw new DateError(`${String(serial)} is not a finite serial number`, "format");
  }
  const whole = Math.floor(serial);
  const [first, last] = SERIAL_RANGE[system];
  if (whole < first || whole > last) {
    const zeroNote = system === 1900 && whole === 0 ? " (serial 0 is Excel's 1900-01-00, not a date)" : "";
    throw new DateError(
      `serial ${serial} is outside Excel's ${system} date system: ${first} (${FIRST_DATE[system]}) to ${last} (${LAST_EXCEL_DATE})${zeroNote}`,
      "range",
    );
  }
  const serial1900 = system === 1900 ? whole : whole + SERIAL_1904_OFFSET;
  const slot = serial1900 & (RECENT_SIZE - 1);
  if (recentSerials[slot] !== serial1900) {
    recentSerials[slot] = serial1900;
    recentIsos[slot] = isoOfSerial1900(serial1900);
  }
  return recentIsos[slot];
}

function isoOfSerial1900(serial: number): IsoDate {
  if (serial === PHANTOM_SERIAL) return "1900-02-29";
  return serial < PHANTOM_SERIAL
    ? civilFromDays(serial + DAY_BEFORE_SERIAL_1)
    : civilFromDays(serial + DAY_BEFORE_SERIAL_0_FROM_MARCH_1900);
}
