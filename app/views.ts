/**
 * Everything that needs the engine and the full matrix, as one chunk: the verdict and the details,
 * the matrix page, the embed's views and the criterion weights. One chunk rather than several small ones fetched one after
 * another: the page preloads it in the same round trip as its first script.
 */
// recommend() alone: the public API (src/index.ts) also holds the Dockerfile audit and its parser,
// which load only with the Check a Dockerfile view.
import * as engine from "./engine-entry.ts";

export { commandWarning } from "./command-warning.ts";
export { InstallDecision } from "./components/InstallDecision.tsx";
export { MatrixPage } from "./components/MatrixPage.tsx";
export { WeightSliders } from "./components/WeightSliders.tsx";
export { EmbedMatrix, EmbedResult } from "./embed-views.tsx";
export { prepareFirstResult } from "./first-result.ts";
export { questionDetail } from "./question-detail.ts";
export { ResultDetails, ResultVerdict } from "./Result.tsx";
export { engine };
