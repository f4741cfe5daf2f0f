import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FindingJson } from "../../core/schedule2/types";
import { plural } from "../shared/format";
import { useViewStyles } from "../shared/styles";
import { FindingGroup, findingSymbol, isCellAddress } from "./findings";

const useStyles = makeStyles({
  findingButton: {
    width: "100%",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  finding: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    minWidth: 0,
  },
  detail: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

function severityWord(severity: FindingJson["severity"]): string {
  return severity === "error" ? "Error" : "Warning";
}

function FindingItem({ finding, onSelect }: { finding: FindingJson; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const view = useViewStyles();
  const tone = finding.severity === "error" ? view.error : view.warning;
  const content = (
    <span className={styles.finding}>
      <span aria-hidden="true" className={tone}>
        {findingSymbol(finding.severity)}
      </span>
      <span className={view.wrap}>
        <span>
          {severityWord(finding.severity)}: {finding.message}
        </span>
        <span className={styles.detail}>
          {finding.column ? `${finding.column} · ` : ""}
          {finding.location}
        </span>
      </span>
    </span>
  );
  if (!isCellAddress(finding.location)) return <li>{content}</li>;
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.findingButton}
        title={`Select ${finding.location}`}
        onClick={() => onSelect(finding.location)}
      >
        {content}
      </Button>
    </li>
  );
}

function groupHeading(group: FindingGroup): {
  symbol: string;
  text: string;
  tone: "ok" | "error" | "warning";
} {
  if (group.findings.length === 0) return { symbol: "✓", text: `${group.label}: ${group.clean}`, tone: "ok" };
  const counts = [
    group.errors ? plural(group.errors, "error") : "",
    group.warnings ? plural(group.warnings, "warning") : "",
  ].filter(Boolean);
  return {
    symbol: group.errors ? "✗" : "⚠",
    text: `${group.label}: ${counts.join(", ")}`,
    tone: group.errors ? "error" : "warning",
  };
}

/** One check's findings under a heading that gives its count with a symbol, not colour alone. */
export function FindingGroupSection({
  group,
  headingId,
  onSelect,
}: {
  group: FindingGroup;
  headingId: string;
  onSelect: (address: string) => void;
}) {
  const view = useViewStyles();
  const heading = groupHeading(group);
  return (
    <section aria-labelledby={headingId} className={view.section}>
      <h3 id={headingId} className={view.subheading}>
        <span aria-hidden="true" className={mergeClasses(view[heading.tone])}>
          {heading.symbol}{" "}
        </span>
        {heading.text}
      </h3>
      {group.findings.length > 0 && (
        <ul className={view.list}>
          {group.findings.map((f, i) => (
            <FindingItem key={i} finding={f} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </section>
  );
}
