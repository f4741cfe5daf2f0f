import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Perceived lightness 0–255 of a `#rrggbb` or `#rgb` colour; null when it is not one. */
function lightness(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  // ITU-R BT.601 luma weights.
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** Office's theme decides: a dark body background gets Fluent's dark theme. */
export function themeForOffice(officeTheme: { bodyBackgroundColor?: string } | undefined | null): Theme {
  const luma = officeTheme?.bodyBackgroundColor ? lightness(officeTheme.bodyBackgroundColor) : null;
  return luma !== null && luma < 128 ? webDarkTheme : webLightTheme;
}
