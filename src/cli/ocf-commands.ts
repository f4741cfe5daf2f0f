// `tieout ocf import FILE` and `tieout ocf export --schedule S`: OCF vesting terms to and from
// Tieout schedules, and OCF issuances as a grant list.
import { promises as fs } from "fs";
import * as path from "path";
import { isIsoDate } from "../core/dates";
import { OcfError, grantVestedOn, grantsFromOcf, scheduleToVestingTerms } from "../core/ocf";
import { VestingError } from "../core/vesting/types";
import { GRANT_COLUMNS, toCsv, writeRows } from "./grant-list";
import { EXIT, UsageError, type CliIo } from "./io";
import { optionalText, parseCommand, requiredText } from "./options";
import { FORCE_OPTION, checkOutPath } from "./out-file";

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  try {
    return JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/** The file's JSON, and for a manifest the vesting terms and transactions files it lists. */
async function readPackage(file: string): Promise<unknown[]> {
  const document = await readJson(file);
  const manifest = document as { file_type?: unknown; [key: string]: unknown };
  if (manifest?.file_type !== "OCF_MANIFEST_FILE") return [document];
  const listed = ["vesting_terms_files", "transactions_files"].flatMap((key) =>
    Array.isArray(manifest[key]) ? (manifest[key] as { filepath?: string }[]) : [],
  );
  const documents: unknown[] = [document];
  for (const { filepath } of listed) {
    if (typeof filepath !== "string") continue;
    documents.push(await readJson(path.resolve(path.dirname(file), filepath)));
  }
  return documents;
}

export async function ocfCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "import") return ocfImport(rest, io);
  if (sub === "export") return ocfExport(rest, io);
  throw new UsageError(
    sub === undefined ? "say 'import' or 'export'" : `unknown subcommand '${sub}': use import or export`,
  );
}

async function ocfImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { out: { type: "string" }, "as-of": { type: "string" }, json: { type: "boolean" }, ...FORCE_OPTION },
    true,
  );
  if (positionals.length !== 1)
    throw new UsageError("name one OCF file (VestingTerms, Transactions or a manifest)");
  const asOf = optionalText(values, "as-of");
  if (asOf !== null && !isIsoDate(asOf))
    throw new UsageError(`--as-of: '${asOf}' is not a date; use YYYY-MM-DD`);
  const out = optionalText(values, "out");
  if (out !== null && !/\.(csv|xlsx)$/i.test(out))
    throw new UsageError(`--out: '${out}' must name a .csv or .xlsx file`);
  if (out !== null) checkOutPath(out, values.force === true);
  const { terms, grants } = grantsFromOcf(await readPackage(positionals[0]));
  if (terms.length === 0 && grants.length === 0) {
    throw new UsageError(`${positionals[0]} holds no OCF vesting terms or issuances`);
  }
  const refused = terms.filter((entry) => entry.error !== null);
  if (values.json) {
    const vested = (grant: (typeof grants)[number]) => {
      if (asOf === null) return undefined;
      try {
        return grantVestedOn(grant, asOf)?.toNumber() ?? null;
      } catch {
        return null;
      }
    };
    io.out(
      JSON.stringify(
        { terms, grants: grants.map((grant) => ({ ...grant, vested: vested(grant) })) },
        null,
        2,
      ),
    );
  } else {
    for (const entry of terms) {
      if (entry.schedule !== null) {
        const { schedule, rounding, dayOfMonth } = entry.schedule;
        io.out(`${entry.id}: ${schedule}  (rounding ${rounding}, day of month ${dayOfMonth})`);
      }
    }
  }
  for (const entry of refused) io.err(`${entry.id}: not imported: ${entry.error}`);
  if (grants.length > 0 && !values.json) {
    const header = [...GRANT_COLUMNS.slice(0, 8), `Vested ${asOf ?? "(no --as-of)"}`, "Note"];
    const rows = grants.map((grant) => {
      let vested: number | null = null;
      let note = grant.note;
      if (asOf !== null) {
        try {
          vested = grantVestedOn(grant, asOf)?.toNumber() ?? null;
        } catch (error) {
          if (!(error instanceof VestingError || error instanceof OcfError)) throw error;
          note = `${note ? `${note}; ` : ""}${error.message}`;
        }
      }
      return [
        grant.holder,
        grant.customId ?? grant.securityId,
        grant.grantDate,
        grant.vestingStart,
        grant.shares,
        grant.schedule?.schedule ?? null,
        grant.schedule?.rounding ?? null,
        grant.schedule === null ? null : String(grant.schedule.dayOfMonth),
        vested,
        note || null,
      ];
    });
    if (out === null) io.out(toCsv([header, ...rows]));
    else {
      await writeRows(out, [header, ...rows], [2, 3]);
      io.out(`Wrote ${rows.length} grants to ${out}`);
    }
  }
  return refused.length > 0 ? EXIT.breaks : EXIT.ok;
}

async function ocfExport(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(
    args,
    {
      schedule: { type: "string" },
      rounding: { type: "string" },
      "day-of-month": { type: "string" },
      id: { type: "string" },
      name: { type: "string" },
      file: { type: "boolean" },
      out: { type: "string" },
      ...FORCE_OPTION,
    },
    false,
  );
  let terms;
  try {
    terms = scheduleToVestingTerms(requiredText(values, "schedule"), {
      id: optionalText(values, "id") ?? undefined,
      name: optionalText(values, "name") ?? undefined,
      rounding: optionalText(values, "rounding"),
      dayOfMonth: optionalText(values, "day-of-month"),
    });
  } catch (error) {
    if (error instanceof VestingError)
      throw new UsageError(
        `--${error.argument === "dayOfMonth" ? "day-of-month" : error.argument}: ${error.message}`,
      );
    if (error instanceof OcfError) throw new UsageError(`cannot export as OCF: ${error.message}`);
    throw error;
  }
  const out = optionalText(values, "out");
  if (out !== null) checkOutPath(out, values.force === true);
  const document = values.file ? { file_type: "OCF_VESTING_TERMS_FILE", items: [terms] } : terms;
  const text = JSON.stringify(document, null, 2);
  if (out === null) io.out(text);
  else {
    await fs.writeFile(out, `${text}\n`);
    io.out(`Wrote vesting terms '${terms.id}' to ${out}`);
  }
  return EXIT.ok;
}
