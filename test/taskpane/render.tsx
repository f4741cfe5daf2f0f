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

/**
 * A button of the open confirm dialog. Tabster (Fluent's focus manager) may briefly mark a
 * freshly opened dialog aria-hidden while it moves the modal layer, so this waits until the
 * dialog is exposed to assistive technology, as a screen reader user would.
 */
export function dialogButton(name: string): Promise<HTMLElement> {
  return waitFor(() => within(screen.getByRole("alertdialog")).getByRole("button", { name }), {
    timeout: 5000,
  });
}
