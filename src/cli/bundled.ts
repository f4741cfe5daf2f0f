// The `tieout` command line as one file, with V8's compiled code kept between runs (issue 10 part 4:
// start-up is most of a small `tieout check`). `npm run prepare` compiles the sources into lib/ and
// then bundles lib/cli into lib/cli/tieout.bundle.js (webpack.cli.config.js). Loading one file
// instead of some fifty modules saves resolving and reading each; compiling it from the code V8
// saved on an earlier run saves most of the compiling. Node 20 has no module.enableCompileCache, so
// the bundle is compiled here with vm.Script's cachedData.
//
// The cache is a file per Node version and install in the user's cache folder (XDG_CACHE_HOME or ~/.cache,
// under tieout/), never in the project. Any failure to read or write it only costs the time it
// would have saved. NODE_DISABLE_COMPILE_CACHE (Node 22's switch for its own cache) turns it off.
import * as fs from "fs";
import Module from "module";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";

export const BUNDLE_FILE = "tieout.bundle.js";

/** A short name for the bundle's path: two installs of Tieout keep a cache each. */
function pathHash(text: string): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: no crypto to load at start-up
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function cacheFile(bundle: string): string | null {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "tieout", `cli-${process.version}-${process.arch}-${pathHash(bundle)}.v8cache`);
}

/** The saved code, when it was saved for this very bundle (its size and time stamp lead the file). */
function readCache(file: string, key: string): Buffer | undefined {
  try {
    const data = fs.readFileSync(file);
    const newline = data.indexOf(10);
    if (newline < 0 || data.subarray(0, newline).toString() !== key) return undefined;
    return data.subarray(newline + 1);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, key: string, data: Buffer): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written whole under another name, then renamed: a run reading it never sees half a file.
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.concat([Buffer.from(`${key}\n`), data]), { mode: 0o600 });
    fs.renameSync(partial, file);
  } catch {
    // An unwritable cache folder: the next run compiles again, nothing else changes.
  }
}

/**
 * Runs the command line from the bundle beside `dir` (lib/cli) and returns true; false when there is
 * no bundle, or it is older than `entry` (lib/cli/main.js rebuilt by tsc alone), so the caller runs
 * the modules as compiled.
 */
export function runBundle(dir: string, entry: string): boolean {
  const bundle = path.join(dir, BUNDLE_FILE);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(bundle);
    if (stat.mtimeMs < fs.statSync(entry).mtimeMs) return false;
  } catch {
    return false;
  }
  const source = fs.readFileSync(bundle, "utf8");
  const cache = cacheFile(bundle);
  const key = `${stat.size}-${Math.floor(stat.mtimeMs)}`;
  const cachedData = cache ? readCache(cache, key) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cache && (!cachedData || script.cachedDataRejected)) {
    // Saved once the command has run, so the code cached holds the functions this run compiled.
    process.once("exit", () => writeCache(cache, key, script.createCachedData()));
  }
  const bundleModule = new Module(bundle, require.main);
  bundleModule.filename = bundle;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(
    bundleModule.exports,
    bundleModule.exports,
    Module.createRequire(bundle),
    bundleModule,
    bundle,
    dir,
  );
  return true;
}
