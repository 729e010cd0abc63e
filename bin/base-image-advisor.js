#!/usr/bin/env node
// The package's bin: the command line compiled by `npm run build:cli` (run by `npm ci` in a clone
// through "prepare", and by `npm pack` through "prepack"). Node 20 cannot run the TypeScript sources.
import("../dist-cli/main.js").catch((error) => {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist-cli")) {
    process.stderr.write(
      'base-image-advisor: the command line is not built; run "npm run build:cli" in the package folder\n',
    );
    process.exit(2);
  }
  throw error;
});
