import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ExcelGateway, FormulaGroup } from "../../excel/types";
import { ConfirmDialog } from "../shared/ConfirmDialog";
import { formatAmount, plural } from "../shared/format";
import { groupFormulas } from "./formula-groups";
import { BusyState, ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { useAsync } from "../shared/useAsync";

const LISTED = 6;

/** `3 formulas`, `10,000 formulas`: counts with thousands separators. */
const count = (n: number, word: string) => `${formatAmount(n)} ${n === 1 ? word : word + "s"}`;

/** Replace TIEOUT formulas with their values, after saying how many and why. */
export function ShareSafely({ gateway }: { gateway: ExcelGateway }) {
  const view = useViewStyles();
  const [state, run] = useAsync<string>();
  const [found, setFound] = useState<FormulaGroup[] | null>(null);
  const total = found ? found.reduce((n, g) => n + g.count, 0) : 0;
  const sheets = found ? new Set(found.map((g) => g.address.replace(/![^!]*$/, ""))).size : 0;

  const start = () =>
    void run(async () => {
      const groups = gateway.summariseTieoutFormulas
        ? await gateway.summariseTieoutFormulas()
        : groupFormulas(await gateway.listTieoutFormulas());
      const n = groups.reduce((sum, g) => sum + g.count, 0);
      if (n === 0) return "This workbook has no TIEOUT formulas: it is safe to share as it is.";
      setFound(groups);
      return `Found ${count(n, "TIEOUT formula")}.`;
    });

  const replace = () => {
    setFound(null);
    void run(async () => {
      const replaced = await gateway.replaceTieoutFormulasWithValues();
      return `Replaced ${count(replaced, "TIEOUT formula")} with ${replaced === 1 ? "its value" : "their values"}.`;
    });
  };

  return (
    <section
      className={view.section}
      aria-labelledby="share-safely-heading"
      aria-busy={state.status === "busy"}
    >
      <h2 id="share-safely-heading" className={view.subheading}>
        Share safely
      </h2>
      <Text size={200}>
        Someone without Tieout sees #NAME? where a TIEOUT formula is. Before sending the workbook, replace
        them with their values.
      </Text>
      <div className={view.actions}>
        <Button onClick={start} disabled={state.status === "busy"}>
          Share safely…
        </Button>
      </div>
      {state.status === "busy" && <BusyState label="Looking through the workbook…" />}
      {state.status === "error" && <ErrorState title="Could not share safely" message={state.message} />}
      <StatusLine message={state.status === "result" ? state.value : ""} />
      <ConfirmDialog
        open={found !== null}
        title="Replace TIEOUT formulas with values?"
        confirmLabel={found ? `Replace ${count(total, "formula")}` : "Replace"}
        cancelLabel="Keep the formulas"
        onConfirm={replace}
        onCancel={() => setFound(null)}
      >
        {found && (
          <>
            <Text as="p">
              This workbook has {count(total, "TIEOUT formula")} on {plural(sheets, "sheet")}. Each becomes
              the value it shows now and stops recalculating. Undo (Ctrl+Z) cannot bring the formulas back:
              save a copy with them first.
            </Text>
            <ul className={view.list} aria-label="Where the formulas are">
              {found.slice(0, LISTED).map((g) => (
                <li key={g.address} className={view.wrap}>
                  {g.address}: {count(g.count, "formula")}
                  {g.showingErrors > 0 &&
                    ` (${formatAmount(g.showingErrors)} showing an error stay formulas)`}
                </li>
              ))}
              {found.length > LISTED && <li>and {plural(found.length - LISTED, "more range")}</li>}
            </ul>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
