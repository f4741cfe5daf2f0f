// Marks are conditional formats that Tieout adds on single cells: they change how a cell looks
// while leaving its value, formula, number format, fill and font untouched, and deleting them
// restores the look exactly. A tickmark (✓ on a figure that ties, ✗ on a break) is the cell's own
// number format with the symbol appended, applied by the same conditional format.
//
// Real Excel fails to read a range's conditional formats when it holds rules of other kinds or
// duplicated rules (office-js #2180, #6827, #6835), so Tieout never reads a sheet's rules to find
// its own. It keeps a list of the cells it marked in the workbook's settings (saved with the
// file) and, on Clear, reads the rules of those cells only, and only where the cell holds no rule
// but ours (ConditionalFormatCollection.getCount answers without reading rules). Where someone
// else's rule shares a marked cell, ours is fetched alone by the id kept in the list (getItem,
// ExcelApi 1.6), checked to be ours and deleted. Only where even that fails is ours switched off:
// every rule of one Mark carries a workbook name (TieoutMarks1, TieoutMarks2…) that Clear sets to FALSE.
import { CellMark, MarkKind } from "./types";
import { cellTarget, resolveSheetName } from "./locate";
import { loadSheetNames, runExcel } from "./run";

const SIGNATURE = "tieout:mark";
const SETTING = "tieout.marks";
const NAME_PREFIX = "TieoutMarks";
/** Notes carry this prefix, so Clear removes only the notes Tieout wrote. */
export const NOTE_PREFIX = "Tieout: ";

/** The rule of one Mark: TRUE while its name is TRUE; the text is how a reader of the rules knows it. */
export const markRule = (generation: number) => `=AND(${NAME_PREFIX}${generation},N("${SIGNATURE}")=0)`;

interface MarkStyle {
  fill: string | null;
  font: string | null;
  bold: boolean;
  italic: boolean;
  symbol: string | null;
}

/** Colour plus a font style or symbol, so a mark never rests on colour alone. */
const MARK_STYLES: Record<MarkKind, MarkStyle> = {
  error: { fill: "#FFC7CE", font: "#9C0006", bold: true, italic: false, symbol: "✗" },
  warning: { fill: "#FFEB9C", font: "#9C5700", bold: false, italic: true, symbol: null },
  tie: { fill: null, font: "#006100", bold: false, italic: false, symbol: "✓" },
};
const RANK: Record<MarkKind, number> = { error: 3, warning: 2, tie: 1 };

/** One marked cell, as kept in the workbook's settings. */
export interface StoredMark {
  sheetId: string;
  address: string;
  kind: MarkKind;
  generation: number;
  /** Tieout wrote a note on the cell (ExcelApi 1.18). */
  note: boolean;
  /** Switched off by a Clear that could not delete it (another rule shares the cell); not counted again. */
  hidden?: boolean;
  /** The rule's ConditionalFormat.id, so Clear can fetch that one rule where the cell's rules cannot be read. */
  ruleId?: string;
}

interface MarkList {
  generation: number;
  marks: StoredMark[];
}

function parseList(value: unknown): MarkList {
  const list = value as Partial<MarkList> | null;
  if (!list || !Array.isArray(list.marks)) return { generation: 0, marks: [] };
  return { generation: Number(list.generation) || 0, marks: list.marks };
}

function loadList(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(SETTING).load("value");
}

function saveList(context: Excel.RequestContext, stored: Excel.Setting, list: MarkList): void {
  if (list.marks.length > 0) context.workbook.settings.add(SETTING, list);
  else if (!stored.isNullObject) stored.delete();
}

/** Queues a load of the workbook's names, to pick a generation no name has yet. */
function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load("items/name");
}

function nextGeneration(list: MarkList, names: Excel.NamedItemCollection): number {
  const used = names.items
    .map((n) => new RegExp(`^${NAME_PREFIX}(\\d+)$`, "i").exec(n.name))
    .map((m) => (m ? Number(m[1]) : 0));
  return Math.max(list.generation, ...used) + 1;
}

/**
 * The number format with the symbol after the figure in each numeric section (text sections and
 * General keep their reading): `#,##0;(#,##0)` → `#,##0" ✓";(#,##0)" ✓"`.
 */
export function withSymbol(format: string, symbol: string): string {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format || "General") {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections.map((s, i) => (i < 3 && !s.includes("@") ? `${s}" ${symbol}"` : s)).join(";");
}

const notesSupported = () =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.18") === true;

/**
 * Marks cells. Idempotent: a cell already marked with the same kind is left as it is, so pressing
 * Mark twice is pressing it once; one cell named twice gets the more severe mark. The reason goes
 * in a note on the cell where Excel has notes (ExcelApi 1.18) and the cell has none of its own.
 * Returns how many cells got a new mark.
 */
export async function markCells(marks: CellMark[]): Promise<number> {
  const targets = marks.map((mark) => {
    const target = cellTarget(mark.address);
    if (target.block.rowCount !== 1 || target.block.columnCount !== 1) {
      throw new Error(`A mark goes on one cell; "${mark.address}" is a range.`);
    }
    return { mark, target };
  });
  if (targets.length === 0) return 0;
  const withNotes = notesSupported();
  return runExcel("Marking cells", async (context) => {
    const sheets = loadSheetNames(context);
    sheets.load("items/name, items/id");
    const active = sheets.getActiveWorksheet().load("name");
    const stored = loadList(context);
    const workbookNames = loadNames(context);
    await context.sync();
    // Every sheet is checked before anything is added: a batch failing half-way would leave
    // some cells marked and the user told that marking failed.
    const names = sheets.items.map((s) => s.name);
    const list = parseList(stored.isNullObject ? null : stored.value);
    const already = new Set(
      list.marks.filter((m) => !m.hidden).map((m) => `${m.sheetId}!${m.address}|${m.kind}`),
    );
    // One cell named twice (with and without its sheet, or as a break and a tie) gets one mark, the most severe.
    const wanted = new Map<string, { mark: CellMark; sheet: Excel.Worksheet; address: string }>();
    for (const { mark, target } of targets) {
      const sheetName = resolveSheetName(target, names, active.name);
      const sheet = sheets.items.find((s) => s.name === sheetName)!;
      const address = target.local.toUpperCase().replace(/\$/g, "");
      const key = `${sheet.id}!${address}`;
      const before = wanted.get(key);
      if (!before || RANK[mark.kind] > RANK[before.mark.kind]) wanted.set(key, { mark, sheet, address });
    }
    const placed = [...wanted.values()].filter(
      ({ mark, sheet, address }) => !already.has(`${sheet.id}!${address}|${mark.kind}`),
    );
    if (placed.length === 0) return 0;
    const cells = placed.map((p) => {
      const range = p.sheet.getRange(p.address);
      const symbol = MARK_STYLES[p.mark.kind].symbol;
      return {
        ...p,
        range,
        format: symbol ? range.load("numberFormat") : null,
        note:
          withNotes && p.mark.note && p.mark.kind !== "tie"
            ? p.sheet.notes.getItemOrNullObject(p.address)
            : null,
      };
    });
    cells.forEach((c) => c.note?.load("content"));
    await context.sync();
    const generation = nextGeneration(list, workbookNames);
    context.workbook.names.add(`${NAME_PREFIX}${generation}`, "=TRUE");
    const added: { stored: StoredMark; format: Excel.ConditionalFormat }[] = [];
    for (const cell of cells) {
      const style = MARK_STYLES[cell.mark.kind];
      const format = cell.range.conditionalFormats.add("Custom");
      format.custom.rule.formula = markRule(generation);
      if (style.fill) format.custom.format.fill.color = style.fill;
      if (style.font) format.custom.format.font.color = style.font;
      if (style.bold) format.custom.format.font.bold = true;
      if (style.italic) format.custom.format.font.italic = true;
      const current = cell.format?.numberFormat[0][0];
      if (style.symbol && typeof current === "string") {
        format.custom.format.numberFormat = withSymbol(current, style.symbol);
      }
      // A note of the user's own is never replaced: the reason is then on the report's line.
      const noted = cell.note !== null && cell.note.isNullObject;
      if (noted) cell.sheet.notes.add(cell.address, `${NOTE_PREFIX}${cell.mark.note}`);
      const mark: StoredMark = {
        sheetId: cell.sheet.id,
        address: cell.address,
        kind: cell.mark.kind,
        generation,
        note: noted,
      };
      list.marks.push(mark);
      added.push({ stored: mark, format: format.load("id") });
    }
    await context.sync();
    // The ids exist once the rules do: the list is saved after, in a second request.
    for (const { stored: mark, format } of added) mark.ruleId = format.id;
    list.generation = generation;
    saveList(context, stored, list);
    await context.sync();
    return cells.length;
  });
}

interface MarkedCell {
  marks: StoredMark[];
  range: Excel.Range;
}

/** Deletes our rules on these cells by their ids; returns the cells where that could not be done. */
async function deleteById<C extends MarkedCell>(context: Excel.RequestContext, cells: C[]): Promise<C[]> {
  const withIds = cells.filter((c) => c.marks.every((m) => m.ruleId && !m.hidden));
  if (withIds.length === 0) return cells;
  const fetched = withIds.map((c) => ({
    c,
    rules: c.marks.map((m) => ({
      mark: m,
      rule: c.range.conditionalFormats.getItem(m.ruleId!).load("type, customOrNullObject/rule/formula"),
    })),
  }));
  try {
    await context.sync();
  } catch {
    return cells; // an id Excel no longer knows (the user deleted the rule, or the file was rebuilt)
  }
  const left = cells.filter((c) => !withIds.includes(c));
  for (const { c, rules } of fetched) {
    const ours = rules.every(
      ({ mark, rule }) =>
        isOurs(rule) &&
        rule.customOrNullObject.rule.formula.toLowerCase() === markRule(mark.generation).toLowerCase(),
    );
    if (ours) rules.forEach(({ rule }) => rule.delete());
    else left.push(c);
  }
  return left;
}

const isOurs = (format: Excel.ConditionalFormat) =>
  format.type === "Custom" && format.customOrNullObject.rule.formula.toLowerCase().includes(SIGNATURE);

/**
 * Removes every mark Tieout made, on every sheet, and the notes it wrote; returns how many cells
 * (a cell marked twice counts once). Rules are read only on cells that hold no one else's rule;
 * elsewhere ours is fetched by its id, or at worst switched off through its name. At most six syncs,
 * whatever the number of marks.
 */
export function clearMarks(): Promise<number> {
  return runExcel("Clearing marks", async (context) => {
    const sheets = loadSheetNames(context);
    sheets.load("items/name, items/id");
    const stored = loadList(context);
    const workbookNames = loadNames(context);
    await context.sync();
    const list = parseList(stored.isNullObject ? null : stored.value);
    const existingNames = new Set(workbookNames.items.map((n) => n.name.toLowerCase()));
    const byId = new Map(sheets.items.map((s) => [s.id, s]));
    const live = list.marks.filter((m) => byId.has(m.sheetId)); // a deleted sheet took its marks along
    const perCell = new Map<string, StoredMark[]>();
    for (const mark of live) {
      const key = `${mark.sheetId}!${mark.address}`;
      perCell.set(key, [...(perCell.get(key) ?? []), mark]);
    }
    const cells = [...perCell.values()].map((marks) => {
      const sheet = byId.get(marks[0].sheetId)!;
      const range = sheet.getRange(marks[0].address);
      const noted = marks.some((m) => m.note);
      return {
        marks,
        range,
        count: range.conditionalFormats.getCount(),
        note: noted ? sheet.notes.getItemOrNullObject(marks[0].address).load("content") : null,
      };
    });
    await context.sync();
    // Cells whose every rule is ours are read first; cells that share a rule with someone else's
    // are read apart, since Excel may fail to read those rules: then ours is switched off there.
    const loadRules = (c: (typeof cells)[number]) =>
      c.range.conditionalFormats.load("items/type, items/customOrNullObject/rule/formula");
    const deleteOurs = (formats: Excel.ConditionalFormatCollection) =>
      formats.items.filter(isOurs).forEach((format) => format.delete());
    const alone = cells.filter((c) => c.count.value <= c.marks.length);
    const shared = cells.filter((c) => c.count.value > c.marks.length);
    let hidden: typeof cells = [];
    for (const group of [alone, shared]) {
      if (group.length === 0) continue;
      const formats = group.map(loadRules);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- two reads at most, each may fail on its own
        await context.sync();
        formats.forEach(deleteOurs);
      } catch {
        hidden = [...hidden, ...group];
      }
    }
    // Where the cell's rules could not be read, ours are fetched one by one by id, and deleted
    // only when the rule found is ours, of that Mark: a stale id never removes someone else's rule.
    hidden = await deleteById(context, hidden);
    for (const c of cells) {
      if (c.note && !c.note.isNullObject && c.note.content.startsWith(NOTE_PREFIX)) c.note.delete();
    }
    const generations = new Set(list.marks.map((m) => m.generation));
    const keep = new Set(hidden.flatMap((c) => c.marks.map((m) => m.generation)));
    for (const generation of generations) {
      const name = `${NAME_PREFIX}${generation}`;
      if (!existingNames.has(name.toLowerCase())) continue;
      const item = context.workbook.names.getItem(name);
      // A switched-off rule stays (Excel cannot show us which it is); its name stays, FALSE.
      if (keep.has(generation)) item.formula = "=FALSE";
      else item.delete();
    }
    const remaining = hidden.flatMap((c) => c.marks.map((m) => ({ ...m, note: false, hidden: true })));
    saveList(context, stored, { generation: list.generation, marks: remaining });
    await context.sync();
    return cells.filter((c) => c.marks.some((m) => !m.hidden)).length;
  });
}
