// The header words that name each column of a grant list, shared by `tieout forecast` and the pane's
// "Forecast for the selected grants", so a list that one reads the other reads too.
export const GRANT_LIST_HEADERS: Readonly<Record<string, readonly string[]>> = {
  holder: ["holder", "name", "employee", "grantee", "stakeholder"],
  grantDate: ["grant date", "grant", "date", "grantdate"],
  shares: ["shares", "quantity", "options"],
  schedule: ["schedule"],
  rounding: ["rounding", "allocation type", "allocation"],
  dayOfMonth: ["day of month", "day-of-month"],
  vestingStart: ["vesting start", "vesting commencement", "vesting start date"],
  terminationDate: ["termination", "termination date"],
  note: ["note"],
};
