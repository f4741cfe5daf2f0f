// `tieout ocf import|export` and `tieout forecast` on OCF's samples and on grant lists.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SHARED_DIR } from "../support/shared";
import { tieout } from "./run";

const OCF = path.join(SHARED_DIR, "ocf/samples");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-ocf-"));

describe("tieout ocf import", () => {
  it("prints the schedule of expressible terms and names the refused ones with their condition", async () => {
    const run = await tieout("ocf", "import", path.join(OCF, "VestingTerms.ocf.json"));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "4yr-1yr-cliff-schedule: 25% at 12 months, then 75% monthly over 36 months  (rounding cumulative-rounding, day of month start)",
    );
    expect(run.stderr).toContain("custom-vesting-100pct-upfront: not imported:");
    expect(run.stderr).toContain("condition 'full-vesting' vests on an event (VESTING_EVENT)");
  });

  it("reads a manifest's files and writes the issuances as a grant list that forecast reads", async () => {
    const grants = path.join(tmp, "grants.csv");
    const run = await tieout(
      "ocf",
      "import",
      path.join(OCF, "Manifest.ocf.json"),
      "--as-of",
      "2023-08-01",
      "--out",
      grants,
    );
    expect(run.stdout).toContain("Wrote 14 grants to");
    const lines = fs.readFileSync(grants, "utf8").trim().split("\n");
    expect(lines[0]).toBe(
      "Holder,Security,Grant date,Vesting start,Shares,Schedule,Rounding,Day of month,Vested 2023-08-01,Note",
    );
    // The RSA of 1000 shares granted 2022-02-01: round(1000 · 18/48) = 375 by 2023-08-01.
    expect(lines).toContain(
      'stakeholder-id,S-1,2022-02-01,,1000,"25% at 12 months, then 75% monthly over 36 months",cumulative-rounding,start,375,',
    );
    // Grants vesting on explicit dates have no schedule, so forecast refuses them by row.
    const forecast = await tieout("forecast", grants, "--from", "2023-01-01", "--to", "2023-12-31");
    expect(forecast.code).toBe(2);
    expect(forecast.stderr).toMatch(/row 3: no schedule \(3 explicit vesting dates/);
  });
});

describe("tieout ocf --out", () => {
  it("never replaces an existing file without --force: exit 2, one line, the file untouched", async () => {
    const grants = path.join(tmp, "kept.csv");
    fs.writeFileSync(grants, "my own grant list\n");
    const manifest = path.join(OCF, "Manifest.ocf.json");
    const refused = await tieout("ocf", "import", manifest, "--out", grants);
    expect(refused.code).toBe(2);
    // One line says what is wrong and what to do (main adds its usual pointer to --help).
    expect(refused.stderr.split("\n")[0]).toMatch(
      /--out: .*kept\.csv already exists; add --force to replace it/,
    );
    expect(fs.readFileSync(grants, "utf8")).toBe("my own grant list\n");
    const forced = await tieout("ocf", "import", manifest, "--out", grants, "--force");
    expect(forced.stdout).toContain("Wrote 14 grants to");
    expect(fs.readFileSync(grants, "utf8")).toMatch(/^Holder,Security,Grant date/);
  });

  it("export: the same rule for its --out", async () => {
    const terms = path.join(tmp, "kept.json");
    fs.writeFileSync(terms, "{}\n");
    const args = [
      "ocf",
      "export",
      "--schedule",
      "100% monthly over 48 months, cliff 12 months",
      "--out",
      terms,
    ];
    const refused = await tieout(...args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists; add --force to replace it");
    expect(fs.readFileSync(terms, "utf8")).toBe("{}\n");
    expect((await tieout(...args, "--force")).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(terms, "utf8")).object_type).toBe("VESTING_TERMS");
  });

  it("says so in --help", async () => {
    expect((await tieout("ocf", "--help")).stdout).toContain(
      "--out never replaces an existing file unless --force",
    );
  });
});

describe("tieout ocf export", () => {
  it("prints OCF VestingTerms that import back to the same schedule", async () => {
    const file = path.join(tmp, "terms.json");
    const exported = await tieout(
      "ocf",
      "export",
      "--schedule",
      "25% at 365 days, then 75% monthly over 36 months",
      "--rounding",
      "front-loaded",
      "--file",
      "--out",
      file,
    );
    expect(exported.code).toBe(0);
    const back = await tieout("ocf", "import", file);
    expect(back).toEqual({
      code: 0,
      stdout:
        "tieout-schedule: 25% at 365 days, then 75% monthly over 36 months  (rounding front-loaded, day of month start)",
      stderr: "",
    });
  });

  it("says what OCF cannot state", async () => {
    const run = await tieout(
      "ocf",
      "export",
      "--schedule",
      "100% monthly over 12 months",
      "--day-of-month",
      "start-minus-one",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "cannot export as OCF: day of month 'start-minus-one' has no OCF VestingDayOfMonth value",
    );
  });
});

describe("tieout forecast", () => {
  const list = path.join(tmp, "list.csv");
  beforeAll(() => {
    fs.writeFileSync(
      list,
      'Grant date,Shares,Schedule\n2003-07-21,1000,\n2004-01-01,480,"100% monthly over 48 months, cliff 12 months"\n,,\n',
    );
  });

  it("sums the grants per quarter (a row without a schedule takes --schedule)", async () => {
    const run = await tieout(
      "forecast",
      list,
      "--from",
      "2004-01-01",
      "--to",
      "2004-06-30",
      "--period",
      "quarter",
      "--schedule",
      "reference-grant",
      "--format",
      "csv",
    );
    // Reference grant: 500 on 2004-01-21, floor(1000·(18+m)/48) after m months: March 541, June floor(604.2) = 604.
    expect(run).toEqual({
      code: 0,
      stdout: "start,end,shares,cumulative\n2004-01-01,2004-03-31,541,541\n2004-04-01,2004-06-30,63,604",
      stderr: "",
    });
  });

  it("refuses a bad period and a missing column, naming them", async () => {
    expect(
      (
        await tieout(
          "forecast",
          list,
          "--from",
          "2004-01-01",
          "--to",
          "2004-06-30",
          "--period",
          "week",
          "--schedule",
          "reference-grant",
        )
      ).stderr,
    ).toContain("unknown period 'week': use month, quarter or year");
    const bad = path.join(tmp, "bad.csv");
    fs.writeFileSync(bad, "When,How many\n2004-01-01,10\n");
    expect((await tieout("forecast", bad, "--from", "2004-01-01", "--to", "2004-06-30")).stderr).toContain(
      "the first row must name a 'Grant date' and a 'Shares' column",
    );
  });
});
