import { Text } from "@fluentui/react-components";

/**
 * The latest outcome of an action, visible and in a polite live region so screen readers
 * announce it. It is always rendered (even empty) because a region must exist before its text
 * changes for the change to be announced.
 */
export function StatusLine({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {message && <Text>{message}</Text>}
    </div>
  );
}
