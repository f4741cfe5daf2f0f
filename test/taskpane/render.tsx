import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import sheets from "../e2e/sheets.json";
import { FakeGateway, sheetGrid } from "./fake-gateway";
import type { CellValue } from "../../src/excel/types";

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}

export function renderInProvider(ui: React.ReactElement) {
  const user = userEvent.setup();
  return { user, ...render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>) };
}

/** The sheets the e2e stand-in is preloaded with, as grids the fake gateway returns. */
export function fixtureGrid(name: keyof typeof sheets, rowIndex = 0, columnIndex = 0) {
  const grid = sheetGrid(name, sheets[name] as CellValue[][], rowIndex, columnIndex);
  if (name !== "Grants") return grid;
  // As in the e2e workbook (standin.js): the grant dates are serials formatted as dates.
  const numberFormats = grid.values.map((row, r) =>
    row.map((_, c) => (r > 0 && c === 0 ? "yyyy-mm-dd" : "General")),
  );
  return { ...grid, numberFormats };
}

export { FakeGateway };

// jsdom has no real focus tracking, so tabster (Fluent's focus manager) soon takes an open dialog
// for an inactive modal and marks it aria-hidden. Chromium does not: the e2e test finds the
// dialogs by role and scans them with axe. Here they are queried with hidden elements included.

/** The open confirm dialog. */
export function findDialog(): Promise<HTMLElement> {
  return screen.findByRole("alertdialog", { hidden: true });
}

/** A button of the open confirm dialog. */
export async function dialogButton(name: string): Promise<HTMLElement> {
  return within(await findDialog()).findByRole("button", { name, hidden: true });
}

/** Waits until no dialog is open, nor closing. */
export function dialogClosed(): Promise<void> {
  return waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
}
