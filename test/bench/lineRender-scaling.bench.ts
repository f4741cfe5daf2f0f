// The line-render reader's alignment share (issue 11 item 5: linear on every input): the rows of a
// one-line-per-row render (fixture 241, Pep Boys, repeated to 1, 2, 4 and 8 MB), their figure end
// columns taken once, then `alignmentOfEnds` timed against a bare pass over the same end columns in
// the same process; and `readLineRender` over the whole text. A linear step doubles per doubling
// (the quadratic original took 6.6 s on 256 KB).
import { numberLines } from "../../src/core/schedule2/text/fixedWidth";
import { alignmentOfEnds, detectionRowEnds, readLineRender } from "../../src/core/schedule2/text/lineRender";
import { readShared } from "../support/shared";

const MB = 1024 * 1024;

function best(work: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    min = Math.min(min, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return min;
}

export async function run(): Promise<void> {
  const unit = readShared("fixtures/schedule2-batch2/241_pep_boys_fy2011.txt");
  console.log("alignmentOfEnds and readLineRender on 1, 2, 4, 8 MB of a line render (best of 5 / of 1)");
  let previous: { align: number; read: number } | null = null;
  for (const mb of [1, 2, 4, 8]) {
    const lines = numberLines(unit.repeat(Math.ceil((mb * MB) / unit.length)), 1);
    const ends = detectionRowEnds(lines);
    const cells = ends.reduce((n, row) => n + row.length, 0);
    const bare = best(() => {
      let sum = 0;
      for (const row of ends) for (const end of row) sum += end;
      return sum;
    });
    const align = best(() => alignmentOfEnds(ends));
    const read = best(() => readLineRender(lines), 1);
    const per = previous
      ? `  ×${(align / previous.align).toFixed(2)} / ×${(read / previous.read).toFixed(2)} per doubling`
      : "";
    console.log(
      `  ${mb} MB: ${ends.length} rows, ${cells} figures; bare pass ${bare.toFixed(1)} ms, alignment ${align.toFixed(1)} ms (${(align / Math.max(bare, 0.01)).toFixed(1)}× bare), readLineRender ${read.toFixed(0)} ms${per}`,
    );
    previous = { align, read };
  }
}
