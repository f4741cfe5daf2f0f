// Bundles the command line into one file, lib/cli/tieout.bundle.js, from what tsc compiled into
// lib/ (so `npm run prepare` runs tsc first). lib/cli/main.js, the `tieout` bin, runs the bundle
// when it is there (src/cli/bundled.ts): one file to load instead of some fifty modules is most of
// `tieout check`'s start-up. The add-in's bundles are webpack.config.js's; lib/ stays the library.
const path = require("path");

// `--env lib=DIR` bundles a tsc build made elsewhere (the bench's and the tests' private builds).
module.exports = (env = {}) => {
  const cli = path.resolve(env.lib || path.join(__dirname, "lib"), "cli");
  return {
    mode: "production",
    target: "node20",
    context: __dirname,
    entry: path.join(cli, "bundle-entry.js"),
    output: { path: cli, filename: "tieout.bundle.js", clean: false },
    // Loaded only for a workbook, and large: left to Node to load from node_modules when needed.
    externals: { exceljs: "commonjs exceljs" },
    externalsPresets: { node: true },
    // The bundle's own folder at run time: check-pool.ts starts its workers from lib/cli/check-worker.js.
    node: { __dirname: false, __filename: false },
    // Readable stack traces (TIEOUT_DEBUG, a worker's internal error); V8's code cache makes the size moot.
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
  };
};
