/**
 * The page imports the engine module by module. src/index.ts, the public API, also exports the
 * Dockerfile audit and its parser, so importing a value from it would put the parser (about 22 KB
 * gzip) into every chunk that does, the advisor's included, instead of only the Dockerfile view's.
 * Type-only imports are fine: they leave nothing in the bundle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const APP = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [path] : [];
  });
}

describe("the app's imports of the engine", () => {
  it("take values from the engine's modules, never from src/index.ts", () => {
    const offenders: string[] = [];
    for (const file of sources(APP)) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(
        /import\s+(type\s+)?[^;]*?from\s+"([^"]*\/src\/index\.ts)"/g,
      ))
        if (!match[1])
          offenders.push(`${file.slice(APP.length + 1)}: ${match[0].replace(/\s+/g, " ")}`);
      for (const match of text.matchAll(/import\(\s*"([^"]*\/src\/index\.ts)"\s*\)/g))
        offenders.push(`${file.slice(APP.length + 1)}: ${match[0]}`);
    }
    expect(
      offenders,
      "import these from the module that defines them (src/recommend.ts, src/permalink.ts, ...)",
    ).toEqual([]);
  });
});
