import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../excel/gateway";
import { hostProblem, learnDateSystem } from "../excel/host";
import { App } from "./App";
import { themeForOffice } from "./theme";

Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element to render into.");
  const problem = hostProblem(info);
  if (problem) {
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = problem;
    container.replaceChildren(message);
    return;
  }
  // The custom functions check their dateSystem argument against what this learns (a 1904 workbook).
  void learnDateSystem().catch(() => undefined);
  const officeTheme = Office.context?.officeTheme;
  createRoot(container).render(
    <FluentProvider theme={themeForOffice(officeTheme)}>
      <App gateway={createOfficeGateway()} />
    </FluentProvider>,
  );
});
