import Decimal from "decimal.js";
import { vestedAsOf } from "../../../src/core/vesting";
import { serialToIso, parseIsoDate } from "../../../src/core/dates";
const N = 300000;
function time(label: string, f: (i: number) => unknown) {
  let s: unknown;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) s = f(i);
  console.log(label, (Number(process.hrtime.bigint() - t0) / N).toFixed(1), typeof s);
}
const shares = new Decimal(1000);
const isos = Array.from({ length: 1000 }, (_, i) => serialToIso(37823 + i));
const input = { grantDate: "2003-07-21", shares, schedule: null, terminationDate: null, rounding: null };
for (let r = 0; r < 2; r++) {
  time("serialToIso", (i) => serialToIso(37823 + (i % 1000)));
  time("parseIsoDate", (i) => parseIsoDate(isos[i % 1000]));
  time("vestedAsOf same input", (i) => vestedAsOf(input, isos[i % 1000]));
  time("vestedAsOf new input", (i) =>
    vestedAsOf(
      { grantDate: "2003-07-21", shares, schedule: null, terminationDate: null, rounding: null },
      isos[i % 1000],
    ),
  );
  const d = new Decimal(541);
  time("toNumber", () => d.toNumber());
  time("String(decimal)", () => String(shares));
}
