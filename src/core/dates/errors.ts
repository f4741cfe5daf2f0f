/**
 * A date that cannot be read or cannot be represented. `reason` separates text that is not a
 * date at all (`format`) from a real date or serial outside what Excel can hold (`range`), so
 * adapters can answer #VALUE! or #NUM! as Excel would.
 */
export class DateError extends RangeError {
  constructor(
    message: string,
    readonly reason: "format" | "range",
  ) {
    super(message);
    this.name = "DateError";
  }
}
