import { createOfficeGateway } from "../../src/excel/gateway";
import { seedSchedule } from "./support";
import { installStandin } from "../office-standin/install";

const gateway = createOfficeGateway();

function grantsWithFormulas() {
  return {
    sheets: [
      seedSchedule(),
      {
        name: "Grants",
        rows: [
          ["Grant date", "Shares", "Vested", "Check"],
          // 2003-07-21 (37823), 1,000 shares, vested as of 2004-02-21: 500 + 1/24 of 500 → 520 rounded down.
          [
            { value: 37823, numberFormat: "yyyy-mm-dd" },
            1000,
            { formula: "=TIEOUT.VESTED(A2,B2,DATE(2004,2,21))", value: 520, numberFormat: "#,##0" },
            { formula: "=B2-C2", value: 480 },
          ],
          [
            37823,
            2000,
            { formula: "=tieout.vested(A3,B3,DATE(2004,2,21))", value: 1041 },
            { formula: '="TIEOUT"', value: "TIEOUT" },
          ],
        ],
      },
      {
        name: "Table",
        rows: [
          [
            {
              formula: "=TIEOUT.VESTINGTABLE(37823,1000)",
              value: "Vest date",
              spillRows: 3,
              spillColumns: 2,
            },
            "Shares",
          ],
          [38008, 500],
          [38039, 20],
        ],
      },
    ],
  };
}

describe("TIEOUT formulas", () => {
  it("lists every TIEOUT formula in the workbook, and only those", async () => {
    installStandin(grantsWithFormulas());
    expect(await gateway.listTieoutFormulas()).toEqual([
      { address: "Grants!C2", formula: "=TIEOUT.VESTED(A2,B2,DATE(2004,2,21))" },
      { address: "Grants!C3", formula: "=tieout.vested(A3,B3,DATE(2004,2,21))" },
      { address: "Table!A1", formula: "=TIEOUT.VESTINGTABLE(37823,1000)" },
    ]);
  });

  it("replaces them with their values, keeps formats and other formulas, and keeps a spilled table whole", async () => {
    const standin = installStandin(grantsWithFormulas());
    expect(await gateway.replaceTieoutFormulasWithValues()).toBe(3);
    expect(standin.cell("Grants!C2")).toMatchObject({ value: 520, formula: null, numberFormat: "#,##0" });
    expect(standin.cell("Grants!C3")).toMatchObject({ value: 1041, formula: null });
    expect(standin.cell("Grants!D2").formula).toBe("=B2-C2");
    const table = [0, 1, 2].map((r) => ["A", "B"].map((c) => standin.cell(`Table!${c}${r + 1}`).value));
    expect(table).toEqual([
      ["Vest date", "Shares"],
      [38008, 500],
      [38039, 20],
    ]);
    expect(standin.cell("Table!A1").formula).toBeNull();
    expect(await gateway.listTieoutFormulas()).toEqual([]);
  });

  it("replaces nothing in a workbook without TIEOUT formulas", async () => {
    const standin = installStandin({ sheets: [seedSchedule(), { name: "Empty" }] });
    expect(await gateway.replaceTieoutFormulasWithValues()).toBe(0);
    expect(standin.model.writes).toEqual([]);
  });
});
