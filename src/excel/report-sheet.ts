// The "Tie-out" report: one row per finding with a symbol (✗ ⚠ ✓) as well as a colour, and a
// link to the cell. Text from a filing is written as text, never as a formula.
import { ReportLine } from "./types";
import { qualifiedAddress, splitAddress, parseBlock } from "./address";
import { FormulaCell, numberCell, textCell } from "./cells";
import { uniqueSheetName } from "./sheet-names";
import { layoutOfCells, TableLayout } from "./table-layout";
import { renderTable } from "./render-table";
import { existingSheetName, loadSheetNames, runExcel } from "./run";

export const REPORT_SHEET = "Tie-out";
const HEADER = [
  "Status",
  "Check",
  "Severity",
  "Period",
  "Account",
  "Column",
  "Expected",
  "Reported",
  "Difference",
  "Cell",
  "Message",
];
const SYMBOLS: Record<string, { symbol: string; colour: string }> = {
  error: { symbol: "✗", colour: "#9C0006" },
  warning: { symbol: "⚠", colour: "#9C5700" },
};
const PASSED = { symbol: "✓", colour: "#006100" };
const styleOf = (severity: string) => SYMBOLS[severity] ?? PASSED;

const quoteText = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A link to the cell when the location is one (`Seed!C5` or `C5` on the checked sheet). */
function locationCell(location: string, checkedSheet: string): FormulaCell {
  try {
    const { sheetName, local } = splitAddress(location);
    parseBlock(local);
    const address = qualifiedAddress(sheetName ?? checkedSheet, local);
    const target = `#'${(sheetName ?? checkedSheet).replace(/'/g, "''")}'!${local}`;
    return `=HYPERLINK(${quoteText(target)},${quoteText(address)})`;
  } catch {
    return textCell(location); // e.g. "line 12" of a pasted filing
  }
}

function lineRow(line: ReportLine, checkedSheet: string, n: number): FormulaCell[] {
  const where = `report line ${n}`;
  return [
    styleOf(line.severity).symbol,
    textCell(line.check),
    textCell(line.severity),
    textCell(line.period),
    textCell(line.account),
    textCell(line.column),
    numberCell(line.expected, where),
    numberCell(line.actual, where),
    numberCell(line.difference, where),
    line.location ? locationCell(line.location, checkedSheet) : "",
    textCell(line.message),
  ];
}

function reportLayout(title: string, lines: ReportLine[], checkedSheet: string): TableLayout {
  const body = lines.length
    ? lines.map((line, i) => lineRow(line, checkedSheet, i + 1))
    : [[PASSED.symbol, "All checks", "", "", "", "", "", "", "", "", "Nothing to report: every check ties."]];
  const titleRow = [textCell(title), ...HEADER.slice(1).map(() => "")];
  return layoutOfCells({ sheetName: REPORT_SHEET, headerRow: 1, boldRows: [0, 1], freezeHeader: true }, [
    titleRow,
    HEADER,
    ...body,
  ]);
}

/** Writes the report on a fresh "Tie-out" sheet, replacing an older one; returns its name. */
export async function writeReportSheet(title: string, lines: ReportLine[]): Promise<string> {
  return runExcel("Writing the Tie-out report", async (context) => {
    const sheets = loadSheetNames(context);
    const active = sheets.getActiveWorksheet().load("name");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const layout = reportLayout(title, lines, active.name);
    const sheet = sheets.add(uniqueSheetName(REPORT_SHEET, names));
    renderTable(sheet, layout);
    const colours = lines.length ? lines.map((line) => styleOf(line.severity).colour) : [PASSED.colour];
    colours.forEach((colour, i) => (sheet.getRangeByIndexes(i + 2, 0, 1, 1).format.font.color = colour));
    const older = existingSheetName(names, REPORT_SHEET);
    if (older !== null) {
      sheets.getItem(older).delete();
      sheet.name = REPORT_SHEET;
    }
    sheet.activate();
    await context.sync();
    return REPORT_SHEET;
  });
}
