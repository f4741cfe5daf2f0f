/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { themeForOffice } from "../../src/taskpane/theme";
import { FakeGateway, renderInProvider } from "./render";

describe("App", () => {
  test("three views in a tab list; switching shows the chosen view and hides the others", async () => {
    const { user } = renderInProvider(<App gateway={new FakeGateway()} today="2004-02-21" />);
    // A tab's text holds a hidden copy (Fluent reserves bold width), so compare accessible names.
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    for (const name of ["Check", "Import", "Vesting"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByText("Select a Schedule II or run on the sheet.")).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Vesting" }));
    expect(screen.getByText("Enter a grant date and shares to see the vesting.")).toBeTruthy();
    // Views stay mounted (their inputs survive a tab switch) but only the chosen one shows.
    const checkPanel = screen
      .getByText("Select a Schedule II or run on the sheet.")
      .closest("[role='tabpanel']");
    expect((checkPanel as HTMLElement).hidden).toBe(true);
  });

  test("Share safely is there whichever view is open", async () => {
    const { user } = renderInProvider(<App gateway={new FakeGateway()} />);
    await user.click(screen.getByRole("tab", { name: "Import" }));
    expect(screen.getByRole("button", { name: "Share safely…" })).toBeTruthy();
  });
});

describe("theme", () => {
  test("a dark Office body background gets the dark theme", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  });

  test("a light background, a bad colour or no Office theme gets the light theme", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
    expect(themeForOffice(undefined)).toBe(webLightTheme);
  });
});
