import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ExcelGateway, TieoutFormula } from "../../excel/types";
import { ConfirmDialog } from "../shared/ConfirmDialog";
import { plural } from "../shared/format";
import { BusyState, ErrorState } from "../shared/StateViews";
import { StatusLine } from "../shared/StatusLine";
import { useViewStyles } from "../shared/styles";
import { useAsync } from "../shared/useAsync";

const LISTED = 5;

/** Replace TIEOUT formulas with their values, after saying how many and why. */
export function ShareSafely({ gateway }: { gateway: ExcelGateway }) {
  const view = useViewStyles();
  const [state, run] = useAsync<string>();
  const [found, setFound] = useState<TieoutFormula[] | null>(null);

  const start = () =>
    void run(async () => {
      const formulas = await gateway.listTieoutFormulas();
      if (formulas.length === 0) return "This workbook has no TIEOUT formulas: it is safe to share as it is.";
      setFound(formulas);
      return `Found ${plural(formulas.length, "TIEOUT formula")}.`;
    });

  const replace = () => {
    setFound(null);
    void run(async () => {
      const count = await gateway.replaceTieoutFormulasWithValues();
      return `Replaced ${plural(count, "TIEOUT formula")} with ${count === 1 ? "its value" : "their values"}.`;
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
        confirmLabel={found ? `Replace ${plural(found.length, "formula")}` : "Replace"}
        onConfirm={replace}
        onCancel={() => setFound(null)}
      >
        {found && (
          <>
            <Text as="p">
              This workbook has {plural(found.length, "TIEOUT formula")}. Each becomes the value it shows now
              and stops recalculating; Undo may not bring them back, so keep a copy with the formulas.
            </Text>
            <ul className={view.list}>
              {found.slice(0, LISTED).map((f) => (
                <li key={f.address} className={view.wrap}>
                  {f.address}: {f.formula}
                </li>
              ))}
              {found.length > LISTED && <li>and {found.length - LISTED} more</li>}
            </ul>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
