// The offline manifest validator (scripts/validate-manifest.sh, xmllint + XPath) against the project's
// manifest and against copies broken on purpose: it passes the real one and refuses each broken copy.
// It needs xmllint (libxml2-utils), so it runs in `npm run test:e2e`, which CI runs after installing
// it; `npm test` checks the same manifest facts as text (test/excel/manifest.test.ts) with Node alone.
const { execFileSync } = require("child_process");
const assert = require("assert");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/** Runs the validator on a copy of the project's manifest (changed by `edit`); its exit and output. */
function validate(edit = (x) => x) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-manifest-"));
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.cpSync(path.join(root, "assets"), path.join(dir, "assets"), { recursive: true });
  fs.copyFileSync(
    path.join(root, "scripts/validate-manifest.sh"),
    path.join(dir, "scripts/validate-manifest.sh"),
  );
  fs.writeFileSync(path.join(dir, "manifest.xml"), edit(manifest));
  try {
    return {
      ok: true,
      output: execFileSync("bash", ["scripts/validate-manifest.sh"], {
        cwd: dir,
        encoding: "utf8",
        stdio: "pipe",
      }),
    };
  } catch (error) {
    return { ok: false, output: `${error.stdout}${error.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const passed = validate();
assert.ok(passed.ok, `the validator refuses the project's manifest:\n${passed.output}`);
assert.match(passed.output, /CustomFunctionsRuntime 1\.3/);

const broken = [
  [
    "a TaskpaneId under the shared-runtime host",
    (x) =>
      x.replace(
        '<Action xsi:type="ShowTaskpane">',
        '<Action xsi:type="ShowTaskpane"><TaskpaneId>Tieout.Pane</TaskpaneId>',
      ),
    "TaskpaneId",
  ],
  [
    "no CustomFunctionsRuntime",
    (x) => x.replace(/<Set Name="CustomFunctionsRuntime"[^>]*\/>/, ""),
    "CustomFunctionsRuntime 1.3",
  ],
  ["no SupportUrl", (x) => x.replace(/<SupportUrl[^>]*\/>/, ""), "SupportUrl"],
  [
    "a resid used but not defined",
    (x) => x.replace('resid="Taskpane.Url"', 'resid="Missing.Url"'),
    "not defined",
  ],
];
for (const [name, edit, said] of broken) {
  const edited = edit(manifest);
  assert.notStrictEqual(edited, manifest, `the case "${name}" did not change the manifest`);
  const result = validate(edit);
  assert.ok(!result.ok, `the validator accepts a manifest with ${name}`);
  assert.ok(result.output.includes(said), `for ${name} the validator says:\n${result.output}`);
}
console.log(`manifest validator: passes manifest.xml, refuses ${broken.length} broken copies`);
