// `tieout vested` and `tieout table`: a grant from flags, through the vesting core.
import Decimal from "decimal.js";
import { isIsoDate } from "../core/dates";
import * as vesting from "../core/vesting";
import { VestingError, type GrantInput } from "../core/vesting/types";
import { vestingSheetPlan } from "../core/workbook";
import { plainSummary, plainTranche, trancheCsv, trancheText } from "./format";
import { EXIT, UsageError, type CliIo } from "./io";
import { amountFlag, optionalText, parseCommand, requiredText, type ParsedCommand } from "./options";
import { checkOutPath, FORCE_OPTION } from "./out-file";

const GRANT_OPTIONS = {
  grant: { type: "string" },
  shares: { type: "string" },
  schedule: { type: "string" },
  rounding: { type: "string" },
  "day-of-month": { type: "string" },
  termination: { type: "string" },
  "vesting-start": { type: "string" },
} as const;

/** The core names arguments after GrantInput's fields; the user typed flags. */
const FLAG_OF_ARGUMENT: Record<string, string> = {
  grantDate: "--grant",
  shares: "--shares",
  asOf: "--as-of",
  schedule: "--schedule",
  rounding: "--rounding",
  dayOfMonth: "--day-of-month",
  terminationDate: "--termination",
  vestingStart: "--vesting-start",
};

function isoDate(values: ParsedCommand["values"], flag: string, required: boolean): string | null {
  const text = required ? requiredText(values, flag) : optionalText(values, flag);
  if (text !== null && !isIsoDate(text)) {
    throw new UsageError(`--${flag}: '${text}' is not a date; use YYYY-MM-DD, e.g. 2003-07-21`);
  }
  return text;
}

function grantFromFlags(values: ParsedCommand["values"]): GrantInput {
  // As an accountant writes it (1,000 or 1000.5); 0x10 and 1,0,0,0 are refused, not read as 16 and 1000.
  const shares = amountFlag(requiredText(values, "shares"), "shares");
  return {
    grantDate: isoDate(values, "grant", true) as string,
    shares,
    schedule: optionalText(values, "schedule"),
    rounding: optionalText(values, "rounding"),
    dayOfMonth: optionalText(values, "day-of-month"),
    terminationDate: isoDate(values, "termination", false),
    vestingStart: isoDate(values, "vesting-start", false),
  };
}

/** Runs the core, turning its input errors into usage errors that name the flag. */
function withFlagErrors<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof VestingError) {
      const flag = FLAG_OF_ARGUMENT[error.argument] ?? `--${error.argument}`;
      const message = error.message.startsWith(error.argument)
        ? error.message.slice(error.argument.length).replace(/^[:\s]+/, "")
        : error.message;
      throw new UsageError(`${flag}: ${message}`);
    }
    throw error;
  }
}

export async function vestedCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(
    args,
    { ...GRANT_OPTIONS, "as-of": { type: "string" }, json: { type: "boolean" } },
    false,
  );
  const input = grantFromFlags(values);
  const asOf = isoDate(values, "as-of", true) as string;
  const summary = withFlagErrors(() => vesting.vestingSummary(input, asOf));
  if (values.json) {
    const { shares, grantDate } = input;
    io.out(
      JSON.stringify(
        { grantDate, shares: new Decimal(shares).toNumber(), ...plainSummary(summary) },
        null,
        2,
      ),
    );
  } else {
    io.out(summary.vested.toFixed());
  }
  return EXIT.ok;
}

const FORMATS = ["text", "csv", "json"] as const;

export async function tableCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(
    args,
    { ...GRANT_OPTIONS, format: { type: "string" }, out: { type: "string" }, ...FORCE_OPTION },
    false,
  );
  const format = optionalText(values, "format") ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: '${format}' is not one of ${FORMATS.join(", ")}`);
  }
  const out = optionalText(values, "out");
  if (out !== null && !out.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(`--out: '${out}' must name an .xlsx file`);
  }
  if (out !== null) checkOutPath(out, values.force === true);
  const input = grantFromFlags(values);
  const tranches = withFlagErrors(() => vesting.vestingTable(input));
  if (out !== null) {
    const { writeWorkbook } = await import("./xlsx"); // exceljs only when a workbook is asked for
    await writeWorkbook([vestingSheetPlan(input, tranches)], out);
    io.out(`Wrote ${tranches.length} vest dates to ${out}`);
  } else if (format === "json") {
    io.out(JSON.stringify(tranches.map(plainTranche), null, 2));
  } else {
    io.out(format === "csv" ? trancheCsv(tranches) : trancheText(tranches));
  }
  return EXIT.ok;
}
