import * as fs from "fs";
import { checkSchedules, readSchedules } from "./src/core/schedule2";
const input = fs.readFileSync(process.argv[2], "utf8");
for (const m of readSchedules(input)) for (const r of m.rows) console.log(`${r.period} | ${r.account} | ${r.isTotal ? "total" : "-"} | ${r.begin} | ${r.additions.join(" ")} | ${r.deductions.join(" ")} | ${r.end}`);
for (const s of checkSchedules(input).schedules) for (const f of s.findings) console.log(f.severity, f.check, f.period, f.account, f.message);
