// The Schedule II seed, and copies of it made for the tests.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SEED_SCHEDULE_PATH } from "../support/shared";

export const SEED = SEED_SCHEDULE_PATH;

/** A fresh temporary folder, removed by the caller's afterAll. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * The seed with 2003's inventory reserve ending 7,979 instead of 7,997: one roll-forward break
 * (−18), one footing break in 2003's total (+18) and one continuity break into 2004 (+18).
 */
export function writeTamperedSeed(dir: string): string {
  const text = fs.readFileSync(SEED, "utf8");
  const line =
    "Reserve for excess and obsolete inventory       5,756          4,189          41         1,989     7,997";
  if (!text.includes(line))
    throw new Error("the seed no longer has the 2003 inventory line this test changes");
  const file = path.join(dir, "tampered.txt");
  fs.writeFileSync(file, text.replace(line, line.replace(/7,997$/, "7,979")));
  return file;
}
