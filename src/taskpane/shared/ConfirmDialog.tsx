import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";

/**
 * A modal question with one risky action and a safe way out. It opens with focus on the safe
 * choice, so a stray Enter keeps the user's data; Escape also cancels.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = "Cancel",
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const safe = useRef<HTMLButtonElement>(null);
  // Fluent focuses the first focusable element (the risky button); move to the safe one once the
  // dialog has taken focus.
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => safe.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [open]);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button appearance="primary" onClick={onCancel} ref={safe}>
              {cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
