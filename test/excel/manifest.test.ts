// The manifest as Excel reads it: no <TaskpaneId> under the shared-runtime host, CustomFunctionsRuntime
// 1.3 declared (custom error messages), ExcelApi 1.12 the minimum, a SupportUrl. The offline validator
// (scripts/validate-manifest.sh) needs xmllint, so its own tests are in test/e2e/manifest.js.
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("has no TaskpaneId, declares CustomFunctionsRuntime 1.3 and ExcelApi 1.12, and a SupportUrl", () => {
    expect(manifest).not.toMatch(/<TaskpaneId>/);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.3"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.12"\/>/);
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/[^"]+"\/>/);
  });
});
