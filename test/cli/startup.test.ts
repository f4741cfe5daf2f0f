// Start-up (issue 10 item 4): `tieout check` on one small text file is mostly the time Node takes to
// load code, so a check loads only the readers its input needs. Each case runs the command line in
// a fresh Node process (from the sources, through ts-node) and lists the modules that process
// loaded: what a user waits for before the first line of the report.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { FIXTURES_DIR } from "../support/shared";
import { SEED, tempDir } from "./fixtures";

const root = path.resolve(__dirname, "../..");
const dir = tempDir("tieout-startup-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `tieout check <file>` in a new process: its exit code and the project modules it loaded. */
function modulesLoadedBy(file: string): { code: number; loaded: string[] } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(root, "src/cli/main.ts"))});
    const quiet = { out: () => {}, err: (text) => process.stderr.write(text + "\\n") };
    main(["check", ${JSON.stringify(file)}], quiet).then((code) => {
      const loaded = Object.keys(require.cache).map((m) => m.replace(/\\\\/g, "/"));
      process.stdout.write(JSON.stringify({ code, loaded }));
    });`;
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the check process failed: ${result.stderr}`);
  const { code, loaded } = JSON.parse(result.stdout) as { code: number; loaded: string[] };
  const project = loaded
    .filter((m) => !m.includes("/node_modules/ts-node/") && !m.includes("/node_modules/typescript/"))
    .map((m) => (m.includes("/node_modules/") ? m.replace(/.*\/node_modules\//, "node_modules/") : m))
    .map((m) => m.replace(`${root.replace(/\\/g, "/")}/`, ""));
  return { code, loaded: project };
}

// Modules of readers a .txt in EDGAR <TABLE> form never uses (the HTML table reader and its
// entities, the workbook reader, the other text forms' readers, the headerless layout).
const NOT_FOR_EDGAR_TEXT = [
  "node_modules/exceljs/",
  "src/cli/xlsx.ts",
  "src/core/schedule2/grid/",
  "src/core/schedule2/html/index.ts",
  "src/core/schedule2/html/tables.ts",
  "src/core/schedule2/html/text.ts",
  "src/core/schedule2/html/entities.ts",
  "src/core/schedule2/locate/html.ts",
  "src/core/schedule2/text/stream.ts",
  "src/core/schedule2/text/flat.ts",
  "src/core/schedule2/text/cellLines.ts",
  "src/core/schedule2/text/lineRender.ts",
  "src/core/schedule2/layout/headerless.ts",
];

describe("what `tieout check` loads before it answers", () => {
  it("on the seed (.txt, EDGAR <TABLE> text): the fixed-width reader, not the HTML, workbook or other text readers", () => {
    const { code, loaded } = modulesLoadedBy(SEED);
    expect(code).toBe(0); // the seed ties out
    expect(loaded).toContain("src/core/schedule2/text/fixedWidth.ts");
    for (const unneeded of NOT_FOR_EDGAR_TEXT) {
      expect(loaded.filter((m) => m.startsWith(unneeded))).toEqual([]);
    }
  }, 60_000);

  it("on an HTML filing: the HTML reader and its entities, still not exceljs", () => {
    const { loaded } = modulesLoadedBy(path.join(FIXTURES_DIR, "01_medicis_pharmaceutical_fy1999.html"));
    expect(loaded).toContain("src/core/schedule2/html/index.ts");
    expect(loaded).toContain("src/core/schedule2/html/entities.ts");
    expect(loaded.filter((m) => m.startsWith("node_modules/exceljs/"))).toEqual([]);
  }, 60_000);

  it("on a text schedule with pipes between its cells: the pipe reader, not the HTML reader", () => {
    // The seed's 2002 block, printed with a '|' between cells (a pipe table, no <TABLE> tags).
    const file = path.join(dir, "piped.txt");
    fs.writeFileSync(
      file,
      [
        "SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS",
        "| Description | Balance at beginning of period | Charged to costs and expenses | Deductions | Balance at end of period |",
        "| Allowance for doubtful accounts | 405 | 1,680 | 619 | 1,466 |",
        "| Warranty reserve | 562 | 220 | 303 | 479 |",
        "",
      ].join("\n"),
    );
    const { loaded } = modulesLoadedBy(file);
    expect(loaded).toContain("src/core/schedule2/text/cellLines.ts");
    expect(loaded.filter((m) => m.startsWith("src/core/schedule2/html/index.ts"))).toEqual([]);
  }, 60_000);
});
