#!/usr/bin/env node
// The `tieout` command line. `main` is exported so tests run it in-process.
// Each command's module loads only when that command runs: start-up is most of a small check.
import type * as Bundled from "./bundled";
import type * as Help from "./help";
import { EXIT, UsageError, inputErrorMessage, type CliIo } from "./io";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  vested: async (args, io) => (await import("./vesting-commands")).vestedCommand(args, io),
  table: async (args, io) => (await import("./vesting-commands")).tableCommand(args, io),
  check: async (args, io) => (await import("./schedule-commands")).checkCommand(args, io),
  import: async (args, io) => (await import("./schedule-commands")).importCommand(args, io),
  ocf: async (args, io) => (await import("./ocf-commands")).ocfCommand(args, io),
  forecast: async (args, io) => (await import("./forecast-command")).forecastCommand(args, io),
};

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  // Progress only where a person watches: a terminal, redrawn in place, never mixed into stdout.
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
};

// The help texts load only when help is printed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const help = () => require("./help") as typeof Help;

const wantsHelp = (args: string[]) => args.includes("--help") || args.includes("-h");

/** Runs one command line (without the node and script paths) and returns its exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined) {
    io.err(help().TOOL_HELP);
    return EXIT.usage;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    const { COMMAND_HELP, TOOL_HELP } = help();
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
    io.out(help().COMMAND_HELP[command]);
    return EXIT.ok;
  }
  try {
    return await run(args, io);
  } catch (error) {
    const message = inputErrorMessage(error);
    if (message !== null) {
      io.err(`tieout ${command}: ${message}`);
      if (error instanceof UsageError && error.name === "UsageError") {
        io.err(`Run 'tieout ${command} --help' for usage.`);
      }
      return EXIT.usage;
    }
    // A bug of ours, not the input's: one line, the stack only when asked for.
    io.err(
      `tieout ${command}: unexpected error (please report it): ${(error as Error)?.message ?? String(error)}`,
    );
    if (process.env.TIEOUT_DEBUG) io.err((error as Error)?.stack ?? "");
    return EXIT.usage;
  }
}

// Run as the `tieout` command: from the one-file bundle `npm run prepare` builds beside this file,
// when there is one (start-up time, ./bundled.ts), else from the modules as compiled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundled = () => require("./bundled") as typeof Bundled;
if (require.main === module && !bundled().runBundle(__dirname, __filename)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
