// The text Excel would display for a value under a number format, for the formats Tieout uses
// (General, 0, #,##0, decimals, accounting sections with parentheses and "-", %, dates).
// Anything else falls back to General.

function sections(format: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function general(value: number): string {
  return String(Number(value.toPrecision(11)));
}

function excelDate(serial: number): { y: number; m: number; d: number } {
  if (Math.floor(serial) === 60) return { y: 1900, m: 2, d: 29 }; // Excel's phantom leap day
  const base = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(base + Math.floor(serial) * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function formatDate(serial: number, format: string): string {
  const { y, m, d } = excelDate(serial);
  const pad = (n: number) => String(n).padStart(2, "0");
  return format
    .replace(/yyyy/gi, String(y))
    .replace(/yy/gi, pad(y % 100))
    .replace(/mm/gi, pad(m))
    .replace(/dd/gi, pad(d))
    .replace(/m/gi, String(m))
    .replace(/d/gi, String(d));
}

/** Padding (`_x`), fill (`*x`), quotes and escapes only shape the text: drop them. */
function undecorate(text: string): string {
  return text.replace(/_./g, " ").replace(/\*./g, "").replace(/["\\]/g, "").trim();
}

function formatNumber(magnitude: number, section: string): string {
  const pattern = /[#0][#0,]*(\.[0#]+)?%?/.exec(section.replace(/"[^"]*"/g, (q) => " ".repeat(q.length)));
  if (!pattern) return undecorate(section);
  const decimals = pattern[1] ? pattern[1].length - 1 : 0;
  const percent = pattern[0].endsWith("%");
  let digits = (percent ? magnitude * 100 : magnitude).toFixed(decimals);
  if (pattern[0].includes(",")) {
    const [whole, fraction] = digits.split(".");
    digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  }
  const end = pattern.index + pattern[0].length;
  return (
    undecorate(section.slice(0, pattern.index)) +
    digits +
    (percent ? "%" : "") +
    undecorate(section.slice(end))
  );
}

export function displayText(value: string | number | boolean, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "General" || format === "") return general(value);
  const parts = sections(format);
  if (/[yd]/i.test(parts[0]) && !/[#0]/.test(parts[0])) return formatDate(value, parts[0]);
  if (value < 0 && parts.length > 1) return formatNumber(-value, parts[1]);
  if (value === 0 && parts.length > 2) return formatNumber(0, parts[2]);
  const text = formatNumber(Math.abs(value), parts[0]);
  return value < 0 ? `-${text}` : text;
}
