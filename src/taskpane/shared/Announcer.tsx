import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Visually hidden but read by screen readers.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** A polite live region: screen readers announce its text whenever it changes. */
export function Announcer({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.hidden}>
      {message}
    </div>
  );
}
