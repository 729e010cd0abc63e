/**
 * The build's last step for index.html: a first paint that is useful before any script runs, and
 * everything the first view needs fetched in one round trip after the HTML.
 *
 * - The page's own tree (app/Page.tsx) is rendered in Node, through Vite, for the default answers
 *   on the build date, and put in #root; the browser hydrates it (app/main.tsx). Whatever the app
 *   renders is prerendered: there is no copy of its markup here.
 * - The stylesheet is inlined: on a 2 s round trip a linked one would hold the first paint back by
 *   a whole round trip. The boot script (app/boot-script.ts) is inlined too. Both go into the
 *   page's Content-Security-Policy by hash, so no other inline code can run.
 * - Every chunk the first view needs is preloaded from the HTML: the entry's static imports (which
 *   the browser would otherwise find only after parsing the entry) and the engine chunk.
 */
import { createHash } from "node:crypto";
import react from "@vitejs/plugin-react";
import {
  createServer,
  type IndexHtmlTransformContext,
  type Plugin,
  type ResolvedConfig,
  type Rollup,
} from "vite";
import { boot } from "../app/boot-script.ts";
import { ROOT } from "./data-files.ts";

/** The `'sha256-...'` CSP source for an inline element's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

/** The boot script as it is inlined: the compiled function, called at once. */
export const BOOT_SCRIPT = `(${boot.toString()})();`;

/** The app's tree as HTML, rendered by Vite's SSR loader with the same plugins as the page. */
async function renderApp(): Promise<{ html: string; built: string }> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [react()],
  });
  try {
    const module = (await server.ssrLoadModule("/app/prerender.tsx")) as {
      renderPage: () => Promise<{ html: string; built: string }>;
    };
    return await module.renderPage();
  } finally {
    await server.close();
  }
}

/** The chunks `fileName` imports statically, transitively, in load order. */
function staticImports(bundle: Rollup.OutputBundle, fileName: string, seen = new Set<string>()) {
  for (const imported of (bundle[fileName] as Rollup.OutputChunk | undefined)?.imports ?? []) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticImports(bundle, imported, seen);
  }
  return seen;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * The built index.html: prerendered #root, inlined stylesheet and boot script, their hashes in the
 * CSP, and preload links for the first view's chunks.
 */
async function prerenderPage(
  html: string,
  ctx: IndexHtmlTransformContext,
  base: string,
  policy: (extra: { script: string[]; style: string[] }) => string,
): Promise<string> {
  const { bundle, chunk } = ctx;
  if (!bundle || !chunk) throw new Error("prerender: no bundle for index.html");
  const { html: app, built } = await renderApp();

  let page = html.replace('<html lang="en">', `<html lang="en" data-built="${built}">`);
  if (!page.includes('<div id="root"></div>')) throw new Error('prerender: no <div id="root">');
  page = page.replace('<div id="root"></div>', () => `<div id="root">${app}</div>`);

  const styles: string[] = [];
  page = page.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
    const asset = bundle[href.slice(base.length)];
    if (asset?.type !== "asset") throw new Error(`prerender: no stylesheet ${href} in the bundle`);
    const css = String(asset.source);
    if (/<\/style/i.test(css)) throw new Error("prerender: the stylesheet closes its own <style>");
    styles.push(css);
    return `<style>${css}</style>`;
  });

  // The entry and what it imports are the page itself: if one does not load, the boot script
  // says so. The engine chunk has its own Retry (app/components/Recovery.tsx).
  const critical = [...staticImports(bundle, chunk.fileName)];
  // Only the engine chunk (app/views.ts): the other lazy views (Check a Dockerfile, the zip
  // writer) load when opened, and preloading them would slow the first view on a slow line.
  const engine = [chunk.fileName, ...critical]
    .flatMap((f) => (bundle[f] as Rollup.OutputChunk).dynamicImports)
    .filter((d) =>
      /app[\\/]views\.ts$/.test((bundle[d] as Rollup.OutputChunk).facadeModuleId ?? ""),
    )
    .flatMap((d) => [d, ...staticImports(bundle, d)]);
  const preload = (file: string, isCritical: boolean) =>
    `<link rel="modulepreload" crossorigin href="${escapeAttribute(base + file)}"${isCritical ? " data-critical" : ""}>`;
  const links = [
    ...critical.map((f) => preload(f, true)),
    ...engine.filter((f) => !critical.includes(f)).map((f) => preload(f, false)),
  ];
  const entryTag = `<script type="module" crossorigin src="${base}${chunk.fileName}"></script>`;
  if (!page.includes(entryTag)) throw new Error("prerender: the entry script tag was not found");
  // Held in a template for the boot script to start after the first paint (boot-script.ts).
  page = page.replace(
    entryTag,
    () =>
      `<template data-scripts>${entryTag.replace("></script>", " data-critical></script>")}${links.join("")}</template>`,
  );

  // React writes inline scripts only for boundaries that finish after the shell; the views are
  // loaded before rendering, so there must be none (the CSP would block them).
  if (/<script>/.test(app)) throw new Error("prerender: React wrote an inline script");
  // Nor may it carry style attributes: the CSP allows the one inlined stylesheet only.
  if (/\sstyle="/.test(app)) throw new Error("prerender: a component renders a style attribute");
  const csp = policy({ script: [cspHash(BOOT_SCRIPT)], style: styles.map(cspHash) });
  return withCsp(page, csp, `<script>${BOOT_SCRIPT}</script>`);
}

/** The page with its CSP meta tag (and any inline head script) right after <meta charset>. */
function withCsp(page: string, csp: string, after = ""): string {
  const charset = '<meta charset="UTF-8" />';
  if (!page.includes(charset)) throw new Error("built-pages: no <meta charset> to follow");
  return page.replace(
    charset,
    () =>
      `${charset}<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">${after}`,
  );
}

/**
 * Content-Security-Policy meta tags for every built page; index.html is also prerendered (see
 * above). `policy` gives a page's CSP with the hashes of its inline elements added.
 */
export function builtPages(
  policy: (extra: { script: string[]; style: string[] }) => string,
): Plugin {
  let config: ResolvedConfig;
  return {
    name: "built-pages",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (ctx.path === "/index.html") return prerenderPage(html, ctx, config.base, policy);
        return withCsp(html, policy({ script: [], style: [] }));
      },
    },
  };
}
