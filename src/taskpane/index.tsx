import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../excel/gateway";
import { App } from "./App";
import { themeForOffice } from "./theme";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element to render into.");
  const officeTheme = Office.context?.officeTheme;
  createRoot(container).render(
    <FluentProvider theme={themeForOffice(officeTheme)}>
      <App gateway={createOfficeGateway()} />
    </FluentProvider>,
  );
});
