import Decimal from "decimal.js";

/** `1234567.5` → `1,234,567.5`, negatives with a minus sign; exact for any Decimal. */
export function formatAmount(value: Decimal.Value): string {
  const text = new Decimal(value).toFixed();
  const [whole, fraction] = text.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = text.startsWith("-") ? "−" : "";
  return sign + grouped + (fraction ? "." + fraction : "");
}

/** A figure in a schedule as an accountant prints it: `-473` → `(473)`, the way the filing and the inserted sheet's accounting format show it. */
export function formatFigure(value: Decimal.Value): string {
  const amount = new Decimal(value);
  return amount.isNegative() && !amount.isZero()
    ? `(${formatAmount(amount.negated())})`
    : formatAmount(amount.abs());
}

/** `3` → `3 cells`, `1` → `1 cell`. */
export function plural(count: number, singular: string, pluralForm = singular + "s"): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
