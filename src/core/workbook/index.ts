// Sheets described as plain data (SheetPlan), written by the CLI through exceljs and by the
// task pane through Office.js.
export type { PlanCell, PlanFormula, SheetPlan } from "./types";
export { formula, isFormula } from "./types";
export { planCsv, csvField } from "./csv";
export { columnLetters, cellRef, absoluteRef } from "./a1";
export { scheduleSheetPlan, accountingFormat, IMPORT_SHEET } from "./schedule-sheet";
export { vestingSheetPlan, DATE_FORMAT } from "./vesting-sheet";
