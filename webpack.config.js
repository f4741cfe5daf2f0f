// Builds the two bundles of the add-in into dist/: the task pane (React) and the custom
// functions, both hosted by one page (taskpane.html) because the manifest uses a shared
// runtime. functions.json is generated from the JSDoc @customfunction tags.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const devPort = Number(process.env.npm_package_config_dev_server_port || 3000);

// Dev certificates from office-addin-dev-certs. Trusting its CA needs sudo (Windows and macOS
// prompt for it); where that fails, serve with the generated certificate anyway and say how to
// trust it, rather than not serving at all.
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const fs = require("fs");
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw error;
    console.warn(
      `Could not trust the dev certificate authority (${error.message.split("\n")[0]}).\n` +
        `Serving with ${defaults.localhostCertificatePath}; trust ${defaults.caCertificatePath} in your browser.`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

// Excel on the web fetches functions.json from this server across origins: answer CORS for
// Office's own origins only (the origin echoed back), never with a wildcard.
const OFFICE_ORIGIN =
  /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|cloud\.microsoft)$/i;

function corsHeadersFor(req) {
  const origin = req && req.headers && req.headers.origin;
  if (typeof origin !== "string" || !OFFICE_ORIGIN.test(origin)) return { Vary: "Origin" };
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules out of ts-loader so webpack can tree-shake Fluent UI and its icons
          // (tsconfig.json emits CommonJS for Node, which defeats tree shaking).
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              transpileOnly: true,
              compilerOptions: { module: "es2020" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
  };

  if (dev && env && env.WEBPACK_SERVE) {
    // Only the interactive start needs HTTPS (Office requires it); tests serve dist/ over HTTP.
    config.devServer = {
      static: { directory: path.join(__dirname, "dist") },
      headers: corsHeadersFor,
      server: { type: "https", options: await devHttpsOptions() },
      port: devPort,
      hot: false,
    };
  }
  return config;
};

module.exports.corsHeadersFor = corsHeadersFor;
