import { vested } from "../../../src/functions/functions";
let s = 0;
const t0 = Date.now();
for (let r = 0; r < 30; r++) for (let i = 0; i < 20000; i++) s += vested(37823 + (i % 5), 1000 + (i % 200), 38038 + (i % 900));
console.log(Date.now() - t0, "ms", (Date.now() - t0) * 1e6 / 600000, "ns/call", s);
