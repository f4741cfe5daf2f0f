// Bundles the strict Office.js stand-in (test/office-standin) into one classic script that
// defines window.Office and window.Excel, for the end-to-end tests to serve in place of office.js.
// Usage: node scripts/build-standin.js [out-file]   (default build/office-standin.js); prints
// the bundle's absolute path as its last line.
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_OUT = path.join(ROOT, "build", "office-standin.js");

function buildStandin(outFile = DEFAULT_OUT) {
  const target = path.resolve(outFile);
  const config = {
    mode: "production",
    entry: path.join(ROOT, "test", "office-standin", "browser.ts"),
    target: ["web", "es2020"],
    output: { path: path.dirname(target), filename: path.basename(target), iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") },
        },
      ],
    },
    devtool: false,
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(target);
    });
  });
}

module.exports = { buildStandin };

if (require.main === module) {
  buildStandin(process.argv[2])
    .then((file) => console.log(file))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
