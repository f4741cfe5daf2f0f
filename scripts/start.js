// `npm start`: on Windows and macOS, hand over to office-addin-debugging (fetched by npx, not a
// dependency: it does not install from every registry and does nothing on Linux), which builds,
// serves with trusted dev certificates and sideloads the manifest into desktop Excel.
// Elsewhere there is no desktop Excel: serve the add-in over HTTPS and say how to sideload it
// into Excel on the web.
const { spawn } = require("child_process");

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const run = (cmd, args) => spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });

if (process.platform === "win32" || process.platform === "darwin") {
  const child = run(npx, [
    "--yes",
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
  ]);
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  console.log(`No desktop Excel on ${process.platform}. Serving the add-in at https://localhost:3000 for Excel on the web.

To sideload it:
  1. Open https://excel.cloud.microsoft (or office.com) and create or open a workbook.
  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  3. Choose manifest.xml from this folder and select Upload.
  4. Open the pane from Home > Tieout > Tie out; type =TIEOUT.VESTED( in a cell.

Your browser must trust the dev certificate (office-addin-dev-certs created it in ~/.office-addin-dev-certs;
run "npx office-addin-dev-certs install" once where you can trust a CA). Press Ctrl+C to stop.
`);
  const child = run(npx, ["webpack", "serve", "--mode", "development"]);
  child.on("exit", (code) => process.exit(code ?? 1));
}
