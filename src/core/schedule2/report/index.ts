// Schedule II report: the JSON contract and the readable text report.
export { toScheduleJson, toReportJson, checkSchedule } from "./json";
export { formatTextReport } from "./text";
