/// <reference types="vitest/config" />
import { availableParallelism } from "node:os";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { builtPages } from "./scripts/prerender-plugin.ts";

/**
 * Writes the matrix exports next to the app, so docs can link to stable URLs:
 * matrix.md, matrix.csv, matrix.json and matrix.schema.json (from the Zod schemas).
 */
function matrixExports(): Plugin {
  return {
    name: "matrix-exports",
    apply: "build",
    async generateBundle() {
      const { defaultMatrix } = await import("./src/default-matrix.ts");
      const { matrixToCsv, matrixToJson, matrixToMarkdown } = await import("./src/exports.ts");
      const { matrixJsonSchema } = await import("./src/data/json-schema.ts");
      const files = {
        "matrix.md": matrixToMarkdown(defaultMatrix),
        "matrix.csv": matrixToCsv(defaultMatrix),
        "matrix.json": matrixToJson(defaultMatrix),
        "matrix.schema.json": matrixJsonSchema(),
      };
      for (const [fileName, source] of Object.entries(files))
        this.emitFile({ type: "asset", fileName, source });
    },
  };
}

/**
 * The built pages' Content-Security-Policy, as a meta tag: scripts, styles and data from this origin
 * only, no eval; inline only the stylesheet and the boot script that index.html inlines, by hash
 * (scripts/prerender-plugin.ts). Added at build time only, because Vite's dev server injects inline
 * styles and scripts. frame-ancestors cannot be set by a meta tag: see deploy/nginx.conf.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** The policy with the hashes of a page's inline script and style elements added. */
export function contentSecurityPolicy(hashes: { script: string[]; style: string[] }): string {
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    ["script-src 'self'", ...hashes.script].join(" "),
  ).replace("style-src 'self'", ["style-src 'self'", ...hashes.style].join(" "));
}

/**
 * dockerfile-ast (the Dockerfile parser) checks for a byte order mark with Node's Buffer, which
 * browsers do not have (lib/util.js, isUTF8BOM): the only Node API it uses. In the browser build
 * that one expression becomes TextEncoder, which gives the same UTF-8 bytes. The build fails if the
 * expression is gone, so an upgrade of the parser gets looked at rather than silently broken.
 */
function browserDockerfileParser(): Plugin {
  const nodeOnly = 'Uint8Array.from(Buffer.from(char, "UTF-8"))';
  return {
    name: "browser-dockerfile-parser",
    apply: "build",
    transform(code, id) {
      if (!/node_modules\/dockerfile-ast\/lib\/util\.js$/.test(id)) return null;
      if (!code.includes(nodeOnly))
        this.error(
          "dockerfile-ast/lib/util.js changed: check that it no longer needs Node's Buffer, then remove browserDockerfileParser().",
        );
      return { code: code.replace(nodeOnly, "new TextEncoder().encode(char)"), map: null };
    },
  };
}

// BASE_PATH=/some/path/ builds the app for a sub-path (self-hosting behind a prefix).
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  plugins: [
    react(),
    tailwindcss(),
    matrixExports(),
    builtPages(contentSecurityPolicy),
    browserDockerfileParser(),
  ],
  build: {
    target: "es2022",
    // scripts/prerender-plugin.ts writes index.html's preload links itself, for the entry's static
    // imports and for the engine chunk; the stylesheet is inlined, so they cannot starve it.
    modulePreload: false,
    rollupOptions: {
      input: { main: "index.html", embed: "embed.html" },
      // What both pages start with in one chunk: the libraries and the loader of the engine chunk
      // with its Retry. The app's lazily loaded code is one chunk too (app/views.ts). So nothing
      // of a few KB is fetched on its own, but Rolldown's 0.4 KB runtime, which it places itself
      // (groups never see it), and each page's entry. fflate is left out: only "Download all"
      // loads it (app/zip-files.ts), on demand; so are the Dockerfile parser and its language
      // server types, which only the Check a Dockerfile view loads.
      output: {
        codeSplitting: {
          groups: [
            {
              name: "shared",
              test: /node_modules[\\/](?!(fflate|dockerfile-ast|vscode-languageserver-[a-z]+)[\\/])|vite[\\/]preload-helper|app[\\/](engine\.ts|components[\\/]Recovery\.tsx)$/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: [
      "src/**/*.test.ts",
      "app/**/*.test.{ts,tsx}",
      "cli/**/*.test.ts",
      "scripts/**/*.test.ts",
      "harness/**/*.test.ts",
    ],
    environment: "node",
    // Vitest's default outside watch mode is one worker fewer than the cores: a single worker on
    // this 2-core machine, which ran the whole suite in series. At least two keep both cores busy,
    // and with one core taken by other work they still get more of the machine than one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The test files share their workers' module cache rather than each importing the engine, the
    // matrix and the linters afresh: no test mocks a module or keeps state in one, and measured here
    // in one quiet run the suite took 53 s and 98 s of CPU this way, 68 s and 122 s isolated.
    isolate: false,
    // The default reporter, then each bulk test's elapsed time against its timeout.
    reporters: ["default", "./scripts/vitest-timeout-margins.ts"],
  },
});
