// npm links `bin` on install, but a freshly compiled file has no execute bit; set it so
// `npx tieout` and a direct `lib/cli/main.js` both run on POSIX systems.
const fs = require("fs");
const path = require("path");
const bin = path.join(__dirname, "..", "lib", "cli", "main.js");
if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
