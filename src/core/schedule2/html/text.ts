// Visible text of an HTML fragment, for table context and for measuring distances in a filing.
import { decodeEntities } from "./entities";

const SKIPPED = /<(script|style|ix:header)\b[^>]{0,2000}>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)/gi;
const TAG = /<[^>]{0,2000}>/g;

/** Collapses runs of white space (any Unicode space, NBSP) to one space and drops zero-width marks. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u200b\u200c\u200d\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Tags that end a line of visible text: blocks, line breaks, table rows and cells.
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|tr|td|th|table|center|hr|title)\b[^>]{0,2000}>/gi;

/**
 * Visible text as lines, one per block (paragraph, heading, cell), so the words before a table keep
 * the shape a person reads: a title line, a company line, a caption, a paragraph.
 */
export function htmlToLines(html: string): string[] {
  const text = decodeEntities(
    html
      .replace(SKIPPED, " ")
      .replace(/[\r\n]+/g, " ")
      .replace(BLOCK_TAG, "\n")
      .replace(TAG, " "),
  );
  return text
    .split("\n")
    .map(collapseWhitespace)
    .filter((line) => line !== "");
}

/** Tags removed (each one a space), hidden parts dropped, references decoded, white space collapsed. */
export function htmlToText(html: string): string {
  return collapseWhitespace(decodeEntities(html.replace(SKIPPED, " ").replace(TAG, " ")));
}
