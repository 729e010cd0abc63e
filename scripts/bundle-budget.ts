/**
 * The bundle budget: gzip size of the initial JS and CSS of each page: its entry script, every
 * module that imports statically, and its stylesheet, linked or inlined (index.html inlines it).
 * Prints each file and the total; exits 1 above the limit. Chunks the page preloads but does not
 * need for its first render (the engine chunk), and chunks loaded later, are listed for
 * information, with the prerendered HTML itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./data-files.ts";
import { type Figure, recordFigures } from "./figures.ts";

const LIMIT_KB = 90;
const DIST = join(ROOT, "dist");

const kb = (bytes: number) => bytes / 1024;
const gzipped = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;
const gzippedFile = (file: string) => gzipped(readFileSync(join(DIST, file)));
const asAsset = (ref: string) => ref.replace(/^(\.\/|\/)/, "").replace(/^.*?assets\//, "assets/");

/** Static imports of a built module (`import ... from "./x.js"`, `import "./x.js"`), not import(). */
function staticImports(asset: string): string[] {
  const code = readFileSync(join(DIST, asset), "utf8");
  const found = [
    ...code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g),
  ].map((m) => `assets/${m[1]}`);
  return [...new Set(found)];
}

/** The assets and their static imports, transitively. */
function withStaticImports(assets: string[]): string[] {
  const queue = [...assets];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const asset = queue.shift() as string;
    if (seen.has(asset)) continue;
    seen.add(asset);
    if (asset.endsWith(".js")) queue.push(...staticImports(asset));
  }
  return [...seen];
}

type PageAssets = { initial: string[]; inlineCss: string[]; preloaded: string[] };

/** What a page needs before it can run, and what it preloads for later. */
function pageAssets(page: string): PageAssets {
  const html = readFileSync(join(DIST, page), "utf8");
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => asAsset(m[1] as string));
  const initial = withStaticImports([
    ...refs(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g),
  ]);
  const preloaded = withStaticImports(
    refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  );
  return {
    initial,
    inlineCss: [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string),
    preloaded: preloaded.filter((a) => !initial.includes(a)),
  };
}

const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
let failed = false;
const figures: Record<string, Figure> = {};
const row = (name: string, bytes: number) =>
  console.log(`  ${name.padEnd(40)} ${kb(bytes).toFixed(1).padStart(6)} KB`);
for (const page of pages) {
  const { initial, inlineCss, preloaded } = pageAssets(page);
  let total = 0;
  console.log(`${page}: initial JS + CSS (gzip)`);
  for (const asset of initial) {
    const size = gzippedFile(asset);
    total += size;
    row(asset, size);
  }
  for (const css of inlineCss) {
    const size = gzipped(css);
    total += size;
    row("stylesheet, inlined in the page", size);
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
  if (preloaded.length > 0) {
    console.log("  preloaded in the same round trip, needed once the engine runs:");
    for (const asset of preloaded) row(`  ${asset}`, gzippedFile(asset));
  }
  const html = gzippedFile(page);
  row("the HTML itself (prerendered page)", html);
  figures[`HTML, ${page} (gzip)`] = {
    value: `${kb(html).toFixed(1)} KB`,
    target: "-",
    status: "info",
  };
  const later = readdirSync(join(DIST, "assets")).filter(
    (f) =>
      f.endsWith(".js") && !initial.includes(`assets/${f}`) && !preloaded.includes(`assets/${f}`),
  );
  if (page === "index.html" && later.length > 0) {
    console.log("  loaded later, by other pages or on demand:");
    for (const f of later) row(`  assets/${f}`, gzippedFile(`assets/${f}`));
  }
}
recordFigures("bundle", figures);
process.exit(failed ? 1 : 0);
