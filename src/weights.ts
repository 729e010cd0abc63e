/**
 * How much each criterion counts, 0-5. The answers imply a weight; a caller may override any
 * criterion with an absolute value (the UI's sliders).
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

/**
 * Applies overrides: known criteria only, each clamped to 0-5 and rounded to a whole number so
 * that a permalink reproduces it exactly. Unknown criteria are ignored.
 */
export function effectiveWeights(
  answers: RankingAnswers,
  matrix: Pick<Matrix, "criteria">,
  overrides: Record<string, number> | undefined,
): Record<string, number> {
  const weights = impliedWeights(answers, matrix);
  for (const [id, value] of Object.entries(overrides ?? {})) {
    if (!Object.hasOwn(weights, id) || typeof value !== "number" || !Number.isFinite(value))
      continue;
    weights[id] = Math.max(0, Math.min(MAX_WEIGHT, Math.round(value)));
  }
  return weights;
}

/**
 * The 0-100 score: each criterion's 1-5 score mapped to 0-1, averaged by weight. With every
 * weight at zero nothing distinguishes the candidates, and all score 0.
 */
export function totalScore(
  criteria: Record<string, { score: number }>,
  weights: Record<string, number>,
): number {
  let sum = 0;
  let weightSum = 0;
  for (const [id, weight] of Object.entries(weights)) {
    const score = criteria[id]?.score ?? 1;
    sum += weight * ((score - 1) / 4);
    weightSum += weight;
  }
  return weightSum === 0 ? 0 : Math.round((100 * sum) / weightSum);
}
