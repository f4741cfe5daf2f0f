// Text readers: picks the reader for the form the text is in and returns its tables.
import { looksNumeric } from "../../numbers";
import { layoutTable } from "../layout";
import { classifyRow, locationOf } from "../layout/rows";
import type { RawTable } from "../types";
import { lazy } from "../../../util/lazy";
import type * as CellLines from "./cellLines";
import {
  contextBefore,
  numberLines,
  pageFurniture,
  readEdgarTables,
  readFixedWidth,
  type SourceLine,
} from "./fixedWidth";
import type * as Flat from "./flat";
import type * as LineRender from "./lineRender";
import type * as Stream from "./stream";
import { tokenize } from "./tokens";

// Each reader (and what it uses) loads only for a text in its form: EDGAR <TABLE> text, the usual
// case, needs none of them (start-up is most of a small `tieout check`).
/* eslint-disable @typescript-eslint/no-require-imports */
const cellLines = lazy(() => require("./cellLines") as typeof CellLines);
const flat = lazy(() => require("./flat") as typeof Flat);
const lineRender = lazy(() => require("./lineRender") as typeof LineRender);
const stream = lazy(() => require("./stream") as typeof Stream);
/* eslint-enable @typescript-eslint/no-require-imports */

export { splitCells, cleanLine, isRuleLine } from "./tokens";

export type TextForm = "edgar" | "flat" | "pipe" | "cell-per-line" | "fixed-width";

function amountCount(line: string): number {
  return tokenize(line).filter((token) => looksNumeric(token.text) && /\d/.test(token.text)).length;
}

/** Which text form the schedule is printed in. */
export function detectTextForm(lines: SourceLine[]): TextForm {
  if (lines.some((line) => /<table\b/i.test(line.text))) return "edgar";
  const withAmounts = lines.filter((line) => amountCount(line.text) > 0);
  if (withAmounts.length === 0) return "fixed-width";
  if (withAmounts.some((line) => line.text.length > 400 && amountCount(line.text) >= 8)) return "flat";
  const piped = withAmounts.filter((line) => (line.text.match(/\|/g) ?? []).length >= 2);
  if (piped.length * 2 >= withAmounts.length) return "pipe";
  // One cell per line: many lines that hold a lone amount, few that hold several.
  const lone = withAmounts.filter((line) => tokenize(line.text.replace(/^\s*\|/, "")).length === 1).length;
  const several = withAmounts.filter((line) => amountCount(line.text) >= 2).length;
  if (lone >= 3 && lone > several * 2) return "cell-per-line";
  return "fixed-width";
}

/**
 * The tables in a piece of report text. `firstLine` is the 1-based number of the text's first
 * line in the whole input, so locations point into the file the user gave.
 */
export function readTextTables(text: string, firstLine = 1): RawTable[] {
  return noteUnreadParts(readTables(text, firstLine));
}

/** A table with the parse notes its reader found, passed on to the schedule. */
type NotedTable = RawTable & { notes?: { location: string; message: string }[] };

/**
 * Issue 11, no silent drop: a sub-table of a printed table that lays out to no rows (its headings
 * damaged or lost) while another sub-table of the same table is read would vanish without a word.
 * Each of its rows with two figures or more is named in a parse note on a sub-table that is read.
 */
function noteUnreadParts(tables: NotedTable[]): RawTable[] {
  const parts = tables.filter((table) => table.part);
  if (parts.length < 2) return tables;
  const read = new Map(parts.map((table) => [table, (layoutTable(table)?.rows.length ?? 0) > 0]));
  for (const table of parts) {
    if (read.get(table)) continue;
    const siblings = parts.filter((other) => other.part!.of === table.part!.of && read.get(other));
    if (siblings.length === 0) continue;
    const host =
      [...siblings].reverse().find((other) => other.part!.index < table.part!.index) ?? siblings[0];
    for (const cells of table.rows) {
      const row = classifyRow(cells);
      if (row.values.length < 2) continue;
      const label = row.label?.text.trim();
      const figures = row.values.map((v) => v.cell.text.trim()).join(" ");
      host.notes = [
        ...(host.notes ?? []),
        {
          location: locationOf(row.values[0].cell),
          message: `${label ? `"${label}" ` : ""}${figures}: these figures were not read as a row of the schedule (their sub-table's column headings were not recognised)`,
        },
      ];
    }
  }
  return tables;
}

function readTables(text: string, firstLine: number): RawTable[] {
  const lines = numberLines(text, firstLine);
  const form = detectTextForm(lines);
  const firstAmount = lines.findIndex((line) => amountCount(line.text) > 0);
  // One cell per line spreads a title and its headers over many lines: look further back for the title.
  const context = contextBefore(lines, Math.max(firstAmount, 0), form === "cell-per-line" ? 40 : 12);
  // Readers without column geometry would take a page number for a figure: drop the page furniture first.
  const furniture = pageFurniture(lines);
  const content = lines.filter((_, index) => !furniture.has(index));
  const streamForm = form === "edgar" ? null : stream().detectStreamForm(lines);
  if (streamForm) {
    const streamContext = contextBefore(lines, Math.max(firstAmount, 0), 60);
    return stream().readStream(content, streamForm, streamContext);
  }
  // A viewer render that prints each row as one line, its cells spaced or glued.
  if ((form === "fixed-width" || form === "cell-per-line") && lineRender().isLineRender(content))
    return lineRender().readLineRender(content);
  switch (form) {
    case "edgar":
      return readEdgarTables(lines);
    case "flat":
      return [flat().readFlatText(content, context)];
    case "pipe":
      return [cellLines().readPipeText(content, context)];
    case "cell-per-line":
      return [cellLines().readCellLines(content, context)];
    case "fixed-width":
      return [readFixedWidth(lines, context, "fixed-width-text")];
  }
}
