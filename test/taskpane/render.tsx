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
  return sheetGrid(name, sheets[name] as CellValue[][], rowIndex, columnIndex);
}

export { FakeGateway };

/** A button of the open confirm dialog. */
export async function dialogButton(name: string): Promise<HTMLElement> {
  return within(await screen.findByRole("alertdialog")).findByRole("button", { name });
}

/**
 * Waits for the dialog to close. Tabster (Fluent's focus manager) keeps its modal layer per window,
 * so a test that ends with a dialog still closing would leave the next test's dialog aria-hidden.
 */
export function dialogClosed(): Promise<void> {
  return waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
}
