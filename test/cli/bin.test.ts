// The package as installed: the compiled `tieout` bin run as a real process, and the compiled
// library entry loaded with require(). Built here with tsconfig.lib.json (what `prepare` runs) into
// a private folder, so the test does not depend on, or race with, a build in lib/.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { SEED, tempDir, writeTamperedSeed } from "./fixtures";

const root = path.resolve(__dirname, "../..");
// Inside node_modules so the compiled files resolve decimal.js and exceljs from the project.
const build = path.join(root, "node_modules", ".cache", `tieout-bin-test-${process.pid}`);
const bin = path.join(build, "cli", "main.js");
const dir = tempDir("tieout-bin-");

beforeAll(() => {
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json", "--outDir", build],
    {
      cwd: root,
      stdio: "pipe",
    },
  );
}, 120_000);
afterAll(() => {
  fs.rmSync(build, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the tieout bin", () => {
  it("starts with a node shebang, so npm can link it as a command", () => {
    expect(fs.readFileSync(bin, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("prints 520 for the reference grant on 2004-02-21 and exits 0", () => {
    expect(run("vested", "--grant", "2003-07-21", "--shares", "1000", "--as-of", "2004-02-21")).toEqual({
      code: 0,
      stdout: "520\n",
      stderr: "",
    });
  });

  it("exits 0 on the seed, 1 on the tampered seed, 2 on a bad flag", () => {
    expect(run("check", SEED).code).toBe(0);
    expect(run("check", writeTamperedSeed(dir)).code).toBe(1);
    const bad = run("vested", "--grant", "July 21", "--shares", "1000", "--as-of", "2004-02-21");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--grant: 'July 21' is not a date/);
  });
});

describe("the library entry", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tieout = () => require(path.join(build, "index.js"));

  it("vested follows VESTED's rules: ISO text or Excel serials, a number back", () => {
    expect(tieout().vested("2003-07-21", 1000, "2004-02-21")).toBe(520);
    // 37823 is 2003-07-21; 2004-02-21 is 37622 + 365 (2004-01-01 = 37987) + 31 + 20 = 38038.
    expect(tieout().vested(37823, 1000, 38038)).toBe(520);
  });

  it("checkSchedule returns the same JSON as `tieout check --json`", () => {
    const text = fs.readFileSync(SEED, "utf8");
    const fromLibrary = tieout().checkSchedule(text, { file: SEED });
    expect(fromLibrary).toEqual(JSON.parse(run("check", SEED, "--json").stdout));
  });
});
