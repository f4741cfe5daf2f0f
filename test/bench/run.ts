// `npm run bench`: every *.bench.ts beside this file, in one process, in name order.
// Each prints its own figures as ratios against a baseline it runs in the same process.
import * as fs from "fs";
import * as path from "path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
    .sort();
  console.log(`Tieout bench, Node ${process.version}, ${new Date().toISOString()}`);
  for (const file of files) {
    console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, file)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
