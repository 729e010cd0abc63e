/**
 * Base Image Advisor's engine: the public API. The browser, permalinks, embeds and other tools
 * build on these exports; change them only compatibly. Pure TypeScript: no DOM, no clock, no
 * globals; importable from plain Node.
 */

export {
  type Answers,
  APP_KINDS,
  DEBUGGING,
  defaultAnswers,
  INSTALL_PROJECT,
  NATIVE_DEPS,
  PACKAGE_TOOLS,
  SECURITY,
  SIZE,
  TARGET_ARCHITECTURES,
} from "./answers.ts";
export {
  type AuditOptions,
  type AuditStage,
  auditDockerfile,
  type DockerfileAudit,
} from "./audit/audit-dockerfile.ts";
export type { Inference, InferredAnswer } from "./audit/infer.ts";
export {
  DIFF_NAMES,
  type MigrateOptions,
  type Migration,
  migrateDockerfile,
} from "./audit/migrate-dockerfile.ts";
export {
  AUDIT_RULES,
  type AuditRule,
  type AuditSeverity,
  type DockerCheck,
  type Finding,
  type FindingCode,
} from "./audit/rules.ts";
export { MAX_DOCKERFILE_CHARACTERS } from "./audit/source-text.ts";
export {
  type BlockedDescription,
  type BlockedProblem,
  blockedLabel,
  describeBlocked,
} from "./blocked-verdict.ts";
export type {
  Criterion,
  Distro,
  ImageEntry,
  Matrix,
  PythonRelease,
  Question,
  Source,
  SupportEndValue,
  Variant,
} from "./data/schema.ts";
export { DATA_AGE_LIMIT_DAYS, dataAgeWarning, dataReadDate } from "./data-age.ts";
export { defaultMatrix } from "./default-matrix.ts";
export type { ExclusionKind } from "./evaluate.ts";
export {
  type MatrixRow,
  matrixRows,
  matrixToCsv,
  matrixToJson,
  matrixToMarkdown,
} from "./exports.ts";
export { usageCommands } from "./generators/commands.ts";
export type { GeneratedFiles } from "./generators/index.ts";
export { type UpdateConfigs, updateConfigs } from "./generators/update-configs.ts";
export { decideProjectInstall, type ProjectInstall } from "./install-project.ts";
export {
  candidateEnds,
  describeEnd,
  earliestEnd,
  imageEnds,
  type SupportEnd,
} from "./lifecycle.ts";
export { viewMatrixRows } from "./matrix-sort.ts";
export {
  defaultMatrixView,
  MATRIX_FILTERS,
  type MatrixFilter,
  type MatrixView,
} from "./matrix-view.ts";
export { AnswersError } from "./parse-answers.ts";
export {
  type DecodedLink,
  decodeAnswers,
  encodeAnswers,
  encodeMatrixView,
  FORMAT_VERSION,
  type LinkExtras,
  linkOmitsDockerfile,
  MAX_LINK_COMPRESSED,
  omittedFromLink,
} from "./permalink.ts";
export type { DecidingReason } from "./reasons.ts";
export {
  type CandidateFiles,
  candidateFiles,
  type ExclusionGroup,
  generateFiles,
  type Ranked,
  type Recommendation,
  type RecommendOptions,
  recommend,
} from "./recommend.ts";
export {
  analyzeRequirements,
  type PackageAnalysis,
  type RequirementsAnalysis,
  type Verdict,
} from "./requirements/analyze.ts";
export { parseRequirements } from "./requirements/parse.ts";
export { defaultVocabulary, type Vocabulary } from "./vocabulary.ts";
export type { Fix, Warning } from "./warnings.ts";
export { impliedWeights } from "./weights.ts";
export { type WinnerChange, whatWouldChangeTheWinner, winnerChangeSteps } from "./what-if.ts";
