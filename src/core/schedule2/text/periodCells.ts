// Year labels in a stored render's cell stream. A render that prints the year in the label column
// gives it a cell of its own just before the first account of the year ("2008" / "Allowance for
// doubtful accounts" / "$88" …): that year opens the body, it is not the last column heading.
const BARE_YEAR = /^(?:19|20)\d\d:?$/;

interface Cell {
  text: string;
  empty: boolean;
}

function filledBefore(cells: readonly Cell[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (!cells[i].empty) return i;
  return -1;
}

/**
 * Where the body starts when `label` is the first row label: at a lone year cell just before it,
 * when that year stands alone (a line of years "2019" "2018" "2017" is a header across instead).
 */
export function withYearBefore(cells: readonly Cell[], label: number): number {
  const year = filledBefore(cells, label);
  if (year < 0 || !BARE_YEAR.test(cells[year].text.trim())) return label;
  const before = filledBefore(cells, year);
  return before >= 0 && BARE_YEAR.test(cells[before].text.trim()) ? label : year;
}

/**
 * The cells of a line of years across ("2019" "2018" "2017", empty cells between): two or more
 * bare years one after another among the filled cells. Such years head the value columns of a
 * schedule printed with the periods across; a lone year is a block's period instead.
 */
export function yearsAcross(cells: readonly Cell[]): Set<number> {
  const across = new Set<number>();
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 2) run.forEach((index) => across.add(index));
    run = [];
  };
  cells.forEach((cell, index) => {
    if (cell.empty) return;
    if (BARE_YEAR.test(cell.text.trim())) run.push(index);
    else flush();
  });
  flush();
  return across;
}
