/**
 * Everything that needs the engine and the full matrix, as one chunk: the verdict and the details,
 * the matrix page and the embed's views. One chunk rather than several small ones fetched one after
 * another: the page preloads it in the same round trip as its first script.
 */
export * as engine from "../src/index.ts";
export { commandWarning } from "./command-warning.ts";
export { InstallDecision } from "./components/InstallDecision.tsx";
export { MatrixPage } from "./components/MatrixPage.tsx";
export { ResultDetails, ResultVerdict } from "./Result.tsx";
export { EmbedMatrix, EmbedResult } from "./embed-views.tsx";
