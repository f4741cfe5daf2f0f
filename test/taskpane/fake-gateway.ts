// An in-memory ExcelGateway for the pane's component tests: it records every call, can be told
// to fail or to hang (to see busy states), and answers from sheets the test sets up.
import type {
  CellInput,
  CellMark,
  CellValue,
  ExcelGateway,
  NeedsConfirmation,
  NewSheetTable,
  ReportLine,
  SheetGrid,
  TieoutFormula,
  WorkbookChange,
  WrittenTable,
} from "../../src/excel/types";

type Method = keyof ExcelGateway;

export interface Call {
  method: Method;
  args: unknown[];
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A grid as Excel would read it: text is what a user sees, formulas echo the constants. */
export function sheetGrid(
  sheetName: string,
  values: CellValue[][],
  rowIndex = 0,
  columnIndex = 0,
): SheetGrid {
  const width = Math.max(...values.map((r) => r.length));
  const square = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
  const topLeft = `${columnName(columnIndex)}${rowIndex + 1}`;
  const bottomRight = `${columnName(columnIndex + width - 1)}${rowIndex + square.length}`;
  return {
    sheetName,
    address: `${sheetName}!${topLeft}:${bottomRight}`,
    rowIndex,
    columnIndex,
    values: square,
    text: square.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    numberFormats: square.map((r) => r.map(() => "General")),
    formulas: square,
  };
}

export class FakeGateway implements ExcelGateway {
  calls: Call[] = [];
  usedRange: SheetGrid = sheetGrid("Sheet1", [[""]]);
  selection: SheetGrid = sheetGrid("Sheet1", [[""]]);
  tieoutFormulas: TieoutFormula[] = [];
  /** Non-empty cells writeColumn finds in its target unless told to overwrite. */
  occupiedCells = 0;
  markedCells = 0;
  /** Listeners the pane registered through watchWorkbook and has not stopped. */
  private listeners = new Set<(change: WorkbookChange) => void>();
  private failures = new Map<Method, Error>();
  private holds = new Map<Method, Promise<void>>();

  /** The next calls of `method` reject with `message`. */
  fail(method: Method, message: string): void {
    this.failures.set(method, new Error(message));
  }

  /** Calls of `method` wait until the returned function is called. */
  hold(method: Method): () => void {
    let release = () => {};
    this.holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async enter(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await this.holds.get(method);
    const failure = this.failures.get(method);
    if (failure) throw failure;
  }

  async readUsedRange(): Promise<SheetGrid> {
    await this.enter("readUsedRange", []);
    return this.usedRange;
  }

  async readSelection(): Promise<SheetGrid> {
    await this.enter("readSelection", []);
    return this.selection;
  }

  async writeTableToNewSheet(table: NewSheetTable): Promise<WrittenTable> {
    await this.enter("writeTableToNewSheet", [table]);
    const width = Math.max(...table.rows.map((r) => r.length));
    return {
      sheetName: table.sheetName,
      address: `${table.sheetName}!A1:${columnName(width - 1)}${table.rows.length}`,
    };
  }

  async selectCell(address: string): Promise<void> {
    await this.enter("selectCell", [address]);
  }

  async markCells(marks: CellMark[]): Promise<void> {
    await this.enter("markCells", [marks]);
    this.markedCells += marks.length;
  }

  async clearMarks(): Promise<number> {
    await this.enter("clearMarks", []);
    const cleared = this.markedCells;
    this.markedCells = 0;
    return cleared;
  }

  async writeReportSheet(title: string, lines: ReportLine[], context?: unknown): Promise<string> {
    await this.enter("writeReportSheet", [title, lines, context]);
    return "Tie-out";
  }

  async listTieoutFormulas(): Promise<TieoutFormula[]> {
    await this.enter("listTieoutFormulas", []);
    return this.tieoutFormulas;
  }

  async replaceTieoutFormulasWithValues(): Promise<number> {
    await this.enter("replaceTieoutFormulasWithValues", []);
    const count = this.tieoutFormulas.length;
    this.tieoutFormulas = [];
    return count;
  }

  async writeColumn(
    topLeft: string,
    cells: CellInput[],
    options?: { overwrite?: boolean; numberFormat?: string },
  ): Promise<WrittenTable | NeedsConfirmation> {
    await this.enter("writeColumn", [topLeft, cells, options]);
    const [sheet, cell] = topLeft.split("!");
    const column = cell.replace(/\d+/g, "");
    const firstRow = Number(cell.replace(/\D+/g, ""));
    const address = `${sheet}!${cell}:${column}${firstRow + cells.length - 1}`;
    if (this.occupiedCells > 0 && !options?.overwrite) {
      return { needsConfirmation: true, nonEmptyCount: this.occupiedCells, address };
    }
    return { sheetName: sheet, address };
  }

  /** The grid checked again: the used range if its address is asked for, else the selection's. */
  async readRange(address: string): Promise<SheetGrid> {
    await this.enter("readRange", [address]);
    return [this.usedRange, this.selection].find((g) => g.address === address) ?? this.selection;
  }

  async readUsedRangeOf(sheetName: string): Promise<SheetGrid> {
    await this.enter("readUsedRangeOf", [sheetName]);
    return this.usedRange;
  }

  async watchWorkbook(listener: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    await this.enter("watchWorkbook", []);
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  /** What Excel would tell the pane when the user switches sheets or edits cells. */
  emit(change: WorkbookChange): void {
    for (const listener of this.listeners) listener(change);
  }

  get listening(): number {
    return this.listeners.size;
  }
}
