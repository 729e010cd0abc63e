/**
 * The entry point the build compiles to dist-cli/main.js (bin/base-image-advisor.js loads it):
 * runs the command line against this process and exits with its code once stdout has drained.
 */
import { packageVersion } from "./package-version.ts";
import { run } from "./run.ts";

process.exitCode = run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  version: packageVersion(),
});
