// Marks are conditional formats that Tieout adds on single cells: they change how a cell looks
// while leaving its value, formula, number format, fill and font untouched, and deleting them
// restores the look exactly. Which ones are ours is remembered in a workbook setting (sheet,
// cell, conditional-format id), so "Clear marks" deletes exactly those and never the user's own.
import { CellMark, MarkKind } from "./types";
import { formatBlock } from "./address";
import { cellTarget, resolveSheetName } from "./locate";
import { existingSheetName, loadSheetNames, runExcel } from "./run";

export const MARKS_SETTING = "tieout.marks";

interface MarkRecord {
  sheet: string;
  address: string;
  id: string;
}

/** Colour plus a font style, so a mark never rests on colour alone: errors bold, warnings italic. */
const MARK_STYLES: Record<MarkKind, { fill: string; font: string; bold: boolean; italic: boolean }> = {
  error: { fill: "#FFC7CE", font: "#9C0006", bold: true, italic: false },
  warning: { fill: "#FFEB9C", font: "#9C5700", bold: false, italic: true },
};

function isMarkRecord(value: unknown): value is MarkRecord {
  const r = value as MarkRecord;
  return typeof r === "object" && r !== null && typeof r.sheet === "string" && typeof r.address === "string" && typeof r.id === "string";
}

/** The remembered marks; anything unreadable in the setting is ignored rather than trusted. */
function recordsOf(setting: Excel.Setting): MarkRecord[] {
  if (setting.isNullObject) return [];
  return Array.isArray(setting.value) ? setting.value.filter(isMarkRecord) : [];
}

export async function markCells(marks: CellMark[]): Promise<void> {
  const targets = marks.map((mark) => {
    const target = cellTarget(mark.address);
    if (target.block.rowCount !== 1 || target.block.columnCount !== 1) {
      throw new Error(`A mark goes on one cell; "${mark.address}" is a range.`);
    }
    return { mark, target };
  });
  if (targets.length === 0) return;
  return runExcel("Marking cells", async (context) => {
    const sheets = loadSheetNames(context);
    const active = sheets.getActiveWorksheet().load("name");
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING).load("value");
    await context.sync();
    // Every sheet is checked before anything is added: a batch that failed half-way would leave
    // marks that no record knows about.
    const names = sheets.items.map((s) => s.name);
    const placed = targets.map(({ mark, target }) => ({ mark, target, sheet: resolveSheetName(target, names, active.name) }));
    const added = placed.map(({ mark, target, sheet }) => {
      const style = MARK_STYLES[mark.kind];
      const format = sheets.getItem(sheet).getRange(target.local).conditionalFormats.add("Custom");
      format.custom.rule.formula = "=TRUE";
      format.custom.format.fill.color = style.fill;
      format.custom.format.font.color = style.font;
      if (style.bold) format.custom.format.font.bold = true;
      if (style.italic) format.custom.format.font.italic = true;
      format.load("id");
      return { sheet, address: formatBlock(target.block), format };
    });
    await context.sync();
    const records = added.map(({ sheet, address, format }) => ({ sheet, address, id: format.id }));
    context.workbook.settings.add(MARKS_SETTING, [...recordsOf(setting), ...records]);
    await context.sync();
  });
}

/** Deletes the conditional formats Tieout added (those still there); returns how many cells. */
export function clearMarks(): Promise<number> {
  return runExcel("Clearing marks", async (context) => {
    const sheets = loadSheetNames(context);
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING).load("value");
    await context.sync();
    if (setting.isNullObject) return 0;
    const names = sheets.items.map((s) => s.name);
    const lookups = recordsOf(setting).flatMap((record) => {
      const sheet = existingSheetName(names, record.sheet);
      if (sheet === null) return []; // the sheet was deleted, and its marks with it
      const formats = sheets.getItem(sheet).getRange(record.address).conditionalFormats.load("items/id");
      return [{ record, formats }];
    });
    await context.sync();
    const deleted = new Set<string>();
    for (const { record, formats } of lookups) {
      const ours = formats.items.find((f) => f.id === record.id);
      if (ours && !deleted.has(record.id)) {
        ours.delete();
        deleted.add(record.id);
      }
    }
    setting.delete();
    await context.sync();
    return deleted.size;
  });
}
