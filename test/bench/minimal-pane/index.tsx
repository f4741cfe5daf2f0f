// The smallest useful Fluent UI v9 task pane (a provider, a heading, a field and a button): the
// baseline the bundle bench weighs Tieout's task pane against.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, Field, FluentProvider, Input, Title3, webLightTheme } from "@fluentui/react-components";

function MinimalPane(): React.JSX.Element {
  const [value, setValue] = React.useState("");
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">Minimal pane</Title3>
      <Field label="Value">
        <Input value={value} onChange={(_, data) => setValue(data.value)} />
      </Field>
      <Button appearance="primary" onClick={() => setValue("")}>
        Clear
      </Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<MinimalPane />);
