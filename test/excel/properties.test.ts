// Invariants of the adapter, over generated input.
import fc from "fast-check";
import { CellBlock, formatBlock, parseBlock, qualifiedAddress, splitAddress } from "../../src/excel/address";
import { createOfficeGateway } from "../../src/excel/gateway";
import { uniqueSheetName } from "../../src/excel/sheet-names";
import { installStandin } from "../office-standin/install";
import { cellSnapshot, seedSchedule } from "./support";

const gateway = createOfficeGateway();

const blocks: fc.Arbitrary<CellBlock> = fc
  .record({ row: fc.nat(1048575), column: fc.nat(16383), rows: fc.nat(1048575), columns: fc.nat(16383) })
  .map(({ row, column, rows, columns }) => ({
    row,
    column,
    rowCount: Math.min(rows, 1048575 - row) + 1,
    columnCount: Math.min(columns, 16383 - column) + 1,
  }));

describe("address invariants", () => {
  it("formats and parses any block back to itself", () => {
    fc.assert(fc.property(blocks, (block) => expect(parseBlock(formatBlock(block))).toEqual(block)));
  });

  it("splits a qualified address back into any valid sheet name and its cell", () => {
    fc.assert(
      fc.property(fc.string(), blocks, (wanted, block) => {
        const name = uniqueSheetName(wanted, []);
        expect(splitAddress(qualifiedAddress(name, formatBlock(block)))).toEqual({
          sheetName: name,
          local: formatBlock(block),
        });
      }),
    );
  });

  it("always derives a name Excel accepts and that is not taken", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 31 })), (wanted, existing) => {
        const name = uniqueSheetName(wanted, existing);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
        expect(existing.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });
});

describe("writing and marking invariants", () => {
  it("writes any text that is not a formula as exactly that text", async () => {
    const text = fc.string().filter((s) => !s.startsWith("="));
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const standin = installStandin({ sheets: [{ name: "S" }] });
        await gateway.writeTableToNewSheet({ sheetName: "T", rows: [[s]] });
        expect(standin.cell("T!A1").value).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it("marking any cells (twice, as a user might) then clearing leaves the schedule exactly as it was", async () => {
    const cell = fc.record({
      address: fc
        .tuple(fc.constantFrom("A", "B", "C", "D", "E", "F"), fc.integer({ min: 1, max: 5 }))
        .map(([c, r]) => `Seed!${c}${r}`),
      kind: fc.constantFrom("error" as const, "warning" as const, "tie" as const),
      note: fc.string(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 20 }), async (marks) => {
        const standin = installStandin({ sheets: [seedSchedule()] });
        const before = cellSnapshot(standin.sheet("Seed"));
        await gateway.markCells(marks);
        await gateway.markCells(marks);
        const cells = new Set(marks.map((m) => m.address)).size;
        expect(standin.sheet("Seed").conditionalFormats).toHaveLength(cells);
        expect(await gateway.clearMarks()).toBe(cells);
        expect(cellSnapshot(standin.sheet("Seed"))).toEqual(before);
        expect(standin.sheet("Seed").conditionalFormats).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
