/**
 * The ranking's arithmetic: the weights in effect (the answers' implied weights with a caller's
 * overrides) and each candidate's 0-100 score under them.
 */
import type { RankingAnswers } from "./answers.ts";
import type { Matrix } from "./data/schema.ts";
import { impliedWeights, MAX_WEIGHT } from "./weights.ts";

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
