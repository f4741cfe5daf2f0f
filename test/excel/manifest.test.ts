// The manifest as Excel reads it, checked offline by scripts/validate-manifest.sh (xmllint + XPath):
// no <TaskpaneId> under the shared-runtime host, CustomFunctionsRuntime 1.3 declared (custom
// error messages), ExcelApi 1.12 the minimum, a SupportUrl.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/** Runs the validator on a copy of the project's manifest (changed by `edit`); its exit and output. */
function validate(edit: (xml: string) => string = (x) => x): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-manifest-"));
  fs.mkdirSync(path.join(dir, "scripts"));
  fs.cpSync(path.join(root, "assets"), path.join(dir, "assets"), { recursive: true });
  fs.copyFileSync(
    path.join(root, "scripts/validate-manifest.sh"),
    path.join(dir, "scripts/validate-manifest.sh"),
  );
  fs.writeFileSync(path.join(dir, "manifest.xml"), edit(manifest));
  try {
    const output = execFileSync("bash", ["scripts/validate-manifest.sh"], {
      cwd: dir,
      encoding: "utf8",
      stdio: "pipe",
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: `${e.stdout}${e.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("manifest.xml", () => {
  test("passes the offline validator", () => {
    expect(validate()).toEqual({ ok: true, output: expect.stringContaining("CustomFunctionsRuntime 1.3") });
  });

  test("has no TaskpaneId, declares CustomFunctionsRuntime 1.3 and ExcelApi 1.12, and a SupportUrl", () => {
    expect(manifest).not.toMatch(/<TaskpaneId>/);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.3"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.12"\/>/);
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/[^"]+"\/>/);
  });

  test.each([
    [
      "a TaskpaneId under the shared-runtime host",
      (x: string) =>
        x.replace(
          '<Action xsi:type="ShowTaskpane">',
          '<Action xsi:type="ShowTaskpane"><TaskpaneId>Tieout.Pane</TaskpaneId>',
        ),
      "TaskpaneId",
    ],
    [
      "no CustomFunctionsRuntime",
      (x: string) => x.replace(/<Set Name="CustomFunctionsRuntime"[^>]*\/>/, ""),
      "CustomFunctionsRuntime 1.3",
    ],
    ["no SupportUrl", (x: string) => x.replace(/<SupportUrl[^>]*\/>/, ""), "SupportUrl"],
  ])("the validator refuses %s", (_case, edit, said) => {
    const result = validate(edit);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(said);
  });
});
