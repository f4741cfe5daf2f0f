// How reading time grows with the input (issue 11 item 5), for the linear-time tests of the text and
// HTML readers. Time is never asserted in milliseconds: a check reads an input and the same input
// GROWTH times as long in the same test, and a linear reader costs about GROWTH× (a quadratic one GROWTH²×).
import { checkSchedules } from "../../../../src/core/schedule2";

/** How many times longer the large input is than the small one. */
export const GROWTH = 8;
/** Reading GROWTH× the input may cost at most this many times as much (linear: 8; quadratic: 64). */
export const MAX_RATIO = 24;
/** Below this a run is timer noise: the baseline is never taken as less. */
const FLOOR_MS = 10;

function elapsed(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * The cost of reading `make(GROWTH × n)` against reading `make(n)`: the best of three runs of each,
 * taken in turn, so that a pause of the (shared, loaded) machine does not land on one size only.
 * Each run reads a string made anew: V8 keeps the results of some regular expressions on the string
 * they ran on, and a second read of the same string can take a hundredth of the first.
 */
export function growthRatio(
  make: (bytes: number) => string,
  bytes: number,
  read: (text: string) => unknown = (text) => checkSchedules(text),
): number {
  read(make(bytes)); // warm up the code paths
  let smallBest = Infinity;
  let largeBest = Infinity;
  for (let round = 0; round < 3; round++) {
    const small = make(bytes);
    smallBest = Math.min(
      smallBest,
      elapsed(() => read(small)),
    );
    const large = make(GROWTH * bytes);
    largeBest = Math.min(
      largeBest,
      elapsed(() => read(large)),
    );
  }
  return largeBest / Math.max(FLOOR_MS, smallBest);
}

/** `unit` repeated to at least `bytes` characters. */
export const repeated = (unit: string, bytes: number) =>
  unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
