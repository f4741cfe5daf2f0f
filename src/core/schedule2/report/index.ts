// Schedule II report: the JSON contract and the readable text report.
export { toScheduleJson, toReportJson, checkSchedule } from "./json";
export { formatTextReport, type FileReportJson } from "./text";
export { notesFor, type ReportNoteJson } from "./notes";
