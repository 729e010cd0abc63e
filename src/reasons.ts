/**
 * Plain-language reasons for a ranking: why the best won (the criteria that decided it against the
 * runner-up) and why each other candidate lost (the criteria where it gave up the most points).
 */
import type { Matrix } from "./data/schema.ts";
import type { Evaluation } from "./evaluate.ts";

type Row = { evaluation: Evaluation; row: { id: string; score: number }; eligible: boolean };

const MAX_WINNING_REASONS = 3;
const MAX_LOSING_REASONS = 2;

/** The rationale behind a criterion score: the adjustment's note when the answers moved it. */
function explain(evaluation: Evaluation, criterionId: string): string {
  const notes = evaluation.criteria[criterionId]?.notes ?? [];
  return notes.length > 0
    ? notes.join(" ")
    : (evaluation.image.ratings[criterionId]?.rationale ?? "");
}

function score(evaluation: Evaluation, criterionId: string): number {
  return evaluation.criteria[criterionId]?.score ?? 1;
}

/** Criteria ordered by how many weighted points `a` gains over `b`, keeping only gains. */
function gains(matrix: Matrix, a: Evaluation, b: Evaluation, weights: Record<string, number>) {
  const result: { criterion: Matrix["criteria"][number]; gain: number }[] = [];
  for (const criterion of matrix.criteria) {
    const gain = (weights[criterion.id] ?? 0) * (score(a, criterion.id) - score(b, criterion.id));
    if (gain > 0) result.push({ criterion, gain });
  }
  return result.sort((x, y) => y.gain - x.gain);
}

/** Adjustment notes that did not already appear as a reason. */
function otherNotes(evaluation: Evaluation, used: Set<string>): string[] {
  const notes: string[] = [];
  for (const id in evaluation.criteria) {
    const entry = evaluation.criteria[id];
    if (entry && entry.notes.length > 0 && !used.has(id)) notes.push(...entry.notes);
  }
  return notes;
}

export function describeRanking(
  matrix: Matrix,
  rows: Row[],
  weights: Record<string, number>,
): string[][] {
  const [best, ...rest] = rows;
  if (!best) return [];
  const runnerUp = rest.find((r) => r.eligible);

  const bestReasons: string[] = [];
  const used = new Set<string>();
  if (runnerUp) {
    for (const { criterion } of gains(matrix, best.evaluation, runnerUp.evaluation, weights).slice(
      0,
      MAX_WINNING_REASONS,
    )) {
      used.add(criterion.id);
      bestReasons.push(
        `${criterion.label} ${score(best.evaluation, criterion.id)}/5 against ${score(runnerUp.evaluation, criterion.id)}/5 for ${runnerUp.row.id}: ${explain(best.evaluation, criterion.id)}`,
      );
    }
  }
  if (bestReasons.length === 0) {
    const strongest = [...matrix.criteria]
      .sort(
        (x, y) =>
          (weights[y.id] ?? 0) * score(best.evaluation, y.id) -
          (weights[x.id] ?? 0) * score(best.evaluation, x.id),
      )
      .slice(0, MAX_WINNING_REASONS);
    for (const criterion of strongest) {
      used.add(criterion.id);
      bestReasons.push(
        `${criterion.label} ${score(best.evaluation, criterion.id)}/5: ${explain(best.evaluation, criterion.id)}`,
      );
    }
    if (runnerUp && runnerUp.row.score === best.row.score) {
      bestReasons.push(`Ties with ${runnerUp.row.id} on score; the tie is broken by id.`);
    }
  }
  bestReasons.push(...otherNotes(best.evaluation, used));

  const others = rest.map((r) => {
    const lost = gains(matrix, best.evaluation, r.evaluation, weights).slice(0, MAX_LOSING_REASONS);
    const reasons = lost.map(
      ({ criterion }) =>
        `${criterion.label} ${score(r.evaluation, criterion.id)}/5 against ${score(best.evaluation, criterion.id)}/5 for ${best.row.id}: ${explain(r.evaluation, criterion.id)}`,
    );
    if (r.eligible && r.row.score === best.row.score)
      reasons.push(`Same score as ${best.row.id}; the tie is broken by id.`);
    reasons.push(...otherNotes(r.evaluation, new Set(lost.map((l) => l.criterion.id))));
    return reasons;
  });
  return [bestReasons, ...others];
}
