// A look at an .xlsx (a zip) before unpacking it: the central directory states each part's
// unpacked size, so a zip bomb is refused with a clear message instead of exhausting memory.
import { INPUT_LIMITS, UnreadableInputError } from "../core/schedule2/grid/errors";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

function notAWorkbook(what: string): UnreadableInputError {
  return new UnreadableInputError(
    `${what} is not an .xlsx workbook (it is not a zip archive): open it in Excel and save it as .xlsx`,
  );
}

/** Throws an UnreadableInputError when the archive would unpack past INPUT_LIMITS.unzippedBytes. */
export function checkZipSizes(data: Buffer, what: string): void {
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) throw notAWorkbook(what);
  // The end record sits in the last 22 bytes plus at most a 64 KB comment.
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notAWorkbook(what);
  const entries = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw notAWorkbook(what);
    const packed = data.readUInt32LE(at + 20);
    const unpacked = data.readUInt32LE(at + 24);
    // 0xFFFFFFFF: a Zip64 size, over 4 GB; a ratio past 1000:1 is a bomb, not a spreadsheet.
    total += unpacked === 0xffffffff ? Infinity : unpacked;
    if (
      total > INPUT_LIMITS.unzippedBytes ||
      (packed > 0 && unpacked / packed > 1000 && unpacked > 2 ** 24)
    ) {
      throw new UnreadableInputError(
        `${what} would unpack to more than ${INPUT_LIMITS.unzippedBytes / 2 ** 20} MB (a zip bomb, or far ` +
          "more than a schedule): Tieout does not open it. Save the schedule's sheet to a workbook of its own.",
      );
    }
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
}
