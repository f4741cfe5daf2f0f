// `tieout forecast FILE --from DATE --to DATE --period month|quarter|year`: shares vesting per
// period across the grants of a .csv or .xlsx grant list.
import { isIsoDate } from "../core/dates";
import { parseForecastPeriod, vestingForecast } from "../core/vesting/forecast";
import { VestingError } from "../core/vesting/types";
import { withThousands } from "./format";
import { readGrantList, toCsv } from "./grant-list";
import { EXIT, UsageError, type CliIo } from "./io";
import { optionalText, parseCommand, requiredText } from "./options";

const FORMATS = ["text", "csv", "json"];

export async function forecastCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      from: { type: "string" },
      to: { type: "string" },
      period: { type: "string" },
      schedule: { type: "string" },
      rounding: { type: "string" },
      format: { type: "string" },
      json: { type: "boolean" },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError("name one grant list (.csv or .xlsx)");
  const date = (flag: string): string => {
    const text = requiredText(values, flag);
    if (!isIsoDate(text)) throw new UsageError(`--${flag}: '${text}' is not a date; use YYYY-MM-DD`);
    return text;
  };
  const from = date("from");
  const to = date("to");
  const format = values.json ? "json" : (optionalText(values, "format") ?? "text");
  if (!FORMATS.includes(format))
    throw new UsageError(`--format: '${format}' is not one of ${FORMATS.join(", ")}`);
  const { grants, labels } = await readGrantList(positionals[0], {
    schedule: optionalText(values, "schedule"),
    rounding: optionalText(values, "rounding"),
  });
  let rows;
  try {
    rows = vestingForecast(
      grants,
      from,
      to,
      parseForecastPeriod(optionalText(values, "period")),
      labels.map((l) => `${positionals[0]} ${l}`),
    );
  } catch (error) {
    if (error instanceof VestingError) throw new UsageError(error.message);
    throw error;
  }
  if (format === "json") {
    io.out(
      JSON.stringify(
        rows.map((row) => ({ ...row, shares: row.shares.toNumber(), cumulative: row.cumulative.toNumber() })),
        null,
        2,
      ),
    );
  } else if (format === "csv") {
    io.out(
      toCsv([
        ["start", "end", "shares", "cumulative"],
        ...rows.map((row) => [row.start, row.end, row.shares.toFixed(), row.cumulative.toFixed()]),
      ]),
    );
  } else {
    const lines = rows.map((row) => [
      row.start,
      row.end,
      withThousands(row.shares),
      withThousands(row.cumulative),
    ]);
    const table = [["Period start", "Period end", "Shares vesting", "Cumulative vested"], ...lines];
    const widths = table[0].map((_, c) => Math.max(...table.map((line) => line[c].length)));
    io.out(
      table
        .map((line) =>
          line.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "),
        )
        .join("\n"),
    );
    io.out(`${grants.length} grants`);
  }
  return EXIT.ok;
}
