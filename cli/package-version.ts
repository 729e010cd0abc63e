/**
 * The package's version, read from its package.json at run time. The file sits one folder above
 * both cli/ (run from the sources) and dist-cli/ (the compiled command line in a clone or in the
 * installed tarball), so one relative path serves all three.
 */
import { readFileSync } from "node:fs";

/** The "version" field of the package.json this command line came with. */
export function packageVersion(): string {
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === "string" ? version : "unknown";
}
