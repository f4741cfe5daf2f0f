// Open Cap Table Format vesting terms to and from Tieout schedules, and OCF issuances as grant lists.
export * from "./types";
export { scheduleToVestingTerms, type ExportOptions } from "./export";
export { vestingTermsToSchedule, type ImportedSchedule } from "./import";
export {
  grantVestedOn,
  grantsFromOcf,
  readOcfObjects,
  type OcfGrant,
  type OcfImport,
  type OcfObject,
} from "./package";
