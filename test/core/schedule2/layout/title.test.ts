// The title is the schedule's own heading as a person would write it: company, title, caption; never
// column headers, units, page numbers or the sentence a title was mentioned in.
import * as fs from "fs";
import * as path from "path";
import { readSchedules } from "../../../../src/core/schedule2";
import { scheduleTitle, titleFromLines } from "../../../../src/core/schedule2/layout/title";
import { FIXTURES_DIR, readShared } from "../../../support/shared";

const read = readShared;
const titleOf = (file: string) => readSchedules(read(file))[0].title;

describe("titles of real schedules", () => {
  test("the seed: title, company and caption lines, without the units line", () => {
    expect(titleOf("seeds/schedule-ii-valuation-and-qualifying-accounts.txt")).toBe(
      "SCHEDULE II · LANTRONIX, INC. · CONSOLIDATED VALUATION AND QUALIFYING ACCOUNTS",
    );
  });

  test("a flattened table (16) stops where its units caption and column headers begin", () => {
    expect(titleOf("fixtures/schedule2/16_crompton_knowles_fy1994.txt")).toBe(
      "Schedule VIII CROMPTON & KNOWLES CORPORATION AND SUBSIDIARIES Valuation and Qualifying Accounts",
    );
  });

  test("a title quoted inside a sentence (02) gives the title alone", () => {
    expect(titleOf("fixtures/schedule2/02_roanoke_electric_steel_fy2003.html")).toBe(
      "Schedule II - Valuation and Qualifying Accounts",
    );
  });

  test("the company printed just above the title (09) comes first, the years caption after", () => {
    expect(titleOf("fixtures/schedule2/09_abbott_fy2023.html")).toBe(
      "ABBOTT LABORATORIES AND SUBSIDIARIES · SCHEDULE II VALUATION AND QUALIFYING ACCOUNTS · FOR THE YEARS ENDED DECEMBER 31, 2023, 2022 AND 2021",
    );
  });

  test("HTML blocks before an inline-XBRL table (07) are read as separate lines, the total held to 160 characters", () => {
    const title = titleOf("fixtures/schedule2/07_ibm_fy2024.html");
    // The fourth line, "For the Years Ended December 31", would take the title to 171 characters.
    expect(title).toBe(
      "SCHEDULE II · INTERNATIONAL BUSINESS MACHINES CORPORATION AND SUBSIDIARY COMPANIES · VALUATION AND QUALIFYING ACCOUNTS AND RESERVES",
    );
  });

  test("a title followed by a lead-in paragraph (06) leaves the paragraph out", () => {
    expect(titleOf("fixtures/schedule2/06_alphabet_fy2024.html")).toBe(
      "Schedule II: Valuation and Qualifying Accounts",
    );
  });

  test("one cell per line (51): the title is found above the column headers", () => {
    expect(titleOf("fixtures/schedule2/51_invacare_fy2019.txt")).toBe(
      "Schedule II - Valuation and Qualifying Accounts",
    );
  });

  test("every title of the 18 fixtures names the schedule and stays within 160 characters", () => {
    const dir = FIXTURES_DIR;
    for (const name of fs.readdirSync(dir).filter((n) => /\.(html|txt)$/.test(n))) {
      const title = readSchedules(fs.readFileSync(path.join(dir, name), "utf8"))[0].title;
      expect(title).toMatch(/schedule (?:ii|viii)|valuation and qualifying/i);
      expect(title.length).toBeLessThanOrEqual(160);
      expect(title).not.toMatch(/\bin (?:thousands|millions)\b|balance at|\bthe table below\b/i);
    }
  });
});

describe("titleFromLines", () => {
  test("skips page numbers and stops at a period label or column header", () => {
    expect(
      titleFromLines([
        "F-35",
        "SCHEDULE II",
        "VALUATION AND QUALIFYING ACCOUNTS",
        "Year ended June 30, 2002:",
        "Other",
      ]),
    ).toBe("SCHEDULE II · VALUATION AND QUALIFYING ACCOUNTS");
    expect(titleFromLines(["Schedule II", "Balance at beginning of year   Additions"])).toBe("Schedule II");
  });

  test("a line above the title is included only when it names a company", () => {
    expect(titleFromLines(["Item 15. Exhibits", "Schedule II"])).toBe("Schedule II");
    expect(titleFromLines(["Acme Holdings, Inc.", "Schedule II"])).toBe("Acme Holdings, Inc. · Schedule II");
  });

  test("a title printed twice (a page header, then the heading) is said once", () => {
    // 211 (Deckers) and 250 (Clean Harbors) print the title as a page header and then as a heading.
    expect(
      titleFromLines([
        "Schedule II VALUATION AND QUALIFYING ACCOUNTS",
        "Schedule II",
        "VALUATION AND QUALIFYING ACCOUNTS",
      ]),
    ).toBe("Schedule II VALUATION AND QUALIFYING ACCOUNTS");
    expect(
      titleFromLines([
        "SCHEDULE II-VALUATION AND QUALIFYING ACCOUNTS",
        "SCHEDULE II—VALUATION AND QUALIFYING ACCOUNTS",
      ]),
    ).toBe("SCHEDULE II-VALUATION AND QUALIFYING ACCOUNTS");
    // 228 (Tootsie Roll): the heading runs on into the units.
    expect(
      titleFromLines([
        "SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS",
        "SCHEDULE II – VALUATION AND QUALIFYING ACCOUNTS (in thousands)",
      ]),
    ).toBe("SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS");
    // 235 (Skechers): a short heading, then the full one: the full one stands for both.
    expect(
      titleFromLines([
        "Valuation and Qualifying Accounts",
        "SCHEDULE II — VALUATION AND QUALIFYING ACCOUNTS",
      ]),
    ).toBe("SCHEDULE II — VALUATION AND QUALIFYING ACCOUNTS");
    // A caption that says something new stays, even when it shares a word with the title.
    expect(
      titleFromLines(["SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS", "Allowance for Doubtful Accounts"]),
    ).toBe("SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS · Allowance for Doubtful Accounts");
  });

  test("an over-long title line is cut at a word and marked", () => {
    const long = `SCHEDULE II VALUATION AND QUALIFYING ACCOUNTS OF ${"VERY LONG NAME ".repeat(12)}`;
    const title = titleFromLines([long])!;
    expect(title.length).toBeLessThanOrEqual(160);
    expect(title.endsWith("…")).toBe(true);
    // Cut between two words of the line, never inside one.
    expect(long.startsWith(`${title.slice(0, -1)} `)).toBe(true);
  });

  test("no line names the schedule: null, and scheduleTitle gives the standard title", () => {
    expect(titleFromLines(["Allowance for doubtful accounts", "(in thousands)"])).toBeNull();
    expect(scheduleTitle("Allowance for doubtful accounts", ["Balance at beginning"])).toBe(
      "Schedule II · Valuation and Qualifying Accounts",
    );
  });
});
