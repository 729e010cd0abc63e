/**
 * The bundle budget: gzip size of the initial JS and CSS (everything dist/index.html references or
 * modulepreloads, and everything those import statically). Prints each file and the total; exits 1
 * above the limit. Chunks loaded later (the engine and matrix) are listed for information.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./data-files.ts";
import { type Figure, recordFigures } from "./figures.ts";

const LIMIT_KB = 100;
const DIST = join(ROOT, "dist");

const kb = (bytes: number) => bytes / 1024;
const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 6 }).length;

/** Static imports of a built module (`import ... from "./x.js"`, `import "./x.js"`), not import(). */
function staticImports(asset: string): string[] {
  const code = readFileSync(join(DIST, asset), "utf8");
  const found = [
    ...code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g),
  ].map((m) => `assets/${m[1]}`);
  return [...new Set(found)];
}

/**
 * Everything the page loads before it can run: what the HTML references or modulepreloads, and
 * every module those import statically (the build does not modulepreload, so they are found here).
 */
function initialAssets(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g),
  ].map((m) => m[1] as string);
  const queue = [
    ...new Set(refs.map((ref) => ref.replace(/^(\.\/|\/)/, "").replace(/^.*?assets\//, "assets/"))),
  ];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const asset = queue.shift() as string;
    if (seen.has(asset)) continue;
    seen.add(asset);
    if (asset.endsWith(".js")) queue.push(...staticImports(asset));
  }
  return [...seen];
}

const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
let failed = false;
const figures: Record<string, Figure> = {};
for (const page of pages) {
  const assets = initialAssets(page);
  let total = 0;
  console.log(`${page}: initial JS + CSS (gzip)`);
  for (const asset of assets) {
    const size = gzipped(asset);
    total += size;
    console.log(`  ${asset.padEnd(40)} ${kb(size).toFixed(1).padStart(6)} KB`);
  }
  const verdict = kb(total) <= LIMIT_KB ? "within" : "OVER";
  console.log(
    `  ${"total".padEnd(40)} ${kb(total).toFixed(1).padStart(6)} KB (${verdict} the ${LIMIT_KB} KB budget)`,
  );
  if (kb(total) > LIMIT_KB) failed = true;
  figures[`Initial JS + CSS, ${page} (gzip)`] = {
    value: `${kb(total).toFixed(1)} KB`,
    target: `<= ${LIMIT_KB} KB`,
    status: kb(total) <= LIMIT_KB ? "pass" : "fail",
  };
  const later = readdirSync(join(DIST, "assets")).filter(
    (f) => f.endsWith(".js") && !assets.includes(`assets/${f}`),
  );
  if (page === "index.html" && later.length > 0) {
    console.log("  loaded after first render:");
    for (const f of later)
      console.log(
        `    assets/${f.padEnd(38)} ${kb(gzipped(`assets/${f}`))
          .toFixed(1)
          .padStart(6)} KB`,
      );
  }
}
recordFigures("bundle", figures);
process.exit(failed ? 1 : 0);
