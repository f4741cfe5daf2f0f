// Bundle sizes of the production build (task pane and custom functions; minified and gzip),
// beside a minimal Fluent UI v9 task pane built the same way in the same run.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");

async function compile(config: webpack.Configuration): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

function sizes(file: string): { minified: number; gzip: number } {
  const bytes = fs.readFileSync(file);
  return { minified: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export async function run(): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "tieout-bundle-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const ours: webpack.Configuration = await makeConfig({}, { mode: "production" });
  await compile({
    ...ours,
    mode: "production",
    context: ROOT,
    output: { ...ours.output, path: path.join(out, "tieout") },
  });
  await compile({
    mode: "production",
    context: ROOT,
    entry: path.join(__dirname, "minimal-pane", "index.tsx"),
    output: { path: path.join(out, "minimal"), filename: "minimal.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.join(ROOT, "tsconfig.json"),
            compilerOptions: { module: "es2020" },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  const rows: [string, { minified: number; gzip: number }][] = [
    ["task pane (taskpane.js)", sizes(path.join(out, "tieout", "taskpane.js"))],
    ["custom functions (functions.js)", sizes(path.join(out, "tieout", "functions.js"))],
    ["minimal Fluent UI v9 pane", sizes(path.join(out, "minimal", "minimal.js"))],
  ];
  const minimal = rows[2][1];
  console.log("bundle                              minified      gzip   vs minimal pane (minified)");
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(34)}${kb(s.minified).padStart(10)}${kb(s.gzip).padStart(10)}   ${(s.minified / minimal.minified).toFixed(2)}x`,
    );
  }
  fs.rmSync(out, { recursive: true, force: true });
}
