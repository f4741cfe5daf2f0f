// The pane's Content-Security-Policy and the dev server's CORS (issue 11, item 13): scripts,
// workers and connections only from our own origin and Microsoft's Office.js CDN, no eval, no
// plugin content, and CORS answered to Office's own origins only, never with a wildcard.
import * as fs from "fs";
import * as path from "path";

jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions: async () => ({}) }));

const root = path.join(__dirname, "../..");
const html = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** The CSP of the page, directive by directive, or null when the page has none. */
function policyOf(page: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page);
  if (!meta) return null;
  const directives = meta[1]
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0] !== "");
  return new Map(directives.map(([name, ...sources]) => [name.toLowerCase(), sources]));
}

/** The sources that apply to a fetch directive (falling back to default-src, as browsers do). */
function sourcesFor(policy: Map<string, string[]>, directive: string): string[] {
  const fallback = directive === "worker-src" ? ["worker-src", "script-src"] : [directive];
  for (const name of [...fallback, "default-src"]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return [];
}

describe("the task pane's Content-Security-Policy", () => {
  const policy = policyOf(html);

  it("is set, before any script or style of the page (a CSP meta covers only what follows it)", () => {
    expect(policy).not.toBeNull();
    const at = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
    expect(at).toBeLessThan(html.search(/<script/i));
    expect(at).toBeLessThan(html.search(/<style/i));
  });

  it("names no host but Microsoft's Office.js CDN, and no wildcard or bare scheme", () => {
    const every = [...policy!.values()].flat();
    for (const source of every) {
      expect(source).not.toMatch(/\*/);
      expect(source).not.toMatch(/^(https?|wss?|blob|filesystem):?$/i);
      if (!source.startsWith("'") && source !== "data:") expect(source).toBe(OFFICE_CDN);
    }
  });

  it("loads scripts only from our origin and the Office.js CDN, without inline script or eval", () => {
    expect([...sourcesFor(policy!, "script-src")].sort()).toEqual(["'self'", OFFICE_CDN].sort());
    // The page's own external script (office.js) must be allowed by it.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gi)].map((m) => new URL(m[1]).origin);
    expect(scripts).toEqual([OFFICE_CDN]);
  });

  it("runs the import reader's Web Worker from our own bundle only (no blob: or data: workers)", () => {
    expect(sourcesFor(policy!, "worker-src")).toEqual(["'self'"]);
    // The worker is a bundle chunk of ours (webpack's `new URL(…, import.meta.url)`), not a blob.
    const client = fs.readFileSync(path.join(root, "src/taskpane/import/worker-client.ts"), "utf8");
    expect(client).toMatch(/new Worker\(new URL\("\.\/read\.worker\.ts", import\.meta\.url\)\)/);
  });

  it("falls back to our own origin, and forbids plugins, a moved base and form posts", () => {
    expect(policy!.get("default-src")).toEqual(["'self'"]);
    expect(policy!.get("object-src")).toEqual(["'none'"]);
    expect(policy!.get("base-uri")).toEqual(["'self'"]);
    expect(policy!.get("form-action")).toEqual(["'none'"]);
    expect(sourcesFor(policy!, "connect-src").every((s) => s === "'self'" || s === OFFICE_CDN)).toBe(true);
  });
});

describe("the dev server's CORS", () => {
  const config = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");

  it("never sends a wildcard Access-Control-Allow-Origin", () => {
    expect(config).not.toMatch(/Access-Control-Allow-Origin["']?\s*:\s*["']\*["']/);
  });

  it("answers Office on the web (it fetches functions.json across origins) and no one else", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js");
    const { devServer } = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(typeof devServer.headers).toBe("function");
    const allowed = (origin?: string) =>
      devServer.headers({ headers: origin ? { origin } : {} })["Access-Control-Allow-Origin"];
    expect(allowed("https://excel.officeapps.live.com")).toBe("https://excel.officeapps.live.com");
    expect(allowed("https://excel.cloud.microsoft")).toBe("https://excel.cloud.microsoft");
    for (const stranger of [
      "https://evil.example",
      "https://excel.officeapps.live.com.evil.example",
      "https://evilofficeapps.live.com",
      "http://excel.officeapps.live.com",
      "null",
      undefined,
    ]) {
      expect({ stranger, header: allowed(stranger) }).toEqual({ stranger, header: undefined });
    }
    expect(devServer.headers({ headers: { origin: "https://evil.example" } }).Vary).toBe("Origin");
  });
});
