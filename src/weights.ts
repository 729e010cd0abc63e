/**
 * How much each criterion counts, 0-5. The answers imply a weight; a caller may override any
 * criterion with an absolute value (the UI's sliders). Applying the overrides and scoring are the
 * engine's (scoring.ts): the page's first download needs only the implied weights.
 */
import type { RankingAnswers } from "./answers.ts";
import type { Matrix } from "./data/schema.ts";

export const MAX_WEIGHT = 5;

/** The weights the answers imply for the five core criteria; other criteria in the data count 1. */
export function impliedWeights(
  answers: RankingAnswers,
  matrix: Pick<Matrix, "criteria">,
): Record<string, number> {
  const implied: Record<string, number> = {
    compatibility: { none: 2, wheels: 3, compile: 4 }[answers.nativeDeps],
    security: { standard: 2, high: 3, strict: 5 }[answers.security],
    debuggability: { none: 0, occasional: 1, shell: 4 }[answers.debugging],
    size: { relaxed: 1, balanced: 2, minimal: 4 }[answers.size],
    maintenance: 3,
  };
  const weights: Record<string, number> = {};
  for (const criterion of matrix.criteria) weights[criterion.id] = implied[criterion.id] ?? 1;
  return weights;
}
