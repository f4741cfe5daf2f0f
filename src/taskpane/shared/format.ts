import Decimal from "decimal.js";

/** `1234567.5` → `1,234,567.5`, negatives with a minus sign; exact for any Decimal. */
export function formatAmount(value: Decimal.Value): string {
  const text = new Decimal(value).toFixed();
  const [whole, fraction] = text.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = text.startsWith("-") ? "−" : "";
  return sign + grouped + (fraction ? "." + fraction : "");
}

/** `3` → `3 cells`, `1` → `1 cell`. */
export function plural(count: number, singular: string, pluralForm = singular + "s"): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
