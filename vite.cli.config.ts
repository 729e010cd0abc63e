import { defineConfig } from "vite";

/**
 * The command line's build: cli/main.ts and the engine it imports compiled to one ES module for
 * Node 20 (dist-cli/main.js, not committed). Vite's server-side build leaves node: modules and the
 * packages in node_modules as imports, so package.json "dependencies" lists exactly those, and
 * inlines data/ (the generated matrix JSON) so the installed command line reads no data files.
 */
export default defineConfig({
  publicDir: false,
  logLevel: "warn",
  build: {
    ssr: "cli/main.ts",
    outDir: "dist-cli",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    rollupOptions: { output: { format: "es", entryFileNames: "main.js" } },
  },
});
