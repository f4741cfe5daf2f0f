import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";

export function BusyState({ label }: { label: string }) {
  return <Spinner size="small" label={label} aria-live="polite" />;
}

export function ErrorState({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <Text as="p" italic>
      {children}
    </Text>
  );
}
