// `tieout check` says what it set aside (issue 7 item 5): a table called Schedule II that is not a
// schedule of valuation and qualifying accounts is named in the text report and in the JSON's
// "notes" field, which is added beside the contract's fields (DESIGN.md), never in their place.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { RELATED_PARTY_NOTE } from "../../src/core/schedule2/classify";
import { textSubmission } from "../fixtures/filings/generate";
import { SEED, tempDir } from "./fixtures";
import { tieout } from "./run";

const dir = tempDir("tieout-notes-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The pre-1995 Schedule II (Regulation S-X): amounts receivable from related parties.
const RELATED_PARTY = [
  "                                   SCHEDULE II",
  "",
  "           AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,",
  "              PROMOTERS, AND EMPLOYEES OTHER THAN RELATED PARTIES",
  "",
  "<TABLE>",
  "<CAPTION>",
  "                      Balance at                 Deductions           Balance at end of period",
  "                      beginning               Amounts    Amounts     -------------------------",
  "Name of debtor        of period   Additions  collected  written off   Current   Not current",
  "<S>                   <C>         <C>        <C>        <C>          <C>        <C>",
  "Year ended December 31, 1993:",
  "  J. Smith (a)          120,000     15,000     35,000         -        20,000     80,000",
  "</TABLE>",
].join("\n");

// Schedule VIII of the same filing: 1,200 + 450 − 380 = 1,270 and 1,100 + 400 − 300 = 1,200 tie.
const SCHEDULE_VIII = [
  "                                  SCHEDULE VIII",
  "                        VALUATION AND QUALIFYING ACCOUNTS",
  "                                 (In thousands)",
  "<TABLE>",
  "<CAPTION>",
  "                                   Balance at     Additions                    Balance at",
  "                                   beginning      charged to                   end of",
  "Description                        of year        expense       Deductions     year",
  "<S>                                <C>            <C>           <C>            <C>",
  "Allowance for doubtful accounts:",
  "  1993                               1,200           450           380          1,270",
  "  1992                               1,100           400           300          1,200",
  "</TABLE>",
].join("\n");

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe("a 1993 filing whose only Schedule II is the related-party one", () => {
  const file = write("old-schedule-ii.txt", textSubmission(RELATED_PARTY, 60_000));
  const line =
    textSubmission(RELATED_PARTY, 60_000)
      .split("\n")
      .findIndex((l) => l.trim() === "SCHEDULE II") + 1;

  test("the text report says no schedule was found and why the Schedule II was not checked", async () => {
    const run = await tieout("check", file);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("No Schedule II found.");
    expect(run.stdout).toContain(`Set aside (line ${line}): ${RELATED_PARTY_NOTE}`);
  });

  test("--json keeps the contract's fields and adds the note", async () => {
    const report = JSON.parse((await tieout("check", file, "--json")).stdout);
    expect(report.file).toBe(file);
    expect(report.schedules).toEqual([]);
    expect(report.notes).toEqual([
      {
        location: `line ${line}`,
        kind: "related-party-receivables",
        evidence: expect.any(String),
        note: RELATED_PARTY_NOTE,
      },
    ]);
  });
});

describe("a filing with the old Schedule II and Schedule VIII", () => {
  const file = write("both.txt", textSubmission(`${RELATED_PARTY}\n\n\n\n${SCHEDULE_VIII}`, 60_000));

  test("Schedule VIII is checked and ties; the Schedule II is named as set aside", async () => {
    const run = await tieout("check", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Ties: no breaks/);
    expect(run.stdout).toContain(`: ${RELATED_PARTY_NOTE}`);
    const report = JSON.parse((await tieout("check", file, "--json")).stdout);
    expect(report.schedules).toHaveLength(1);
    expect(report.schedules[0].rows.map((r: { begin: number; end: number }) => [r.begin, r.end])).toEqual([
      [1200, 1270],
      [1100, 1200],
    ]);
    expect(report.notes.map((n: { kind: string }) => n.kind)).toEqual(["related-party-receivables"]);
  });
});

test("a filing with nothing set aside prints no note and gives an empty notes field", async () => {
  const run = await tieout("check", SEED);
  expect(run.stdout).not.toContain("Set aside");
  const report = JSON.parse((await tieout("check", SEED, "--json")).stdout);
  expect(Object.keys(report)).toEqual(["file", "schedules", "notes"]);
  expect(report.notes).toEqual([]);
});

test("a workbook: the related-party Schedule II sheet is named, the valuation-accounts sheet checked", async () => {
  const book = new ExcelJS.Workbook();
  book
    .addWorksheet("Schedule II")
    .addRows([
      ["SCHEDULE II - AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS, PROMOTERS AND EMPLOYEES"],
      [
        "Name of debtor",
        "Balance at beginning",
        "Additions",
        "Amounts collected",
        "Amounts written off",
        "Balance at end",
      ],
      ["J. Smith", 100, 50, 30, 0, 120],
    ]);
  book
    .addWorksheet("Schedule VIII")
    .addRows([
      ["SCHEDULE VIII - VALUATION AND QUALIFYING ACCOUNTS"],
      [
        "Description",
        "Balance at beginning of year",
        "Charged to expense",
        "Deductions",
        "Balance at end of year",
      ],
      ["Year ended December 31, 1993:"],
      ["Allowance for doubtful accounts", 1200, 450, 380, 1270],
    ]);
  const file = path.join(dir, "book.xlsx");
  await book.xlsx.writeFile(file);
  const run = await tieout("check", file, "--json");
  const report = JSON.parse(run.stdout);
  expect(report.schedules.map((s: { rows: unknown[] }) => s.rows.length)).toEqual([1]);
  expect(report.notes).toEqual([
    expect.objectContaining({ location: "Schedule II", kind: "related-party-receivables" }),
  ]);
  expect((await tieout("check", file)).stdout).toContain(`Set aside (Schedule II): ${RELATED_PARTY_NOTE}`);
});

test("the related-party Schedule II pasted alone (a fragment) is not read whole as a schedule: no false break", async () => {
  const file = write("fragment.txt", RELATED_PARTY);
  const run = await tieout("check", file, "--json");
  const report = JSON.parse(run.stdout);
  // Read as a roll-forward, J. Smith's 120,000 + 15,000 − 35,000 ≠ 80,000 would be a break it does not have.
  expect(report.schedules).toEqual([]);
  expect(report.notes.map((n: { kind: string }) => n.kind)).toEqual(["related-party-receivables"]);
  expect(run.code).toBe(2);
});
