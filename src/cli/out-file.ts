// Where `--out` may write: never over an existing file unless --force (the add-in's ask-first rule),
// and only into a folder that exists, each refused with one line that says what to do.
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./io";

/** The flag's definition, for each command that writes a file. */
export const FORCE_OPTION = { force: { type: "boolean" } } as const;

/** Refuses an --out path that would overwrite a file (without --force) or lies in a missing folder. */
export function checkOutPath(out: string, force: boolean): void {
  const folder = path.dirname(path.resolve(out));
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new UsageError(
      `--out: the folder ${path.dirname(out)} does not exist; create it first or write elsewhere`,
    );
  }
  if (!stat.isDirectory()) throw new UsageError(`--out: ${path.dirname(out)} is not a folder`);
  if (fs.existsSync(out)) {
    if (fs.statSync(out).isDirectory()) throw new UsageError(`--out: ${out} is a folder; name a file in it`);
    if (!force)
      throw new UsageError(`--out: ${out} already exists; add --force to replace it, or choose another name`);
  }
}
