// Marks are conditional formats that Tieout adds on single cells: they change how a cell looks
// while leaving its value, formula, number format, fill and font untouched, and deleting them
// restores the look exactly. Each carries a signature in its rule formula (always TRUE), so
// "Clear marks" finds exactly ours wherever the cells have moved since, after the workbook was
// saved and reopened, and never touches the user's own conditional formats.
import { CellMark, MarkKind } from "./types";
import { cellTarget, resolveSheetName } from "./locate";
import { loadSheetNames, runExcel } from "./run";

const SIGNATURE = "tieout:mark";
/** N() of text is 0, so the rule always holds; the text is how we recognise our own marks. */
export const MARK_RULE = `=N("${SIGNATURE}")=0`;

/** Colour plus a font style, so a mark never rests on colour alone: errors bold, warnings italic. */
const MARK_STYLES: Record<MarkKind, { fill: string; font: string; bold: boolean; italic: boolean }> = {
  error: { fill: "#FFC7CE", font: "#9C0006", bold: true, italic: false },
  warning: { fill: "#FFEB9C", font: "#9C5700", bold: false, italic: true },
};

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
    await context.sync();
    // Every sheet is checked before anything is added: a batch failing half-way would leave
    // some cells marked and the user told that marking failed.
    const names = sheets.items.map((s) => s.name);
    const placed = targets.map(({ mark, target }) => ({
      mark,
      target,
      sheet: resolveSheetName(target, names, active.name),
    }));
    for (const { mark, target, sheet } of placed) {
      const style = MARK_STYLES[mark.kind];
      const format = sheets.getItem(sheet).getRange(target.local).conditionalFormats.add("Custom");
      format.custom.rule.formula = MARK_RULE;
      format.custom.format.fill.color = style.fill;
      format.custom.format.font.color = style.font;
      if (style.bold) format.custom.format.font.bold = true;
      if (style.italic) format.custom.format.font.italic = true;
    }
    await context.sync();
  });
}

const isOurs = (format: Excel.ConditionalFormat) =>
  format.type === "Custom" && format.customOrNullObject.rule.formula.toLowerCase().includes(SIGNATURE);

/** Deletes every conditional format Tieout added, on every sheet; returns how many cells. */
export function clearMarks(): Promise<number> {
  return runExcel("Clearing marks", async (context) => {
    const sheets = loadSheetNames(context);
    await context.sync();
    const perSheet = sheets.items.map((sheet) =>
      sheet.getRange().conditionalFormats.load("items/type, items/customOrNullObject/rule/formula"),
    );
    await context.sync();
    const ours = perSheet.flatMap((formats) => formats.items.filter(isOurs));
    ours.forEach((format) => format.delete());
    await context.sync();
    return ours.length;
  });
}
