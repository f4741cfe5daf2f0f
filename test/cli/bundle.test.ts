// The `tieout` bin as `npm run prepare` builds it: tsc's lib/ plus the one-file bundle of the
// command line (webpack.cli.config.js) that lib/cli/main.js runs, with V8's compiled code kept in
// the user's cache folder (src/cli/bundled.ts). Built here into a private folder. What a user would
// notice: the same answers as the modules, a cache that is written and then used, and nothing
// breaks when the cache folder cannot be written or the bundle is older than a tsc rebuild.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { SEED, tempDir, writeTamperedSeed } from "./fixtures";

const root = path.resolve(__dirname, "../..");
// Inside node_modules so the compiled files resolve decimal.js and exceljs from the project.
const build = path.join(root, "node_modules", ".cache", `tieout-bundle-test-${process.pid}`);
const bin = path.join(build, "cli", "main.js");
const bundle = path.join(build, "cli", "tieout.bundle.js");
const dir = tempDir("tieout-bundle-");

beforeAll(() => {
  const tsc = require.resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.lib.json", "--outDir", build], { cwd: root });
  const webpack = require.resolve("webpack/bin/webpack.js");
  execFileSync(
    process.execPath,
    [webpack, "--config", "webpack.cli.config.js", "--env", `lib=${build}`, "--stats", "errors-only"],
    { cwd: root },
  );
}, 180_000);
afterAll(() => {
  fs.rmSync(build, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(cacheHome: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command with the bundle moved away: lib/cli/main.js runs the modules tsc compiled. */
function runModules(...args: string[]) {
  const aside = `${bundle}.aside`;
  fs.renameSync(bundle, aside);
  try {
    return run(path.join(dir, "modules-cache"), ...args);
  } finally {
    fs.renameSync(aside, bundle);
  }
}

describe("the bundled tieout bin", () => {
  it("gives the modules' answers: the seed ties (exit 0), the tampered seed breaks (exit 1), vested prints 520", () => {
    const cache = path.join(dir, "cache-answers");
    const tampered = writeTamperedSeed(dir);
    for (const args of [
      ["check", SEED, "--json"],
      ["check", tampered],
      ["vested", "--grant", "2003-07-21", "--shares", "1000", "--as-of", "2004-02-21"],
    ]) {
      expect(run(cache, ...args)).toEqual(runModules(...args));
    }
    expect(run(cache, "check", tampered).code).toBe(1);
    expect(
      run(cache, "vested", "--grant", "2003-07-21", "--shares", "1000", "--as-of", "2004-02-21").stdout,
    ).toBe("520\n");
  });

  it("saves V8's code in the user's cache folder on the first run and reads it back after", () => {
    const cache = path.join(dir, "cache-saved");
    const first = run(cache, "check", SEED);
    const saved = fs.readdirSync(path.join(cache, "tieout"));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(new RegExp(`^cli-${process.version}-${process.arch}-[0-9a-f]{8}\\.v8cache$`));
    const file = path.join(cache, "tieout", saved[0]);
    const written = fs.statSync(file).mtimeMs;
    expect(run(cache, "check", SEED)).toEqual(first);
    // Accepted, so not written again.
    expect(fs.statSync(file).mtimeMs).toBe(written);
    expect(first.code).toBe(0);
  });

  it("runs the same when the cache folder cannot be written, or the cache file is garbage", () => {
    const expected = runModules("check", SEED);
    // XDG_CACHE_HOME naming a file: the cache folder cannot be made.
    const notAFolder = path.join(dir, "not-a-folder");
    fs.writeFileSync(notAFolder, "");
    expect(run(notAFolder, "check", SEED)).toEqual(expected);
    // A cache file with the right header and garbage after it: V8 refuses it, the bundle compiles.
    const cache = path.join(dir, "cache-garbage");
    run(cache, "check", SEED);
    const file = path.join(cache, "tieout", fs.readdirSync(path.join(cache, "tieout"))[0]);
    const data = fs.readFileSync(file);
    const header = data.subarray(0, data.indexOf(10) + 1);
    fs.writeFileSync(file, Buffer.concat([header, Buffer.alloc(4096, 0x5a)]));
    expect(run(cache, "check", SEED)).toEqual(expected);
  });

  it("is not used once tsc has rebuilt lib/ after it: an old bundle never answers for new code", () => {
    const saved = fs.readFileSync(bundle);
    try {
      fs.writeFileSync(bundle, 'process.stdout.write("an old bundle\\n");');
      const past = new Date(Date.now() - 60_000);
      fs.utimesSync(bundle, past, past);
      const result = run(path.join(dir, "cache-stale"), "check", SEED);
      expect(result.stdout).not.toContain("an old bundle");
      expect(result.code).toBe(0);
    } finally {
      fs.writeFileSync(bundle, saved);
    }
  });
});
