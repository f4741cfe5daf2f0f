// The entry of the command-line bundle (webpack.cli.config.js, run by `npm run prepare`): the same
// `main` as lib/cli/main.js, started by ./bundled.ts. Not an entry of its own otherwise.
import { main } from "./main";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
