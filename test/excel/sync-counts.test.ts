// A constant number of context.sync() calls per action, whatever the size: 10, 1,000 or 10,000.
import { measure, SYNC_SCENARIOS } from "./sync-scenarios";

// What each action needs, worked out from its batches (see the module of each action):
// reads 1; a new table 2 (sheet names, then every write); select 2 (the sheet exists? then go);
// mark 3 (the sheets exist? and the marks kept in settings; each cell's number format and note;
// then every format); clear 4 (the marks kept; how many rules each marked cell holds; the rules of
// cells holding only ours; the deletes) and one more when someone else's rule shares a marked cell;
// report 2; list 2 (sheet names, then every used range); replace 4 (list 2, then which formulas
// spill, then the writes); a column 2, or 1 when it stops to ask before overwriting.
const EXPECTED: Record<string, number> = {
  readUsedRange: 1,
  readSelection: 1,
  "writeTableToNewSheet (+ chart)": 2,
  selectCell: 2,
  markCells: 3,
  clearMarks: 4,
  writeReportSheet: 2,
  listTieoutFormulas: 2,
  replaceTieoutFormulasWithValues: 4,
  "writeColumn (empty target)": 2,
  "writeColumn (needs confirmation)": 1,
};

describe.each(SYNC_SCENARIOS)("$action", (scenario) => {
  it("makes the same number of syncs at 10, 1,000 and 10,000 rows", async () => {
    const counts: number[] = [];
    for (const size of [10, 1000, 10000]) counts.push((await measure(scenario, size)).syncs);
    expect(counts).toEqual([EXPECTED[scenario.action], EXPECTED[scenario.action], EXPECTED[scenario.action]]);
  });
});
