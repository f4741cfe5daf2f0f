// Dates of schedule offsets. Months are calendar months counted from the last date reached, on
// the day the day-of-month policy picks from the vesting start's day (Jan 31 + 1 month = Feb 28,
// + 2 months = Mar 31: never chained through the clamped day); days are added to the date reached
// so far, as OCF's relative triggers chain. No offset at all is the vesting start itself.
import {
  DateError,
  DayOfMonth,
  SERIAL_RANGE,
  YearMonthDay,
  addMonthsToParts,
  serialOfParts,
  serialToIso,
  splitIso,
} from "../dates";
import { Offset } from "./types";

const LAST_SERIAL = SERIAL_RANGE[1900][1];

/**
 * The 1900-system serial of `offset` after a vesting start on `start` (serial `startSerial`).
 * A DateError when it falls after 9999-12-31.
 */
export function offsetSerial(
  start: YearMonthDay,
  startSerial: number,
  offset: Offset,
  policy: DayOfMonth,
): number {
  // The month count runs from `base` (the start, or the date the last days leg reached, carrying
  // the start's day for the policy).
  let base = start;
  let baseSerial = startSerial;
  let months = 0;
  for (const leg of offset) {
    if (leg.unit === "months") {
      months += leg.length;
      continue;
    }
    const from = months > 0 ? serialOfParts(addMonthsToParts(base, months, policy)) : baseSerial;
    baseSerial = from + leg.length;
    if (baseSerial > LAST_SERIAL) throw new DateError(`serial ${baseSerial} is after 9999-12-31`, "range");
    base = { ...splitIso(serialToIso(baseSerial)), day: start.day };
    months = 0;
  }
  return months > 0 ? serialOfParts(addMonthsToParts(base, months, policy)) : baseSerial;
}
