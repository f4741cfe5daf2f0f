// --help texts of the tool and of each command.

export const TOOL_HELP = `tieout: exact option vesting and Schedule II tie-outs, outside Excel.

Usage: tieout <command> [options]

Commands:
  vested   shares vested on a date under a grant's vesting schedule
  table    a grant's vesting table (text, CSV, JSON or an .xlsx workbook)
  check    tie out every Schedule II in filings, sheets or CSV files
  import   a filing's Schedule II as a clean .xlsx workbook with live check formulas
  ocf      OCF vesting terms to and from Tieout schedules; OCF issuances as a grant list
  forecast shares vesting per month, quarter or year across a grant list (.csv or .xlsx)

Run 'tieout <command> --help' for a command's options.
Exit codes: 0 success (every schedule ties), 1 breaks found, 2 bad arguments, unreadable input or no schedule found.`;

const GRANT_FLAGS = `  --grant DATE           grant date, YYYY-MM-DD (required)
  --shares N             shares granted (required); whole unless --rounding fractional
  --schedule S           schedule text or preset name
                         (default: "50% at 6 months, then 50% monthly over 24 months")
  --rounding R           cumulative-round-down (default), cumulative-rounding, front-loaded,
                         back-loaded, front-loaded-single, back-loaded-single, fractional
  --day-of-month D       start (default), last, first, start-minus-one, or a day 1-31
  --termination DATE     nothing vests after this date (a tranche dated on it still vests)
  --vesting-start DATE   vesting commencement before the grant date; earlier tranches vest on the grant date`;

export const COMMAND_HELP: Record<string, string> = {
  vested: `Usage: tieout vested --grant DATE --shares N --as-of DATE [options]

Prints the shares vested on the as-of date (a tranche dated on it counts), e.g.
  tieout vested --grant 2003-07-21 --shares 1000 --as-of 2004-02-21   → 520

Options:
${GRANT_FLAGS}
  --as-of DATE           the date to measure on, YYYY-MM-DD (required)
  --json                 print an object: grantDate, shares, asOf, vested, unvested, percent (0-100),
                         nextVestDate, nextVestShares, fullyVestedDate, terminated`,
  table: `Usage: tieout table --grant DATE --shares N [options]

Prints the vesting table: vest date, shares vesting, cumulative, unvested, percent vested.

Options:
${GRANT_FLAGS}
  --format F             text (default, aligned with thousands separators), csv, or json
  --out FILE.xlsx        write a workbook instead: the grant's inputs on top, real dates,
                         cumulative, unvested and percent as formulas; an existing file is never
                         replaced unless --force is given
  --force                replace the --out file if it exists`,
  check: `Usage: tieout check FILE... [--json] [--tolerance N] [--jobs N]

Finds every Schedule II (Valuation and Qualifying Accounts) in each FILE and ties it out:
roll-forward of every row, footing of totals, continuity between years.
FILE may be EDGAR text (a fragment or a whole filing), HTML, .xlsx (every sheet) or .csv.

Options:
  --json                 print the JSON report: for one FILE the object { file, schedules: [...] },
                         for several FILEs an array of those objects, in the order given
  --tolerance N          absolute tolerance in the table's units (default 0: exact)
  --jobs N               files checked at once on worker threads (default: one per core, for
                         batches past about 1 MB); results are printed in the order given, and a
                         long batch shows its progress on a terminal (stderr, never with --json)

Exit codes: 0 every schedule ties, 1 breaks found, 2 a file is unreadable or has no schedule.`,
  import: `Usage: tieout import FILE --out FILE.xlsx [--force]

Writes the Schedule II tables found in FILE to a workbook, one sheet per schedule: real numbers
in accounting format, bold totals, and check columns as native Excel formulas (computed end,
roll-forward difference, footing and continuity differences, and a ✓ / ✗ column), so the
tie-out can be shared with people who do not have the add-in.

Options:
  --out FILE.xlsx        the workbook to write (required); an existing file is never replaced
                         unless --force is given
  --force                replace the --out file if it exists

Exit codes: 0 written, 2 unreadable input or no schedule found.`,
  ocf: `Usage: tieout ocf import FILE [--as-of DATE] [--out FILE.csv|FILE.xlsx [--force]] [--json]
       tieout ocf export --schedule S [--rounding R] [--day-of-month D] [--id ID] [--name N] [--file] [--out FILE [--force]]

import: reads OCF VestingTerms (an object or an OCF_VESTING_TERMS_FILE), a Transactions file, or a
manifest (its vesting terms and transactions files), prints each set of terms as a Tieout schedule,
and lists the issuances as grants (holder, security, grant date, vesting start, shares, schedule,
rounding, day of month, vested on --as-of, note) as CSV, or to --out. Terms a schedule cannot state
(events, fixed dates, branches, fixed quantities) are named on stderr with the condition's id.
export: prints the schedule as OCF VestingTerms (--file: inside an OCF_VESTING_TERMS_FILE).
--out never replaces an existing file unless --force is given (exit 2 otherwise), nor writes into
a folder that does not exist.

Exit codes: 0 every set of terms imported, 1 some could not be, 2 bad arguments or unreadable input.`,
  forecast: `Usage: tieout forecast FILE --from DATE --to DATE [--period month|quarter|year] [options]

Shares vesting in each calendar month, quarter or year from --from to --to across the grants of
FILE (.csv, or the first sheet of an .xlsx), with the cumulative vested at each period's end.
FILE's first row names the columns: 'Grant date' and 'Shares' (required), and optionally
'Schedule', 'Rounding', 'Day of month', 'Vesting start', 'Termination' (what tieout ocf import writes).
A .csv is UTF-8 (Excel's "CSV UTF-8"), or UTF-16 LE/BE with a byte-order mark; other encodings
are refused with exit 2.

Options:
  --period P             month (default), quarter or year
  --schedule S           the schedule of grants whose row has none
  --rounding R           the rounding of grants whose row has none
  --format F             text (default), csv, or json (--json)`,
};
