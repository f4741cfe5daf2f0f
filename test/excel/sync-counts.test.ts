// A constant number of context.sync() calls per action, whatever the size: 10, 1,000 or 10,000.
import { CELLS_PER_BLOCK } from "../../src/excel/blocks";
import { measure, SYNC_SCENARIOS } from "./sync-scenarios";

// What each action needs, worked out from its batches (see the module of each action):
// reads 1; a new table 2 (sheet names, then every write); select 2 (the sheet exists? then go);
// mark 3 (the sheets exist? and the marks kept in settings; each cell's number format and note;
// then every format); clear 4 (the marks kept; how many rules each marked cell holds; the rules of
// cells holding only ours; the deletes) and one more when someone else's rule shares a marked cell;
// report 2; list 2 (sheet names, then every used range); replace 4 (list 2, then which formulas
// spill, then the writes); a column 2, or 1 when it stops to ask before overwriting.
// Reads go in blocks of rows (one request per block: Excel on the web's 5 MB limit): their place
// first (1 sync; 2 for the selection, whose areas are checked before Excel is asked for it), then
// one sync per block. Below a block's size that is one more sync; above, the syncs grow with the
// blocks only.
const BLOCKED: Record<string, number> = {
  readUsedRange: 1,
  readSelection: 2,
  // a column: its target read in blocks (asks before overwriting), then written in blocks
  "writeColumn (empty target)": 1,
  "writeColumn (needs confirmation)": 0,
  // the report: sheet names, then its cells in blocks of at most 2 MB of JSON each
  writeReportSheet: 1,
};
const EXPECTED: Record<string, number> = {
  "writeTableToNewSheet (+ chart)": 2,
  selectCell: 2,
  markCells: 4,
  clearMarks: 4,
  writeReportSheet: 2,
  listTieoutFormulas: 2,
  replaceTieoutFormulasWithValues: 4,
  "writeColumn (empty target)": 2,
  "writeColumn (needs confirmation)": 1,
};

const blocked = SYNC_SCENARIOS.filter((s) => s.action in BLOCKED);
const constant = SYNC_SCENARIOS.filter((s) => !(s.action in BLOCKED));

describe.each(blocked)("$action", (scenario) => {
  it("reads up to a block in one sync after its place, and larger sheets in a few blocks", async () => {
    const base = BLOCKED[scenario.action];
    expect((await measure(scenario, 10)).syncs).toBe(base + 1);
    expect((await measure(scenario, 1000)).syncs).toBe(base + 1);
    // 10,001 rows × 5 columns = 50,005 cells: 3 blocks of 20,000 cells at most.
    const large = (await measure(scenario, 10000)).syncs;
    expect(large).toBeGreaterThan(base + 1);
    expect(large).toBeLessThanOrEqual(base + Math.ceil(50005 / CELLS_PER_BLOCK));
  });
});

describe.each(constant)("$action", (scenario) => {
  it("makes the same number of syncs at 10, 1,000 and 10,000 rows", async () => {
    const counts: number[] = [];
    for (const size of [10, 1000, 10000]) counts.push((await measure(scenario, size)).syncs);
    expect(counts).toEqual([EXPECTED[scenario.action], EXPECTED[scenario.action], EXPECTED[scenario.action]]);
  });
});
