/** What every check reads: the parsed file, its stages, the data, the date, and what was inferred. */
import type { Matrix } from "../../data/schema.ts";
import type { Inference } from "../infer.ts";
import type { ParsedDockerfile } from "../parse.ts";
import type { Finding } from "../rules.ts";
import type { Stage } from "../stages.ts";

/** Everything a check reads. */
export type AuditContext = {
  matrix: Matrix;
  /** YYYY-MM-DD, and today + 365 days (the "within a year" horizon). */
  today: string;
  horizon: string;
  file: ParsedDockerfile;
  stages: Stage[];
  /** The last stage: what `docker build` produces without --target. */
  final: Stage | undefined;
  inference: Inference;
  /** A requirements.txt or pyproject.toml to check against the stage that installs it. */
  requirements: string | undefined;
  /** True when some line ends with CR LF. */
  crlf: boolean;
};

/** A group of checks: the context in, findings out. */
export type Check = (context: AuditContext) => Finding[];

/** "the final stage" or "stage 2 (build)", for messages. */
export function stageLabel(stage: Stage, final: Stage | undefined): string {
  if (stage === final) return "the final stage";
  return `stage ${stage.index + 1}${stage.name ? ` (${stage.name})` : ""}`;
}
