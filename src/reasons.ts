/**
 * Plain-language reasons for a ranking: why the best won (the criteria with the largest weighted
 * gap to the runner-up) and why each other candidate lost (the criteria where it gave up the most
 * points). Reasons name images by their names, never by their ids, and say which facts drive a
 * criterion for these answers (glibc for numpy's wheels, a shell for debugging) where the data
 * holds them; otherwise they fall back to the rating's own rationale.
 */
import type { RankingAnswers } from "./answers.ts";
import { known } from "./data/fact.ts";
import type { Criterion, Matrix } from "./data/schema.ts";
import type { Evaluation } from "./evaluate.ts";
import { candidateEnds, earliestEnd, imageEnds } from "./lifecycle.ts";
import type { RequirementsAnalysis } from "./requirements/analyze.ts";

/** One criterion that decided a comparison between two candidates. */
export type DecidingReason = {
  /** The criterion's id, as in `Ranked.criteria`. */
  criterion: string;
  /** The criterion's label, such as "Compatibility". */
  label: string;
  /** This candidate's 1-5 score on it. */
  score: number;
  /** The other candidate's 1-5 score on it. */
  against: number;
  /**
   * Weighted points between the two: weight x the score difference. 0 for a strength the other
   * shares, added when fewer than two criteria separate the best from the runner-up.
   */
  gain: number;
  /** The fact behind it in a few words, for a one-line verdict ("glibc, so numpy installs from a manylinux wheel"). */
  fact: string;
  /** The whole reason as a sentence (also in `Ranked.reasons`). */
  text: string;
};

type Row = { evaluation: Evaluation; row: { id: string; score: number }; eligible: boolean };

/** What the reasons are written for: the answers and what the requirements analysis found. */
export type ReasonContext = {
  matrix: Matrix;
  answers: RankingAnswers;
  analysis: RequirementsAnalysis | undefined;
  weights: Record<string, number>;
};

export type RankingExplanation = {
  /** Per row, in the order given: the reasons as sentences. */
  reasons: string[][];
  /** Per row: the criteria that decided it (the best against the runner-up, the others against the best). */
  decidedBy: DecidingReason[][];
};

const MAX_WINNING_REASONS = 3;
const MAX_LOSING_REASONS = 2;
/** Package names beyond this many are counted rather than listed, so a verdict stays one line. */
const MAX_NAMED_PACKAGES = 3;

/** "numpy", "numpy and pandas", "numpy, pandas, scipy and 2 more". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > MAX_NAMED_PACKAGES) {
    const shown = names.slice(0, MAX_NAMED_PACKAGES);
    return `${shown.join(", ")} and ${names.length - shown.length} more`;
  }
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

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

function shell(e: Evaluation): boolean {
  return known(e.variant.shell) === true;
}

function packageManager(e: Evaluation): string | undefined {
  const pm = known(e.variant.packageManager);
  return pm === "none" ? undefined : pm;
}

/**
 * When security fixes stop for what the image runs: the earliest of its own, its distro's and its
 * Python's ends, as a date to compare and the words to show (an estimate says it is one).
 */
function fixesUntil(matrix: Matrix, e: Evaluation): { date: string; text: string } | undefined {
  const ends =
    e.pythonVersion === "unknown"
      ? imageEnds(matrix, e.image)
      : candidateEnds(matrix, e.image, e.pythonVersion);
  const first = earliestEnd(ends);
  if (first?.date === undefined) return undefined;
  return {
    date: first.date,
    text: first.estimated ? `about ${first.date} (an estimate)` : first.date,
  };
}

/** "a wheel" / "wheels", so one package reads as naturally as several. */
function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * The facts that make `a` better than `b` on one criterion for these answers, in a few words, or
 * undefined when the data holds nothing more specific than the rating's rationale.
 */
function factFor(criterion: string, a: Evaluation, b: Evaluation, ctx: ReasonContext) {
  const libcA = known(a.image.libc);
  const libcB = known(b.image.libc);
  if (criterion === "compatibility") {
    const compiled = new Set(ctx.analysis?.packages.filter((p) => !p.pure).map((p) => p.name));
    const verdictOn = (e: Evaluation, name: string) =>
      e.packages.find((p) => p.name === name)?.verdict;
    // Compiled packages that get a wheel on a but not on b: the reason a installs them cleanly.
    const better = [...compiled].filter(
      (name) => verdictOn(a, name) === "wheel" && verdictOn(b, name) !== "wheel",
    );
    if (libcA === "glibc" && libcB === "musl") {
      if (better.length > 0)
        return `glibc, so ${listNames(better)} ${plural(better.length, "installs from a manylinux wheel", "install from manylinux wheels")}`;
      if (ctx.answers.nativeDeps !== "none")
        return "glibc, so compiled packages install from manylinux wheels";
      return undefined;
    }
    if (better.length > 0)
      return `${listNames(better)} ${plural(better.length, "installs from a wheel", "install from wheels")}`;
    const pmA = packageManager(a);
    if (pmA && !packageManager(b) && ctx.answers.nativeDeps !== "none")
      return `${pmA} in the final image for any system library a package needs`;
    return undefined;
  }
  if (criterion === "debuggability") {
    if (ctx.answers.debugging === "none") return undefined;
    const pmA = packageManager(a);
    if (shell(a) && !shell(b))
      return pmA ? `a shell and ${pmA} to debug with` : "a shell to debug with";
    if (shell(a) && pmA && !packageManager(b)) return `${pmA} to add debugging tools`;
    return undefined;
  }
  if (criterion === "security") {
    const noPmA = packageManager(a) === undefined;
    if (!shell(a) && shell(b))
      return noPmA ? "no shell or package manager in production" : "no shell in production";
    if (noPmA && packageManager(b) !== undefined) return "no package manager in production";
    return undefined;
  }
  if (criterion === "size") {
    const sizeA = known(a.image.size.mb);
    const sizeB = known(b.image.size.mb);
    if (sizeA === undefined || sizeB === undefined || sizeA >= sizeB) return undefined;
    return `${Math.round(sizeA)} MB base image against ${Math.round(sizeB)} MB`;
  }
  if (criterion === "maintenance") {
    const endA = fixesUntil(ctx.matrix, a);
    const endB = fixesUntil(ctx.matrix, b);
    if (endA === undefined || endB === undefined || endA.date <= endB.date) return undefined;
    return `security fixes until ${endA.text} against ${endB.text}`;
  }
  return undefined;
}

/** What an image offers on one criterion for these answers, on its own terms (no comparison). */
function strengthFor(criterion: string, e: Evaluation, ctx: ReasonContext): string | undefined {
  if (criterion === "compatibility") {
    if (known(e.image.libc) !== "glibc" || ctx.answers.nativeDeps === "none") return undefined;
    const wheels = (ctx.analysis?.packages ?? [])
      .filter((p) => !p.pure && e.packages.find((x) => x.name === p.name)?.verdict === "wheel")
      .map((p) => p.name);
    return wheels.length > 0
      ? `glibc, so ${listNames(wheels)} ${plural(wheels.length, "installs from a manylinux wheel", "install from manylinux wheels")}`
      : "glibc, so compiled packages install from manylinux wheels";
  }
  if (criterion === "debuggability" && shell(e) && ctx.answers.debugging !== "none") {
    const pm = packageManager(e);
    return pm ? `a shell and ${pm} to debug with` : "a shell to debug with";
  }
  if (criterion === "security" && !shell(e) && packageManager(e) === undefined)
    return "no shell or package manager in production";
  if (criterion === "size") {
    const size = known(e.image.size.mb);
    return size === undefined ? undefined : `${Math.round(size)} MB base image`;
  }
  if (criterion === "maintenance") {
    const end = fixesUntil(ctx.matrix, e);
    return end === undefined ? undefined : `security fixes until ${end.text}`;
  }
  return undefined;
}

/** Criteria ordered by how many weighted points `a` gains over `b`, keeping only gains. */
function gains(matrix: Matrix, a: Evaluation, b: Evaluation, weights: Record<string, number>) {
  const result: { criterion: Criterion; gain: number }[] = [];
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

/** The first letter in lower case, and no closing full stop: a rationale as part of a sentence. */
function asPhrase(text: string): string {
  const trimmed = text.endsWith(".") ? text.slice(0, -1) : text;
  // "The runtime tag…" becomes "the runtime tag…"; "glibc", "apt" and "DHI" stay as written.
  const [first = "", second = ""] = trimmed;
  return first >= "A" && first <= "Z" && second >= "a" && second <= "z"
    ? first.toLowerCase() + trimmed.slice(1)
    : trimmed;
}

/** A criterion that separates `self` from `other` (or that both share, gain 0), with its fact and sentence. */
function deciding(
  criterion: Criterion,
  gain: number,
  self: Evaluation,
  other: Evaluation,
  fact: string,
  text: (a: number, b: number) => string,
): DecidingReason {
  const [a, b] = [score(self, criterion.id), score(other, criterion.id)];
  return {
    criterion: criterion.id,
    label: criterion.label,
    score: a,
    against: b,
    gain,
    fact,
    text: text(a, b),
  };
}

/** Criteria by the weighted points they bring `evaluation`, most first. */
function byStrength(evaluation: Evaluation, weights: Record<string, number>) {
  return (x: Criterion, y: Criterion) =>
    (weights[y.id] ?? 0) * score(evaluation, y.id) - (weights[x.id] ?? 0) * score(evaluation, x.id);
}

/**
 * Explains a ranking given best first. The best's reasons are the criteria with the largest
 * weighted gap to the first eligible runner-up; a higher-scoring candidate that was excluded is
 * named too, since its exclusion decided the result as much as any score.
 */
export function describeRanking(rows: Row[], ctx: ReasonContext): RankingExplanation {
  const { matrix, weights } = ctx;
  const [best, ...rest] = rows;
  if (!best) return { reasons: [], decidedBy: [] };
  const runnerUp = rest.find((r) => r.eligible);

  const bestDecided: DecidingReason[] = [];
  const bestReasons: string[] = [];
  const used = new Set<string>();
  if (runnerUp) {
    for (const { criterion, gain } of gains(
      matrix,
      best.evaluation,
      runnerUp.evaluation,
      weights,
    ).slice(0, MAX_WINNING_REASONS)) {
      used.add(criterion.id);
      // The fact for these answers where the data gives one; the rating's rationale otherwise.
      const fact =
        factFor(criterion.id, best.evaluation, runnerUp.evaluation, ctx) ??
        asPhrase(explain(best.evaluation, criterion.id));
      bestDecided.push(
        deciding(
          criterion,
          gain,
          best.evaluation,
          runnerUp.evaluation,
          fact,
          (a, b) =>
            `${criterion.label} ${a}/5 against ${b}/5 for ${runnerUp.evaluation.image.name}: ${fact}.`,
        ),
      );
    }
    // One criterion alone rarely tells the story: add the best's strongest other fact for these
    // answers, which the runner-up matches (so it is a reason both fit, not a gap).
    if (bestDecided.length === 1) {
      const strength = matrix.criteria
        .filter(
          (c) => !used.has(c.id) && score(best.evaluation, c.id) >= 4 && (weights[c.id] ?? 0) > 0,
        )
        .sort(byStrength(best.evaluation, weights))
        .map((criterion) => ({ criterion, fact: strengthFor(criterion.id, best.evaluation, ctx) }))
        .find((s) => s.fact !== undefined);
      if (strength?.fact) {
        const { criterion, fact } = strength;
        used.add(criterion.id);
        const gap = score(best.evaluation, criterion.id) - score(runnerUp.evaluation, criterion.id);
        bestDecided.push(
          deciding(
            criterion,
            (weights[criterion.id] ?? 0) * gap,
            best.evaluation,
            runnerUp.evaluation,
            fact,
            (a) => `${criterion.label} ${a}/5, as for ${runnerUp.evaluation.image.name}: ${fact}.`,
          ),
        );
      }
    }
    bestReasons.push(...bestDecided.map((d) => d.text));
  }
  if (bestReasons.length === 0) {
    const strongest = [...matrix.criteria]
      .sort(byStrength(best.evaluation, weights))
      .slice(0, MAX_WINNING_REASONS);
    for (const criterion of strongest) {
      used.add(criterion.id);
      bestReasons.push(
        `${criterion.label} ${score(best.evaluation, criterion.id)}/5: ${explain(best.evaluation, criterion.id)}`,
      );
    }
    if (runnerUp && runnerUp.row.score === best.row.score) {
      bestReasons.push(
        `Ties with ${runnerUp.evaluation.image.name} on score; the tie is broken by id, alphabetically.`,
      );
    }
  }
  const outscoredBy = rest.find((r) => !r.eligible && r.row.score > best.row.score);
  const firstExclusion = outscoredBy?.evaluation.exclusions[0];
  if (outscoredBy && firstExclusion) {
    bestReasons.push(
      `${outscoredBy.evaluation.image.name} would score ${outscoredBy.row.score}/100 but is excluded: ${firstExclusion.reason}`,
    );
  }
  bestReasons.push(...otherNotes(best.evaluation, used));

  const others = rest.map((r) => {
    const lost = gains(matrix, best.evaluation, r.evaluation, weights)
      .slice(0, MAX_LOSING_REASONS)
      .map(({ criterion, gain }) => {
        const why = explain(r.evaluation, criterion.id);
        return deciding(
          criterion,
          gain,
          r.evaluation,
          best.evaluation,
          asPhrase(why),
          (a, b) =>
            `${criterion.label} ${a}/5 against ${b}/5 for ${best.evaluation.image.name}: ${why}`,
        );
      });
    const reasons = lost.map((l) => l.text);
    if (r.eligible && r.row.score === best.row.score)
      reasons.push(
        `Same score as ${best.evaluation.image.name}; the tie is broken by id, alphabetically.`,
      );
    reasons.push(...otherNotes(r.evaluation, new Set(lost.map((l) => l.criterion))));
    return { reasons, lost };
  });
  return {
    reasons: [bestReasons, ...others.map((o) => o.reasons)],
    decidedBy: [bestDecided, ...others.map((o) => o.lost)],
  };
}
