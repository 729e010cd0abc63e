/**
 * Everything that needs the engine and the full matrix, as one chunk: the result, the matrix view
 * and the embed's views. One chunk rather than five small ones fetched one after another: the page
 * preloads it in the same round trip as its first script.
 */
export * as engine from "../src/index.ts";
export { default as Result } from "./Result.tsx";
export { MatrixTable } from "./components/MatrixTable.tsx";
export { EmbedMatrix, EmbedResult } from "./embed-views.tsx";
