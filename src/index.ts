/**
 * Base Image Advisor's engine: the public API. The browser, permalinks, embeds and other tools
 * build on these exports; change them only compatibly. Pure TypeScript: no DOM, no clock, no
 * globals; importable from plain Node.
 */
export { type Answers, AnswersError, defaultAnswers } from "./answers.ts";
export type {
  Criterion,
  Distro,
  ImageEntry,
  Matrix,
  PythonRelease,
  Question,
  Source,
  Variant,
} from "./data/schema.ts";
export { defaultMatrix } from "./default-matrix.ts";
export type { GeneratedFiles } from "./generators/index.ts";
export {
  generateFiles,
  type Ranked,
  type Recommendation,
  type RecommendOptions,
  recommend,
} from "./recommend.ts";
export type { Warning } from "./warnings.ts";
