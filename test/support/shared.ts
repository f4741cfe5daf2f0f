// The team's shared reference documents: ../shared beside the repository (seeds/ and the real
// Schedule II fixtures with their answer keys). Tests read them from one place, and say clearly
// when the folder is missing rather than failing on a bare ENOENT.
import * as fs from "fs";
import * as path from "path";

export const SHARED_DIR = path.resolve(__dirname, "../../../shared");
export const FIXTURES_DIR = path.join(SHARED_DIR, "fixtures/schedule2");
export const SEED_SCHEDULE_PATH = path.join(
  SHARED_DIR,
  "seeds/schedule-ii-valuation-and-qualifying-accounts.txt",
);

/** A file of ../shared by its path inside it, e.g. `fixtures/schedule2/07_ibm_fy2024.html`. */
export function readShared(relative: string): string {
  const file = path.join(SHARED_DIR, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: the tests read the shared/ folder that sits beside the repository`);
  }
  return fs.readFileSync(file, "utf8");
}

/** The seed Schedule II (Lantronix, old EDGAR text). */
export const readSeedSchedule = (): string =>
  readShared("seeds/schedule-ii-valuation-and-qualifying-accounts.txt");
