import * as fs from "fs";
import { checkSchedules } from "./src/core/schedule2";
const r = checkSchedules(fs.readFileSync(process.argv[2], "utf8"));
for (const s of r.schedules) { console.log(s.title, s.signConvention); for (const f of s.findings) console.log(f.severity, f.check, f.period, f.account, f.location, f.message); }
