// `npm run bench`: reading .xlsx (issue 11 item 3) must be linear in the cells present. Workbooks of
// 5k, 10k, 20k and 40k rows × 6 columns are written in memory and read back as grids; the time per
// doubling should stay near 2× (it was 3.5–5.5× when every cell re-evaluated sheet.columnCount).
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/cli/xlsx";

async function workbookOf(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Schedule");
  sheet.addRow(["Account", "Begin", "Charged", "Other", "Deductions", "End"]);
  for (let i = 1; i <= rows; i++) sheet.addRow([`Account ${i}`, i, 2 * i, 0, i, 2 * i]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function best(data: Buffer, runs = 3): Promise<number> {
  let fastest = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = process.hrtime.bigint();
    await readWorkbookBuffer(data);
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return fastest;
}

export async function run(): Promise<void> {
  let previous: number | null = null;
  for (const rows of [5_000, 10_000, 20_000, 40_000]) {
    const data = await workbookOf(rows);
    const ms = await best(data);
    const ratio = previous === null ? "" : `  ×${(ms / previous).toFixed(2)} per doubling`;
    console.log(
      `xlsx read ${String(rows).padStart(6)} rows × 6 columns: ${ms.toFixed(0).padStart(6)} ms${ratio}`,
    );
    previous = ms;
  }
}
