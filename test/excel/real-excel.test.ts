// Excel as it really behaves (issue 8), each behaviour against the strict stand-in: 1904
// workbooks, blank cells by profile, the messages Excel shows, request limits, Share safely with
// error cells, the host, several selected areas and data-type cells, and typed input.
import { createOfficeGateway } from "../../src/excel/gateway";
import { hostProblem, learnDateSystem } from "../../src/excel/host";
import { describeGroup } from "../../src/excel/tieout-formulas";
import { setWorkbookDateSystem } from "../../src/functions/date-system";
import { rollForward, vested, vestingTable } from "../../src/functions/functions";
import { buildVestedColumn } from "../../src/taskpane/vesting/vested-column";
import { installStandin, StandinSheetSpec } from "../office-standin/install";

const gateway = createOfficeGateway();
const TIEOUT = { VESTED: vested, VESTINGTABLE: vestingTable, ROLLFORWARD: rollForward } as unknown as Record<
  string,
  (...args: unknown[]) => unknown
>;

afterEach(() => setWorkbookDateSystem(null));

const grants = (rows: unknown[][]): StandinSheetSpec => ({
  name: "Grants",
  rows: [["Grant date", "Shares"], ...rows] as StandinSheetSpec["rows"],
});

describe("1. a 1904 workbook", () => {
  it("DATE and functions.date answer in its system, and the pane learns it", async () => {
    installStandin({ dateSystem: 1904, sheets: [{ name: "S" }] });
    expect(await learnDateSystem()).toBe(1904);
    installStandin({ sheets: [{ name: "S" }] });
    expect(await learnDateSystem()).toBe(1900);
  });

  it("reads a typed date as the right 1900 serial (2003-07-21 is 37823, not 36361)", async () => {
    installStandin({ dateSystem: 1904, sheets: [grants([[{ typed: "7/21/2003" }, 1000]])] });
    const grid = await gateway.readUsedRange();
    expect(grid.dateSystem).toBe(1904);
    expect(grid.values[1]).toEqual([37823, 1000]);
  });

  it("round-trips a vested-as-of column: VESTED gets 1904 and Excel computes the right shares", async () => {
    const standin = installStandin({
      dateSystem: 1904,
      selection: "Grants!A1:B3",
      sheets: [
        grants([
          [{ typed: "7/21/2003" }, 1000],
          [{ typed: "2003-07-21" }, 18],
        ]),
      ],
    });
    const column = await buildVestedColumn(await gateway.readSelection(), {
      asOf: "2004-02-21",
      schedule: "",
      rounding: "",
    });
    await gateway.writeColumn(column.topLeft, column.cells);
    expect(standin.cell("Grants!C2").formula).toBe("=TIEOUT.VESTED(A2,B2,DATE(2004,2,21),,,,1904)");
    await learnDateSystem();
    const results = standin.calculate(TIEOUT);
    // The reference grant: 50% at 6 months (500) and one month of the monthly half (20).
    expect(results.get("Grants!C2")).toEqual({ value: 520 });
    expect(results.get("Grants!C3")).toEqual({ value: 9 });
  });

  it("writes an inserted vesting table's dates as 1904 serials that show the same dates", async () => {
    const standin = installStandin({ dateSystem: 1904, sheets: [{ name: "S" }] });
    await gateway.writeTableToNewSheet({
      sheetName: "Vesting",
      rows: [
        ["Vest date", "Shares"],
        [38008, 500],
      ],
      columnFormats: ["yyyy-mm-dd", "#,##0"],
    });
    expect(standin.cell("Vesting!A2")).toMatchObject({ value: 38008 - 1462 });
    expect(standin.cell("Vesting!B2").value).toBe(500);
  });

  it("a VESTED formula without 1904 in a 1904 workbook shows #VALUE! saying what to add", async () => {
    const standin = installStandin({
      dateSystem: 1904,
      sheets: [
        grants([[{ typed: "7/21/2003" }, 1000, { formula: "=TIEOUT.VESTED(A2,B2,DATE(2004,2,21))" }]]),
      ],
    });
    await learnDateSystem();
    const result = standin.calculate(TIEOUT).get("Grants!C2");
    expect(result).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/1904 date system.*add 1904/),
    });
  });

  it("a function that ran before the pane learnt the system is recalculated", async () => {
    const standin = installStandin({ dateSystem: 1904, sheets: [{ name: "S" }] });
    vested(37823 - 1462, 1000, 38038 - 1462); // computed before the probe: nothing said which system
    await learnDateSystem();
    expect(standin.model.writes.map((w) => w.what)).toContain("application.calculate Full");
  });
});

describe("2. blank cells mean omitted on both profiles", () => {
  test.each(["desktop", "web"] as const)(
    "%s: an empty termination, schedule and rounding cell",
    (profile) => {
      const standin = installStandin(
        { profile, sheets: [{ name: "G", rows: [[37823, 1000, 38038, null, null, null]] }] },
        globalThis as never,
        { customFunctions: true },
      );
      const refs = ["A1", "B1", "C1", "D1", "E1", "F1"].map((ref) => ({ ref: `G!${ref}` }));
      expect(standin.callFunction(vested as never, refs)).toEqual({ value: 520 });
      expect(standin.callFunction(vested as never, [refs[0], refs[1], refs[2]])).toEqual({ value: 520 });
    },
  );

  test.each(["desktop", "web"] as const)("%s: an empty as-of cell says it is empty", (profile) => {
    const standin = installStandin(
      { profile, sheets: [{ name: "G", rows: [[37823, 1000]] }] },
      globalThis as never,
      {
        customFunctions: true,
      },
    );
    const result = standin.callFunction(vested as never, [{ ref: "G!A1" }, { ref: "G!B1" }, { ref: "G!C1" }]);
    expect(result).toEqual({
      error: "#VALUE!",
      message:
        profile === "web"
          ? "asOf is required: use a date or YYYY-MM-DD"
          : expect.stringMatching(/^asOf is empty or 0/),
    });
  });
});

describe("3. every bad argument shows its message in Excel", () => {
  test.each([
    ["negative shares", [37823, -1000, 38038], /^shares: /],
    ["fractional shares", [37823, 10.5, 38038], /^shares: /],
    ["a date after 9999", [37823, 1000, 2958466], /^asOf: /],
    ["an unknown schedule", [37823, 1000, 38038, "whenever"], /^schedule: /],
  ])("%s", (_case, args, message) => {
    const standin = installStandin({ sheets: [{ name: "S" }] }, globalThis as never, {
      customFunctions: true,
    });
    const result = standin.callFunction(vested as never, args as never);
    expect(result).toEqual({ error: "#VALUE!", message: expect.stringMatching(message) });
  });
});

describe("4. request limits on the web", () => {
  const wide = (rows: number): StandinSheetSpec => {
    const out: unknown[][] = [["Account", "A", "B", "C", "D", "E", "F", "G", "H", "I", "Note"]];
    for (let i = 1; i <= rows; i++)
      out.push([
        `Allowance for doubtful accounts ${i}`,
        i,
        2 * i,
        3 * i,
        4,
        5,
        6,
        7,
        8,
        9,
        `Row ${i} note text`,
      ]);
    return { name: "Big", rows: out as StandinSheetSpec["rows"] };
  };

  it("reads a 20,000 × 11 sheet in blocks, each under 5 MB, in a bounded number of syncs", async () => {
    const standin = installStandin({ profile: "web", sheets: [wide(20000)] });
    const grid = await gateway.readUsedRange();
    expect(grid.values).toHaveLength(20001);
    expect(grid.values[20000][1]).toBe(20000);
    expect(standin.lastRunSyncs).toBeLessThanOrEqual(1 + Math.ceil((20001 * 11) / 20000) + 1);
  });

  it("the same sheet in one request is refused by the web profile (what the blocks avoid)", async () => {
    installStandin({ profile: "web", sheets: [wide(20000)] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Big")
          .getUsedRange()
          .load("values, text, numberFormat, formulas");
        await context.sync();
      }),
    ).rejects.toThrow(/PayloadSizeLimitExceeded/);
  });

  it("writes a vested-as-of column for 20,000 grants on the web", async () => {
    const rows = Array.from({ length: 20000 }, (_, i) => [
      { value: 37823 + (i % 300), numberFormat: "m/d/yyyy" },
      1000 + i,
    ]);
    const standin = installStandin({ profile: "web", selection: "Grants!A1:B20001", sheets: [grants(rows)] });
    const column = await buildVestedColumn(await gateway.readSelection(), {
      asOf: "2004-02-21",
      schedule: "",
      rounding: "",
    });
    await gateway.writeColumn(column.topLeft, column.cells);
    expect(standin.cell("Grants!C20001").formula).toBe("=TIEOUT.VESTED(A20001,B20001,DATE(2004,2,21))");
    expect(standin.lastRunSyncs).toBeLessThanOrEqual(6);
  });

  it("writes a vested-as-of column of 150,000 grants in blocks, where one request would be refused", async () => {
    const count = 150000;
    const rows = Array.from({ length: count }, (_, i) => [
      { value: 37823 + (i % 300), numberFormat: "m/d/yyyy" },
      1000 + i,
    ]);
    const standin = installStandin({
      profile: "web",
      selection: `Grants!A1:B${count + 1}`,
      sheets: [grants(rows)],
    });
    const column = await buildVestedColumn(await gateway.readSelection(), {
      asOf: "2004-02-21",
      schedule: "",
      rounding: "",
    });
    // The same formulas in one request are over the web's 5 MB: the column must go in blocks.
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Grants").getRange(`D1:D${column.cells.length}`).formulas =
          column.cells.map((cell) => [typeof cell === "string" ? cell : ""]);
        await context.sync();
      }),
    ).rejects.toThrow(/PayloadSizeLimitExceeded/);
    await gateway.writeColumn(column.topLeft, column.cells);
    expect(standin.cell(`Grants!C${count + 1}`).formula).toBe(
      `=TIEOUT.VESTED(A${count + 1},B${count + 1},DATE(2004,2,21))`,
    );
    // Reads and writes in blocks: the syncs grow with the blocks (a few per 5 MB), not with the rows.
    expect(standin.lastRunSyncs).toBeGreaterThan(2);
    expect(standin.lastRunSyncs).toBeLessThanOrEqual(30);
  });

  it("writes a 15,000-line report on the web", async () => {
    const standin = installStandin({ profile: "web", sheets: [{ name: "S" }] });
    const line = {
      check: "rollforward" as const,
      severity: "error" as const,
      period: "Year ended December 31, 2024",
      account: "Allowance for doubtful accounts and sales returns",
      column: "Balance at end",
      expected: 479,
      actual: 480,
      difference: 1,
      location: "S!F4",
      message: "Roll-forward: 562 + 220 + 0 − 303 = 479, but the balance at end is printed as 480",
    };
    const name = await gateway.writeReportSheet(
      "Report",
      Array.from({ length: 15000 }, () => line),
    );
    expect(standin.sheet(name).cells.size).toBeGreaterThan(15000 * 10);
    expect(standin.lastRunSyncs).toBeLessThanOrEqual(12);
  });

  it("writes a 30,000-line report in blocks, where one request would be refused", async () => {
    const standin = installStandin({ profile: "web", sheets: [{ name: "S" }] });
    const line = (i: number) => ({
      check: "rollforward" as const,
      severity: "error" as const,
      period: "Year ended December 31, 2024",
      account: `Allowance for doubtful accounts and sales returns, segment ${i}`,
      column: "Balance at end",
      expected: 479,
      actual: 480,
      difference: 1,
      location: `S!F${i + 4}`,
      message: `2024 · Allowance ${i}: begin 562 + additions 220 − deductions 303 = 479, reported 480 (difference +1)`,
    });
    const lines = Array.from({ length: 30000 }, (_, i) => line(i));
    // The lines' text alone, in one request, is over the web's 5 MB.
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:D30000").values = lines.map((l) => [
          l.message,
          l.account,
          l.period,
          l.location,
        ]);
        await context.sync();
      }),
    ).rejects.toThrow(/PayloadSizeLimitExceeded/);
    const name = await gateway.writeReportSheet("Report", lines);
    expect(standin.sheet(name).cells.size).toBeGreaterThan(30000 * 10);
    expect(standin.lastRunSyncs).toBeGreaterThan(2);
    expect(standin.lastRunSyncs).toBeLessThanOrEqual(30);
  });

  it("says clearly when a sheet is beyond reach", async () => {
    installStandin({ sheets: [{ name: "Far", rows: [["x"]] }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Far").getRange("XFD400").values = [["y"]];
      await context.sync();
    });
    await expect(gateway.readUsedRange()).rejects.toThrow(
      /Far!A1:XFD400 has 6,553,600 cells, more than Excel lets an add-in read .*Select the table itself/,
    );
  });
});

describe("5. Share safely keeps formulas that show an error or #BUSY!", () => {
  it("replaces the others, and summarises per sheet and range", async () => {
    const rows = Array.from({ length: 4 }, (_, i) => [
      {
        formula: `=TIEOUT.VESTED(A${i + 1},B${i + 1},C${i + 1})`,
        value: i === 1 ? "#BUSY!" : i === 2 ? "#VALUE!" : 520,
      },
    ]);
    const standin = installStandin({ sheets: [{ name: "S", rows }] });
    const groups = await gateway.summariseTieoutFormulas!();
    expect(groups.map(describeGroup)).toEqual(["S!A1:A4, 4 formulas (2 showing an error, kept as formulas)"]);
    expect(await gateway.replaceTieoutFormulasWithValues()).toBe(2);
    expect(standin.cell("S!A1")).toMatchObject({ value: 520, formula: null });
    expect(standin.cell("S!A2").formula).toBe("=TIEOUT.VESTED(A2,B2,C2)");
    expect(standin.cell("S!A3").formula).toBe("=TIEOUT.VESTED(A3,B3,C3)");
  });
});

describe("6. the host", () => {
  it("outside Office, onReady reports no host and the pane says what to do", async () => {
    const standin = installStandin({ host: null, sheets: [{ name: "S" }] });
    const info = await (standin.Office as { onReady(): Promise<{ host: string | null }> }).onReady();
    expect(info.host).toBeNull();
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
    expect(hostProblem(info)).toMatch(/runs inside Excel.*Open a workbook in Excel/);
    expect(hostProblem({ host: "Word" })).toMatch(/this is Word/);
  });

  it("in Excel there is nothing to say", async () => {
    const standin = installStandin({ sheets: [{ name: "S" }] });
    expect(
      hostProblem(await (standin.Office as { onReady(): Promise<{ host: string }> }).onReady()),
    ).toBeNull();
  });
});

describe("9. selections and data types", () => {
  it("several selected areas: select one range", async () => {
    installStandin({ selection: "S!A1:A3,S!C1:C3", sheets: [{ name: "S", rows: [[1, 2, 3]] }] });
    await expect(gateway.readSelection()).rejects.toThrow(
      /Select one range: the selection has 2 separate areas/,
    );
  });

  it("a stock or a place as an argument is refused by name", () => {
    const standin = installStandin(
      {
        sheets: [
          {
            name: "S",
            rows: [
              [
                { value: "Microsoft", dataType: { type: "LinkedEntity", text: "Microsoft Corp" } },
                1000,
                38038,
              ],
            ],
          },
        ],
      },
      globalThis as never,
      { customFunctions: true },
    );
    const result = standin.callFunction(vested as never, [{ ref: "S!A1" }, { ref: "S!B1" }, { ref: "S!C1" }]);
    expect(result).toEqual({
      error: "#VALUE!",
      message:
        'grantDate: the cell holds a LinkedEntity data type ("Microsoft Corp"), not a plain value; refer to a cell holding a number, date or text',
    });
  });
});

describe("10. typed input as Excel sends it", () => {
  const typed = (...cells: string[]) =>
    installStandin(
      { sheets: [{ name: "T", rows: [cells.map((typed) => ({ typed }))] }] },
      globalThis as never,
      {
        customFunctions: true,
      },
    );
  const refs = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ ref: `T!${String.fromCharCode(65 + i)}1` }));

  it("dates typed either way reach VESTED as serials", () => {
    const standin = typed("7/21/2003", "1000", "Feb 21, 2004");
    expect(standin.callFunction(vested as never, refs(3))).toEqual({ value: 520 });
  });

  it("'$1,234', '(473)', '12%' reach ROLLFORWARD as numbers", () => {
    const standin = typed("$1,234", "(473)", "12%", "1,000");
    expect(standin.cell("T!A1")).toMatchObject({ value: 1234 });
    expect(standin.cell("T!B1")).toMatchObject({ value: -473 });
    expect(standin.cell("T!C1")).toMatchObject({ value: 0.12, numberFormat: "0%" });
    expect(
      standin.callFunction(
        rollForward as never,
        refs(4).map((r) => ({ ref: r.ref })),
      ),
    ).toEqual({
      value: [[1234 - 473 + 0.12 - 1000]],
    });
  });

  it("#N/A typed is an error: Excel shows it without calling the function", () => {
    const standin = typed("#N/A", "1000", "2004-02-21");
    expect(standin.callFunction(vested as never, refs(3))).toEqual({ error: "#N/A", message: null });
  });

  it("text after an apostrophe arrives as text without it", () => {
    const standin = typed("'2003-07-21", "'1000", "'#N/A");
    expect(standin.cell("T!A1")).toMatchObject({ value: "2003-07-21", isError: false });
    const result = standin.callFunction(vested as never, refs(3));
    expect(result).toEqual({
      error: "#VALUE!",
      message: "asOf: '#N/A' is not a date; use a date or YYYY-MM-DD",
    });
  });

  it("the readers get what Excel holds: numbers for figures, the text as displayed", async () => {
    typed("$1,234", "(473)", "12%");
    const grid = await gateway.readUsedRange();
    expect(grid.values[0]).toEqual([1234, -473, 0.12]);
    expect(grid.text[0][2]).toBe("12%");
  });
});
