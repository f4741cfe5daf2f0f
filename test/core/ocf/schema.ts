// OCF's JSON Schemas (../shared/ocf/schema, with their licence notices) loaded into a validator,
// so tests check exported terms against the real schema rather than our reading of it.
import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { SHARED_DIR } from "../../support/shared";

const SCHEMA_DIR = path.join(SHARED_DIR, "ocf/schema");
const BASE = "https://raw.githubusercontent.com/Open-Cap-Table-Coalition/Open-Cap-Format-OCF/main/schema/";

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? schemaFiles(file) : entry.name.endsWith(".schema.json") ? [file] : [];
  });
}

let ajv: Ajv.Ajv | null = null;

function validator(): Ajv.Ajv {
  if (ajv !== null) return ajv;
  if (!fs.existsSync(SCHEMA_DIR))
    throw new Error(`${SCHEMA_DIR} not found: the tests read the shared/ folder beside the repository`);
  ajv = new Ajv({ allErrors: true });
  for (const file of schemaFiles(SCHEMA_DIR)) ajv.addSchema(JSON.parse(fs.readFileSync(file, "utf8")));
  return ajv;
}

/** The schema errors of `value` against OCF schema `relative` (e.g. `objects/VestingTerms.schema.json`); [] when valid. */
export function schemaErrors(relative: string, value: unknown): string[] {
  const validate = validator().getSchema(BASE + relative);
  if (validate === undefined) throw new Error(`no OCF schema ${relative}`);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.dataPath} ${error.message}`);
}
