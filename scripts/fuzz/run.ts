// `npm run fuzz [-- --count N --seed S --only text,csv]`: the fuzz harness (harness.ts), 100,000
// inputs by default. Prints the inputs per kind and the crashes, over-budget inputs and silent
// drops; each finding's input is written to a folder under the system's temporary directory.
// Exit code 1 when anything is found.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runFuzz, type Kind } from "./harness";

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function run(): Promise<void> {
  const count = Number(flag("count") ?? 100_000);
  const seed = Number(flag("seed") ?? 20261202);
  const only = flag("only")?.split(",") as Kind[] | undefined;
  const result = await runFuzz({
    count,
    seed,
    only,
    onProgress: (done) => {
      if (done % 10_000 === 0) process.stderr.write(`fuzz: ${done} of ${count}\n`);
    },
  });
  const count_ = (rule: string) => result.findings.filter((f) => f.rule === rule).length;
  console.log(`fuzz: ${result.inputs} inputs (seed ${seed}) in ${result.seconds.toFixed(0)} s`);
  console.log(
    `  by kind: ${Object.entries(result.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  console.log(
    `  baseline: text ${result.baselineNsPerChar.text.toFixed(0)} ns/char, html ${result.baselineNsPerChar.html.toFixed(0)} ns/char`,
  );
  console.log(
    `  crashes ${count_("crash")}, over budget ${count_("over-budget")}, silent drops ${count_("silent-drop")}`,
  );
  if (result.findings.length > 0) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-fuzz-"));
    result.findings.forEach((finding, i) => {
      const file = path.join(dir, `${String(i).padStart(4, "0")}-${finding.rule}-${finding.kind}.txt`);
      fs.writeFileSync(file, `${finding.seed}\n${finding.detail}\n----- input -----\n${finding.input}`);
    });
    // Grouped by rule, kind and where it happened (a crash's first frame in our code).
    const groups = new Map<string, { count: number; first: string }>();
    for (const finding of result.findings) {
      const where =
        finding.rule === "crash"
          ? `${finding.detail.split("\n")[0]} ${/\(([^()]*src[^()]*)\)/.exec(finding.detail)?.[1] ?? ""}`
          : "";
      const key = `${finding.rule} [${finding.kind}] ${where}`;
      const group = groups.get(key) ?? { count: 0, first: finding.seed };
      group.count++;
      groups.set(key, group);
    }
    for (const [key, { count, first }] of groups) console.log(`  ${count} × ${key} (first: case ${first})`);
    for (const finding of result.findings.slice(0, 10)) {
      console.log(
        `  ${finding.rule} [${finding.kind}] case ${finding.seed}: ${finding.detail.split("\n").slice(0, 3).join(" | ")}`,
      );
    }
    console.log(`  every finding's input: ${dir}`);
    process.exitCode = 1;
  }
}

void run();
