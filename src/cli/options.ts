// Command-line flags through node's util.parseArgs, with messages that name the flag.
import type Decimal from "decimal.js";
import { parseArgs, type ParseArgsConfig } from "util";
import { parseAmount } from "../core/numbers";
import { UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedCommand {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses a command's arguments strictly; any unknown or incomplete flag is a UsageError naming it. */
export function parseCommand(args: string[], options: Options, allowPositionals: boolean): ParsedCommand {
  try {
    const parsed = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: parsed.values as ParsedCommand["values"], positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }));
  }
}

function describeParseError(error: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const flag = quoted.split(" ")[0];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${flag}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (error.message.includes("ambiguous"))
        return `${flag} needs a value; for one starting with '-' write ${flag}=VALUE`;
      return error.message.includes("does not take") ? `${flag} takes no value` : `${flag} needs a value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument '${quoted}'`;
    default:
      return error.message;
  }
}

/** A flag's text value, or a UsageError naming the flag when it is required and absent. */
export function requiredText(values: ParsedCommand["values"], flag: string): string {
  const value = values[flag];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${flag} is required`);
  return value.trim();
}

export function optionalText(values: ParsedCommand["values"], flag: string): string | null {
  const value = values[flag];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/**
 * A number flag as an accountant writes it: `1000`, `1,000`, `1,000.5`, `(473)`, `$ 5`, `—` (zero),
 * and nothing looser (`0x10`, `1,0,0,0`, `1e3`, `1 2` are refused with a message naming the flag).
 */
export function amountFlag(text: string, flag: string): Decimal {
  const amount = parseAmount(text);
  if (amount === null || !/\d|^\s*\$?\s*[-\u2010-\u2015\u2212]+\s*$/.test(text)) {
    throw new UsageError(
      `--${flag}: '${text}' is not a number; write it as digits, e.g. 1000, 1,000 or 1,000.5`,
    );
  }
  return amount;
}
