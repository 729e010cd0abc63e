/** Reads data/ into the path -> text map that the validator takes. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export const ROOT = new URL("..", import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Every JSON file under `root`/data, keyed data/<path>, in path order. */
export function readDataFiles(root: string = ROOT): Map<string, string> {
  const dataDir = join(root, "data");
  const files = new Map<string, string>();
  for (const path of walk(dataDir).sort()) {
    if (path.endsWith(".json"))
      files.set(join("data", relative(dataDir, path)), readFileSync(path, "utf8"));
  }
  return files;
}
