// The task pane's only door to Excel. Each action is one Excel.run with a fixed number of syncs.
import { ExcelGateway } from "./types";
import { readRange, readSelection, readUsedRange, readUsedRangeOf } from "./read-grid";
import { writeTableToNewSheet } from "./write-table";
import { selectCell } from "./select-cell";
import { clearMarks, markCells } from "./marks";
import { writeReportSheet } from "./report-sheet";
import {
  listTieoutFormulas,
  replaceTieoutFormulasWithValues,
  summariseTieoutFormulas,
} from "./tieout-formulas";
import { writeColumn } from "./write-column";
import { watchWorkbook } from "./watch";

export function createOfficeGateway(): ExcelGateway {
  return {
    readUsedRange,
    readSelection,
    writeTableToNewSheet,
    selectCell,
    markCells: async (marks) => {
      await markCells(marks);
    },
    clearMarks,
    writeReportSheet,
    listTieoutFormulas,
    replaceTieoutFormulasWithValues,
    summariseTieoutFormulas,
    writeColumn,
    readRange,
    readUsedRangeOf,
    watchWorkbook,
  };
}
