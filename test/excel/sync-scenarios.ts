// One scenario per gateway action at a given size, shared by the sync-count test and the bench:
// the size is the number of rows read or written, marks made, or TIEOUT formulas replaced.
import { createOfficeGateway } from "../../src/excel/gateway";
import { ExcelGateway } from "../../src/excel/types";
import { installStandin } from "../office-standin/install";
import { StandinSheetSpec, StandinWorkbookSpec } from "../office-standin/install";
import { bigSheet } from "./support";

export interface SyncScenario {
  action: string;
  workbook(size: number): StandinWorkbookSpec;
  /** Set-up that is not measured (e.g. marks to clear). */
  before?(gateway: ExcelGateway, size: number): Promise<unknown>;
  run(gateway: ExcelGateway, size: number): Promise<unknown>;
}

const dataRows = (size: number): StandinWorkbookSpec => ({ sheets: [bigSheet("Data", size)] });
const marks = (size: number) =>
  Array.from({ length: size }, (_, i) => ({
    address: `Data!E${i + 2}`,
    kind: "error" as const,
    note: "does not tie",
  }));

function withTieoutFormulas(size: number): StandinWorkbookSpec {
  const sheet: StandinSheetSpec = bigSheet("Data", size);
  sheet.rows!.forEach(
    (row, i) => i > 0 && row.push({ formula: `=TIEOUT.VESTED(37823,B${i + 1},38039)`, value: i }),
  );
  const table: StandinSheetSpec = {
    name: "Table",
    rows: [
      [{ formula: "=TIEOUT.VESTINGTABLE(37823,1000)", value: "Vest date", spillRows: 2, spillColumns: 1 }],
      [38008],
    ],
  };
  return { sheets: [sheet, table] };
}

export const SYNC_SCENARIOS: SyncScenario[] = [
  { action: "readUsedRange", workbook: dataRows, run: (g) => g.readUsedRange() },
  {
    action: "readSelection",
    workbook: (size) => ({ ...dataRows(size), selection: `Data!A1:E${size + 1}` }),
    run: (g) => g.readSelection(),
  },
  {
    action: "writeTableToNewSheet (+ chart)",
    workbook: dataRows,
    run: (g, size) =>
      g.writeTableToNewSheet({
        sheetName: "Data",
        rows: [
          ["Date", "Shares", "Cumulative"],
          ...Array.from({ length: size }, (_, i) => [37823 + i, 1, `=SUM(B$2:B${i + 2})`]),
        ],
        columnFormats: ["yyyy-mm-dd", "#,##0", "#,##0"],
        boldRows: [0],
        freezeHeader: true,
        chart: { type: "line", title: "Cumulative", categoryColumn: 0, seriesColumns: [1, 2] },
      }),
  },
  { action: "selectCell", workbook: dataRows, run: (g, size) => g.selectCell(`Data!B${size}`) },
  { action: "markCells", workbook: dataRows, run: (g, size) => g.markCells(marks(size)) },
  {
    action: "clearMarks",
    workbook: dataRows,
    before: (g, size) => g.markCells(marks(size)),
    run: (g) => g.clearMarks(),
  },
  {
    action: "writeReportSheet",
    workbook: dataRows,
    run: (g, size) =>
      g.writeReportSheet(
        "Tie-out",
        Array.from({ length: size }, (_, i) => ({
          check: "rollforward",
          severity: i % 2 ? "error" : "warning",
          period: "2002",
          account: `Account ${i + 1}`,
          column: "End",
          expected: i,
          actual: i + 1,
          difference: 1,
          location: `Data!E${i + 2}`,
          message: "does not tie",
        })),
      ),
  },
  { action: "listTieoutFormulas", workbook: withTieoutFormulas, run: (g) => g.listTieoutFormulas() },
  {
    action: "replaceTieoutFormulasWithValues",
    workbook: withTieoutFormulas,
    run: (g) => g.replaceTieoutFormulasWithValues(),
  },
  {
    action: "writeColumn (empty target)",
    workbook: dataRows,
    run: (g, size) =>
      g.writeColumn("Data!G1", [
        "Vested",
        ...Array.from({ length: size }, (_, i) => `=TIEOUT.VESTED(37823,B${i + 2},38039)`),
      ]),
  },
  {
    action: "writeColumn (needs confirmation)",
    workbook: dataRows,
    run: (g, size) => g.writeColumn("Data!E1", ["Vested", ...Array.from({ length: size }, () => 1)]),
  },
];

export interface SyncMeasure {
  syncs: number;
  milliseconds: number;
}

/** Runs one scenario on a fresh stand-in workbook; counts the syncs of the measured action only. */
export async function measure(scenario: SyncScenario, size: number): Promise<SyncMeasure> {
  const standin = installStandin(scenario.workbook(size));
  const gateway = createOfficeGateway();
  await scenario.before?.(gateway, size);
  const syncsBefore = standin.syncCount;
  const start = process.hrtime.bigint();
  await scenario.run(gateway, size);
  const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
  return { syncs: standin.syncCount - syncsBefore, milliseconds };
}
