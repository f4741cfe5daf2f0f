import { Divider, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ExcelGateway } from "../excel/types";
import { CheckView } from "./check/CheckView";
import { ImportView } from "./import/ImportView";
import { ShareSafely } from "./share/ShareSafely";
import { VestingView } from "./vesting/VestingView";

type ViewName = "check" | "import" | "vesting";

const VIEWS: { name: ViewName; label: string }[] = [
  { name: "check", label: "Check" },
  { name: "import", label: "Import" },
  { name: "vesting", label: "Vesting" },
];

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    maxWidth: "100%",
    overflowX: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  footer: {
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
});

export function App({ gateway, today }: { gateway: ExcelGateway; today?: string }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<ViewName>("check");
  return (
    <div className={styles.app}>
      <header>
        <h1 className={styles.title}>Tieout</h1>
        <TabList
          selectedValue={selected}
          onTabSelect={(_, data) => setSelected(data.value as ViewName)}
          aria-label="Tieout views"
        >
          {VIEWS.map((v) => (
            <Tab key={v.name} value={v.name} id={`tab-${v.name}`} aria-controls={`panel-${v.name}`}>
              {v.label}
            </Tab>
          ))}
        </TabList>
      </header>
      <main>
        {VIEWS.map((v) => (
          // Views stay mounted so their inputs and results survive switching tabs.
          <div
            key={v.name}
            role="tabpanel"
            id={`panel-${v.name}`}
            aria-labelledby={`tab-${v.name}`}
            hidden={selected !== v.name}
          >
            {v.name === "check" && <CheckView gateway={gateway} />}
            {v.name === "import" && <ImportView gateway={gateway} />}
            {v.name === "vesting" && <VestingView gateway={gateway} today={today} />}
          </div>
        ))}
      </main>
      <footer className={styles.footer}>
        <Divider />
        <ShareSafely gateway={gateway} />
      </footer>
    </div>
  );
}
