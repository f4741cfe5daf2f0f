// Grant lists from OCF: issuances (equity compensation, plan securities, stock, warrants) with
// their vesting terms as Tieout schedules, their vesting start transactions, and any explicit
// `vestings` dates. Documents are parsed JSON: a VestingTerms or Transactions file, a list of
// objects, or one object; the caller reads a manifest's files and passes them all.
import Decimal from "decimal.js";
import { vestedAsOf } from "../vesting";
import type { IsoDate } from "../vesting/types";
import { ImportedSchedule, vestingTermsToSchedule } from "./import";
import { OcfError } from "./types";

const ISSUANCES = new Set([
  "TX_EQUITY_COMPENSATION_ISSUANCE",
  "TX_PLAN_SECURITY_ISSUANCE",
  "TX_STOCK_ISSUANCE",
  "TX_WARRANT_ISSUANCE",
]);

export type OcfObject = Record<string, unknown> & { object_type: string };

export interface OcfGrant {
  /** The stakeholder id. */
  holder: string;
  securityId: string;
  /** A label such as CA-1, when the issuance has one. */
  customId: string | null;
  grantDate: IsoDate;
  /** From the security's TX_VESTING_START, when there is one. */
  vestingStart: IsoDate | null;
  shares: string;
  termsId: string | null;
  /** The Tieout schedule, or null when the grant vests by explicit dates or cannot be stated (see note). */
  schedule: ImportedSchedule | null;
  /** The issuance's own `vestings` dates and amounts, which take precedence over its terms. */
  vestings: { date: IsoDate; amount: string }[] | null;
  /** Why there is no schedule, or what was read instead. */
  note: string;
}

export interface OcfImport {
  /** Every VestingTerms object found, with its schedule or the reason it has none. */
  terms: { id: string; name: string; schedule: ImportedSchedule | null; error: string | null }[];
  grants: OcfGrant[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every OCF object (anything with an object_type) in the documents: files' `items`, arrays, single objects. */
export function readOcfObjects(documents: readonly unknown[]): OcfObject[] {
  const found: OcfObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      if (typeof value.object_type === "string") found.push(value as OcfObject);
      else if (Array.isArray(value.items)) value.items.forEach(visit);
    }
  };
  documents.forEach(visit);
  return found;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** An issuance's `vestings`, each with a date and a numeric amount, or an OcfError naming the field. */
function vestingsOf(list: readonly unknown[], securityId: string): { date: IsoDate; amount: string }[] {
  return list.map((item, i) => {
    const at = `issuance '${securityId}': vestings[${i}]`;
    if (!isObject(item)) throw new OcfError(`${at} ${item == null ? "is missing" : "is not an object"}`);
    const { date, amount } = item;
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new OcfError(
        `${at}.date ${date == null ? "is missing" : `is ${JSON.stringify(date)}, not a date`}`,
      );
    if (typeof amount !== "string" || !/^[+-]?\d+(\.\d+)?$/.test(amount)) {
      throw new OcfError(
        `${at}.amount ${amount == null ? "is missing" : `is ${JSON.stringify(amount)}, not a number`}`,
      );
    }
    return { date, amount };
  });
}

export function grantsFromOcf(documents: readonly unknown[]): OcfImport {
  const objects = readOcfObjects(documents);
  const terms = objects
    .filter((object) => object.object_type === "VESTING_TERMS")
    .map((object) => {
      const id = text(object.id) ?? "(no id)";
      try {
        return { id, name: text(object.name) ?? id, schedule: vestingTermsToSchedule(object), error: null };
      } catch (error) {
        if (!(error instanceof OcfError)) throw error;
        return { id, name: text(object.name) ?? id, schedule: null, error: error.message };
      }
    });
  const termsById = new Map(terms.map((entry) => [entry.id, entry]));
  const starts = new Map<string, IsoDate>();
  for (const object of objects) {
    const security = text(object.security_id);
    const date = text(object.date);
    if (object.object_type === "TX_VESTING_START" && security !== null && date !== null)
      starts.set(security, date);
  }
  const grants = objects
    .filter((object) => ISSUANCES.has(object.object_type))
    .map((object): OcfGrant => {
      const securityId = text(object.security_id) ?? text(object.id) ?? "(no id)";
      const termsId = text(object.vesting_terms_id);
      const base = {
        holder: text(object.stakeholder_id) ?? "",
        securityId,
        customId: text(object.custom_id),
        grantDate: text(object.date) ?? "",
        vestingStart: starts.get(securityId) ?? null,
        shares: text(object.quantity) ?? "0",
        termsId,
      };
      // One malformed issuance costs only its own grant (named in its note), not the package:
      // the rest of the cap table still imports, as terms that cannot be stated do.
      let vestings: OcfGrant["vestings"] = null;
      try {
        vestings = Array.isArray(object.vestings) ? vestingsOf(object.vestings, securityId) : null;
      } catch (error) {
        if (!(error instanceof OcfError)) throw error;
        return { ...base, schedule: null, vestings: null, note: `not read: ${error.message}` };
      }
      if (vestings !== null) {
        return {
          ...base,
          schedule: null,
          vestings,
          note: `${vestings.length} explicit vesting dates (the issuance's vestings)`,
        };
      }
      if (termsId === null) {
        // OCF: with neither vesting_terms_id nor vestings, the security is fully vested on issuance.
        return {
          ...base,
          schedule: { schedule: "100% at 0 months", rounding: "cumulative-round-down", dayOfMonth: "start" },
          vestings: null,
          note: "no vesting terms: fully vested on issuance",
        };
      }
      const found = termsById.get(termsId);
      if (found === undefined) {
        return {
          ...base,
          schedule: null,
          vestings: null,
          note: `vesting terms '${termsId}' are not in the package`,
        };
      }
      return { ...base, schedule: found.schedule, vestings: null, note: found.error ?? "" };
    });
  return { terms, grants };
}

/** Shares of `grant` vested on `asOf`, or null when its vesting cannot be computed (see its note). */
export function grantVestedOn(grant: OcfGrant, asOf: IsoDate): Decimal | null {
  if (grant.vestings !== null) {
    return grant.vestings
      .filter((vesting) => vesting.date <= asOf)
      .reduce((sum, vesting) => sum.plus(vesting.amount), new Decimal(0));
  }
  if (grant.schedule === null) return null;
  const { schedule, rounding, dayOfMonth } = grant.schedule;
  return vestedAsOf(
    {
      grantDate: grant.grantDate,
      shares: grant.shares,
      schedule,
      rounding,
      dayOfMonth,
      vestingStart: grant.vestingStart,
    },
    asOf,
  );
}
