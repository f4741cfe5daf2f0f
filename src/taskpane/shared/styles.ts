import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the views: one column that fits a 350 px pane without horizontal scroll. */
export const useViewStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    // Flex items default to their content's width; a long option or word must not widen the pane.
    "& > *": { minWidth: 0, maxWidth: "100%" },
  },
  // For a Select's native <select>, whose natural width is its longest option.
  selectControl: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  // Two small fields side by side, or one under the other when the pane is narrow.
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  position: { alignSelf: "center", color: tokens.colorNeutralForeground2 },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  wrap: {
    overflowWrap: "anywhere",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  // A wide table scrolls inside its own focusable box, never the whole pane.
  tableScroll: {
    overflowX: "auto",
    maxWidth: "100%",
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: "right",
      whiteSpace: "nowrap",
    },
    "& th:first-child, & td:first-child": { textAlign: "left", whiteSpace: "normal" },
  },
});
