#!/usr/bin/env node
// The `tieout` command line. `main` is exported so tests run it in-process.
import { COMMAND_HELP, TOOL_HELP } from "./help";
import { EXIT, UsageError, type CliIo } from "./io";
import { checkCommand, importCommand } from "./schedule-commands";
import { tableCommand, vestedCommand } from "./vesting-commands";

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  vested: vestedCommand,
  table: tableCommand,
  check: checkCommand,
  import: importCommand,
};

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const wantsHelp = (args: string[]) => args.includes("--help") || args.includes("-h");

/** Runs one command line (without the node and script paths) and returns its exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined) {
    io.err(TOOL_HELP);
    return EXIT.usage;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.out(args[0] && COMMAND_HELP[args[0]] ? COMMAND_HELP[args[0]] : TOOL_HELP);
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`tieout: unknown command '${command}'; the commands are ${Object.keys(COMMANDS).join(", ")}.`);
    io.err("Run 'tieout --help' for usage.");
    return EXIT.usage;
  }
  if (wantsHelp(args)) {
    io.out(COMMAND_HELP[command]);
    return EXIT.ok;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tieout ${command}: ${error.message}`);
      io.err(`Run 'tieout ${command} --help' for usage.`);
      return EXIT.usage;
    }
    io.err(`tieout ${command}: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.usage;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
