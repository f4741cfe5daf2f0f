import * as fs from "fs";
import { findScheduleSources } from "./src/core/schedule2/locate";
for (const f of process.argv.slice(2)) console.log(f.split("/").pop(), findScheduleSources(fs.readFileSync(f, "utf8")).length);
