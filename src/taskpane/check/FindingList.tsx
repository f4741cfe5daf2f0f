// The findings as one list a keyboard walks: a single tab stop, arrow keys move between findings,
// Enter (or a click) selects the finding's cell in Excel, like Excel's own Error Checking.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { FindingJson } from "../../core/schedule2/types";
import { useViewStyles } from "../shared/styles";
import { checkLabel, findingSymbol, isCellAddress, severityWord } from "./findings";

export interface ListedFinding {
  /** Stable within one run: the finding's place in the report. */
  key: string;
  finding: FindingJson;
  /** The schedule's title, when the run found more than one. */
  schedule?: string;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: tokens.spacingVerticalXXS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    // A long run scrolls inside the list, so what follows it stays on screen.
    maxHeight: "45vh",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  option: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid transparent`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  notACell: { cursor: "default" },
  detail: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  selectedMark: { fontWeight: tokens.fontWeightSemibold },
});

export function FindingList({
  items,
  label,
  current,
  selected,
  onMove,
  onChoose,
}: {
  items: ListedFinding[];
  /** The list's accessible name. */
  label: string;
  /** Index (in `items`) of the finding the keyboard is on. */
  current: number;
  /** Key of the finding whose cell was last selected in Excel, if any. */
  selected: string | null;
  onMove: (index: number) => void;
  onChoose: (index: number) => void;
}) {
  const styles = useStyles();
  const view = useViewStyles();
  const refs = useRef<(HTMLLIElement | null)[]>([]);
  const focusNext = useRef(false);

  // Move focus only after a key press moved `current`, never when the list re-renders.
  useEffect(() => {
    if (focusNext.current) {
      focusNext.current = false;
      refs.current[current]?.focus();
    }
  }, [current]);

  if (items.length === 0) return null;
  const at = Math.min(Math.max(current, 0), items.length - 1);

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(index + 10, last),
      PageUp: Math.max(index - 10, 0),
    };
    if (event.key in moves) {
      event.preventDefault();
      focusNext.current = true;
      onMove(moves[event.key]);
      if (moves[event.key] === index) refs.current[index]?.focus();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onChoose(index);
    }
  };

  return (
    <ul role="listbox" aria-label={label} className={styles.list}>
      {items.map((item, i) => {
        const { finding } = item;
        const isSelected = item.key === selected;
        const tone = finding.severity === "error" ? view.error : view.warning;
        const selectable = isCellAddress(finding.location);
        return (
          <li
            key={item.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            id={`finding-${item.key}`}
            role="option"
            aria-selected={isSelected}
            tabIndex={i === at ? 0 : -1}
            className={mergeClasses(
              styles.option,
              isSelected && styles.selected,
              !selectable && styles.notACell,
            )}
            onClick={() => {
              onMove(i);
              onChoose(i);
            }}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <span aria-hidden="true" className={tone}>
              {findingSymbol(finding.severity)}
            </span>
            <span className={view.wrap}>
              <span>
                {severityWord(finding.severity)}: {finding.message}
              </span>
              <span className={styles.detail}>
                {checkLabel(finding.check)} · {item.schedule ? `${item.schedule} · ` : ""}
                {finding.location}
                {isSelected && <span className={styles.selectedMark}> · selected in Excel</span>}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
