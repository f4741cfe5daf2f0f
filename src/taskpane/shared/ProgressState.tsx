import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { formatAmount } from "./format";
import type { Progress } from "./useTask";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
});

/** `Writing formulas: 3,000 of 10,000`, a bar, and a Cancel button. */
export function ProgressState({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const styles = useStyles();
  const counted = progress.done !== undefined && progress.total !== undefined && progress.total > 0;
  const label = counted
    ? `${progress.label}: ${formatAmount(progress.done ?? 0)} of ${formatAmount(progress.total ?? 0)}`
    : progress.label;
  return (
    <div className={styles.row}>
      <Field className={styles.bar} label={label} validationState="none">
        <ProgressBar
          value={counted ? (progress.done ?? 0) / (progress.total ?? 1) : undefined}
          aria-label={label}
        />
      </Field>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}
