/**
 * The advisor: ranks every candidate for a set of answers, explains the ranking, and writes the
 * files for the best one. Pure: the same answers, options and data give byte-identical output.
 */
import {
  type Answers,
  checkAnswer,
  FILE_ANSWER_FIELDS,
  type FileAnswerField,
  offeredPythonVersions,
  type RankingAnswers,
} from "./answers.ts";
import { architectureWarnings, blockingCodes, candidateWarnings, readiness } from "./blocking.ts";
import { parseCommand, unsafeCommandWarning } from "./command.ts";
import { commandWarnings } from "./command-advice.ts";
import { known } from "./data/fact.ts";
import type { Matrix } from "./data/schema.ts";
import { dataAgeWarning } from "./data-age.ts";
import { isIsoDate, soonHorizon } from "./dates.ts";
import { defaultMatrix } from "./default-matrix.ts";
import {
  type Evaluation,
  EXCLUSION_KINDS,
  type Exclusion,
  type ExclusionKind,
  evaluate,
} from "./evaluate.ts";
import { type GeneratedFiles, generateFor } from "./generators/index.ts";
import { decideProjectInstall, type ProjectInstall } from "./install-project.ts";
import {
  candidateEnds,
  effectivePythonVersion,
  endsWithinAYear,
  pythonEndOfLife,
  type SupportEnd,
} from "./lifecycle.ts";
import { AnswersError, parseAnswers } from "./parse-answers.ts";
import { type DecidingReason, describeRanking } from "./reasons.ts";
import { mirrorFor, mirrorHost, registryOf } from "./registry-mirrors.ts";
import {
  analyzeRequirements,
  type RequirementsAnalysis,
  type Verdict,
} from "./requirements/analyze.ts";
import { type FixContext, noBuildFixes } from "./requirements/fixes.ts";
import { effectiveWeights, totalScore } from "./scoring.ts";
import { sortWarnings, type Warning } from "./warnings.ts";

/** One candidate in the ranking. */
export type Ranked = {
  id: string;
  /** The final FROM, literal (no ARG). */
  reference: string;
  family: string;
  pythonVersion: string;
  libc: "glibc" | "musl";
  shell: boolean;
  /** Integer 0-100. */
  score: number;
  criteria: Record<string, { score: number; weight: number }>;
  reasons: string[];
  /**
   * The criteria behind `reasons`, largest weighted gap first: for the best, against the runner-up
   * (two or three); for the others, where they lost most against the best.
   */
  decidedBy?: DecidingReason[];
  /** Present only when the candidate is excluded: why. */
  excluded?: string[];
  /** With requirements: each package's verdict on this image (its libc, the architectures asked). */
  packages?: { name: string; verdict: Verdict }[];
  /**
   * Present only when this candidate's files would not build or start as generated: the codes of
   * its blocking warnings (see `candidateFiles` for the warnings themselves). An unsafe command,
   * which leaves every candidate without files, is reported once, in Recommendation.blockedBy.
   */
  blockedBy?: string[];
};

/**
 * Excluded candidates that share a reason, so a page can say it once: "Does not offer Python 3.12"
 * with each image and what is particular to it ("offers 3.14").
 */
export type ExclusionGroup = {
  kind: ExclusionKind;
  title: string;
  images: { id: string; name: string; detail?: string }[];
};

export type Recommendation = {
  dataVersion: string;
  best: Ranked;
  /** The id of the first eligible candidate after the best, which the best's reasons compare against. */
  runnerUp?: string;
  ranked: Ranked[];
  /**
   * The excluded candidates grouped by reason, most images first, in ranking order within a group.
   * A constraint every candidate breaks (set aside with a blocking warning) is not repeated here.
   */
  exclusionGroups?: ExclusionGroup[];
  warnings: Warning[];
  /** Null only when the start command cannot be written safely. */
  files: GeneratedFiles | null;
  /** True when the files would build and start as generated: files exist and nothing blocks. */
  ready: boolean;
  /** The codes of the blocking warnings, in warning order, each once; empty when ready. */
  blockedBy: string[];
  /** The requirements analysis, present when answers.requirements is not empty. */
  requirements?: RequirementsAnalysis;
  /** Whether the files install the project itself, and why (what installProject "auto" decided). */
  projectInstall: ProjectInstall;
};

export type RecommendOptions = {
  /** YYYY-MM-DD; the engine never reads the clock. */
  today: string;
  /** Absolute 0-5 overrides of the weights the answers imply. */
  weights?: Record<string, number>;
  /** Another matrix (an organisation's own images, a test fixture); defaults to data/. */
  matrix?: Matrix;
};

/**
 * When every candidate had to be let through a constraint: what to say, and whether the files the
 * shown candidate gets would fail (a package that cannot install, an image not published for an
 * architecture you build for) or merely miss what was asked.
 */
const RELAXED_MESSAGES: Record<
  ExclusionKind,
  { message: string; fix: string; field?: keyof Answers; severity: "blocking" | "warning" }
> = {
  requirements: {
    message: "A dependency cannot be installed on any candidate as pinned.",
    fix: "See the requirements warnings for the package and its fix.",
    field: "requirements",
    severity: "blocking",
  },
  compilers: {
    message: "Every candidate that fits ships compilers in its final image.",
    fix: "Choose relaxed size and standard security, or add an image without compilers to the matrix.",
    severity: "warning",
  },
  "native-libs": {
    message:
      "No candidate that fits has a package manager in its final image to add the system libraries compiled packages need.",
    fix: "Copy the needed libraries into the final stage yourself, or pick packages with self-contained wheels.",
    field: "nativeDeps",
    severity: "warning",
  },
  debugging: {
    message: "No candidate that fits offers a shell and a package manager in production.",
    fix: "Debug with an ephemeral container (kubectl debug, docker debug) and choose occasional debugging.",
    field: "debugging",
    severity: "warning",
  },
  login: {
    message: "Every candidate that fits needs a registry login.",
    fix: "Allow a registry login, or add a public image to the matrix.",
    field: "allowLogin",
    severity: "warning",
  },
  architecture: {
    message: "No candidate that fits is published for every architecture you chose.",
    fix: "Build separate images per architecture, or drop an architecture.",
    field: "architectures",
    severity: "blocking",
  },
  "python-version": {
    message: "No candidate that fits offers the Python version you chose.",
    fix: "Choose a Python version the matrix lists for more images.",
    field: "pythonVersion",
    severity: "warning",
  },
  "end-of-life": {
    message: "Every candidate is past end of life on the date given.",
    fix: "Update the matrix in data/ with supported images.",
    severity: "warning",
  },
};

function validateToday(today: unknown): string {
  if (typeof today !== "string" || !isIsoDate(today)) {
    throw new TypeError(`options.today: expected a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  return today;
}

/**
 * The kinds of exclusion that must be set aside so that at least one candidate remains, relaxing
 * the least important first. Empty in the usual case.
 */
function relaxedKinds(evaluations: Evaluation[]): ExclusionKind[] {
  const relaxed: ExclusionKind[] = [];
  const survives = (e: Evaluation) => e.exclusions.every((x) => relaxed.includes(x.kind));
  for (const kind of EXCLUSION_KINDS) {
    if (evaluations.some(survives)) break;
    relaxed.push(kind);
  }
  // Keep only the kinds a surviving candidate actually needed set aside.
  return relaxed.filter((kind) =>
    evaluations.some((e) => survives(e) && e.exclusions.some((x) => x.kind === kind)),
  );
}

function lifecycleWarnings(
  matrix: Matrix,
  answers: RankingAnswers,
  best: Evaluation,
  effective: string,
  today: string,
): Warning[] {
  const warnings: Warning[] = [];
  if (effective !== answers.pythonVersion) {
    warnings.push({
      code: "python-end-of-life",
      // The files build and run, on the substituted Python: a warning, not a block.
      severity: "warning",
      message: `Python ${answers.pythonVersion} reached end of life on ${pythonEndOfLife(matrix, answers.pythonVersion)} and gets no security fixes. This recommendation uses Python ${effective} instead.`,
      fix: `Move the app to Python ${effective} (or newer) and test it before you deploy.`,
      field: "pythonVersion",
    });
  }
  const ends = candidateEnds(matrix, best.image, best.pythonVersion).filter(
    (end) => best.pythonVersion !== "unknown" || end.kind !== "python",
  );
  // One warning per end within a year, earliest first: each asks for a different move.
  const soon = ends
    .filter((end) => endsWithinAYear(end.date, today))
    .sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : 1));
  for (const end of soon) warnings.push(endsSoonWarning(end, best));
  return warnings;
}

const ENDS_SOON = {
  python: { code: "python-ends-soon", fix: "Plan the upgrade to a newer Python now." },
  distro: { code: "distro-ends-soon", fix: "Plan the move to a newer release of the base image." },
  image: {
    code: "image-ends-soon",
    fix: "Plan the move to the publisher's newer variant, and pin the current one by digest meanwhile.",
  },
} as const;

/** The within-a-year warning for one end; an estimated end says it is an estimate and why. */
function endsSoonWarning(end: SupportEnd, best: Evaluation): Warning {
  const { code, fix } = ENDS_SOON[end.kind];
  const when = end.estimated
    ? `around ${end.date}, within a year (an estimate: ${end.basis})`
    : `on ${end.date}, within a year`;
  const message =
    end.kind === "python"
      ? `${end.owner} in this image stops getting security fixes ${when}.`
      : end.kind === "distro"
        ? `${end.owner} stops getting free security updates ${when}.`
        : `${best.reference} will most likely stop being rebuilt ${when}: ${end.rule ?? "its publisher's end"}.`;
  return {
    code,
    severity: "warning",
    message,
    fix,
    ...(end.kind === "python" ? { field: "pythonVersion" as const } : {}),
  };
}

function imageWarnings(answers: RankingAnswers, best: Evaluation): Warning[] {
  const warnings: Warning[] = [];
  const { image, variant } = best;
  if (image.python.provision === "latest-only" || /:latest$/.test(best.reference)) {
    warnings.push({
      code: "moving-tag",
      severity: "warning",
      message:
        image.python.provision === "latest-only"
          ? `${best.reference} is a moving tag: its Python version and packages change when the publisher updates it.`
          : `${best.reference} is a moving tag: its packages change when the publisher updates it (the Python minor stays pinned by its package).`,
      fix: "Pin every FROM by digest (the Dockerfile shows how) and let Renovate or Dependabot propose updates.",
    });
  }
  if (known(image.access.login)) {
    const mirror = mirrorFor(registryOf(variant.reference), answers);
    warnings.push({
      code: "registry-login",
      severity: "info",
      message: mirror
        ? `Pulling goes through your mirror ${mirror}: log in to ${mirrorHost(mirror)} before building.`
        : `Pulling needs a registry login: ${image.access.notes}`,
    });
  }
  if (answers.debugging === "occasional" && known(variant.shell) !== true) {
    const debugVariant = image.variants.find(
      (v) => v.purpose !== "runtime" && known(v.shell) === true,
    );
    const via = debugVariant
      ? `switch the final stage to ${debugVariant.reference.replaceAll("{python}", best.pythonVersion)} while you investigate, or `
      : "";
    warnings.push({
      code: "debug-without-shell",
      severity: "info",
      message: "The final image has no shell, so `docker exec -it ... sh` will not work.",
      fix: `To look inside, ${via}attach an ephemeral debug container: \`kubectl debug -it <pod> --image=busybox --target=<container>\` or \`docker debug <container>\`.`,
      field: "debugging",
    });
  }
  if (answers.nativeDeps === "compile") {
    warnings.push({
      code: "runtime-libraries",
      severity: "info",
      message:
        "Packages built from source often need shared libraries at run time (libpq5 for psycopg2, libxml2 for lxml).",
      fix: "Add them to the final stage where the Dockerfile marks the place; their -dev packages belong in the build stage only.",
      field: "nativeDeps",
    });
  }
  return warnings;
}

/** Advice about the port answer, which every image shares. */
function portWarnings(answers: Answers): Warning[] {
  if (answers.appKind !== "web" || answers.port >= 1024) return [];
  return [
    {
      code: "privileged-port",
      severity: "info",
      message: `Port ${answers.port} is below 1024 and the container runs as a non-root user; some runtimes refuse the bind without extra capabilities.`,
      fix: "Listen on a port of 1024 or above (8000, 8080) and map it to 80 or 443 outside the container.",
      field: "port",
    },
  ];
}

function toRanked(
  evaluation: Evaluation,
  weights: Record<string, number>,
): Omit<Ranked, "reasons"> {
  const criteria: Ranked["criteria"] = {};
  for (const [id, entry] of Object.entries(evaluation.criteria)) {
    criteria[id] = { score: entry.score, weight: weights[id] ?? 0 };
  }
  const ranked: Omit<Ranked, "reasons"> = {
    id: evaluation.image.id,
    reference: evaluation.reference,
    family: evaluation.image.family,
    pythonVersion: evaluation.pythonVersion,
    libc: known(evaluation.image.libc) === "musl" ? "musl" : "glibc",
    shell: known(evaluation.variant.shell) === true,
    score: totalScore(evaluation.criteria, weights),
    criteria,
  };
  if (evaluation.packages.length > 0) ranked.packages = evaluation.packages;
  return ranked;
}

/**
 * Validates the inputs and analyses the requirements. With nativeDepsSource "auto", what the
 * analysis says about compiled code replaces the nativeDeps answer for scoring and files.
 */
function prepare(answers: Answers, options: RecommendOptions) {
  const matrix = options.matrix ?? defaultMatrix;
  const asked = parseAnswers(answers, matrix);
  const today = validateToday(options.today);
  const effective = effectivePythonVersion(
    matrix,
    asked.pythonVersion,
    offeredPythonVersions(matrix),
    today,
  );
  const analysis =
    asked.requirements.trim() === ""
      ? undefined
      : analyzeRequirements(asked.requirements, {
          pythonVersion: effective,
          architectures: asked.architectures,
          matrix,
        });
  const fromAnalysis = asked.nativeDepsSource === "auto" ? analysis?.nativeDeps : undefined;
  const valid: Answers = fromAnalysis ? { ...asked, nativeDeps: fromAnalysis } : asked;
  return { matrix, asked, valid, today, effective, analysis };
}

/** What the requirement fixes are computed against, besides the candidate. */
type FixBasis = {
  matrix: Matrix;
  today: string;
  /** The Python the requirements were analysed for (after any end-of-life substitution). */
  effective: string;
  architectures: Answers["architectures"];
};

/** What the requirement fixes are computed against: the candidate's libc, the Python analysed. */
function fixContextFor(basis: FixBasis, evaluation: Evaluation): FixContext {
  return {
    matrix: basis.matrix,
    today: basis.today,
    pythonVersion: basis.effective,
    offeredPythons: offeredPythonVersions(basis.matrix),
    architectures: basis.architectures,
    libc: known(evaluation.image.libc) === "musl" ? "musl" : "glibc",
  };
}

/** The analysis's no-build warnings with their one-click fixes for this candidate. */
function noBuildWarnings(
  analysis: RequirementsAnalysis,
  requirements: string,
  basis: FixBasis,
  evaluation: Evaluation,
): Warning[] {
  const failing = analysis.packages.filter((p) => p.verdicts.glibc.amd64 === "no-build");
  if (failing.length === 0) return analysis.warnings;
  const fixes = noBuildFixes(requirements, failing, fixContextFor(basis, evaluation));
  const caution =
    failing.length > 1
      ? " The suggested pins each have a wheel for this Python; they are not checked against each other (one may need a newer release of another), so install them together before you ship."
      : "";
  // The analysis raises one no-build warning per such package, in package order; the caution
  // about pins goes on the first, once.
  let next = 0;
  return analysis.warnings.map((w) => {
    if (w.code !== "requirement-no-build") return w;
    const own = fixes.get(failing[next]?.name ?? "") ?? [];
    const note = next++ === 0 ? caution : "";
    return own.length > 0 ? { ...w, fix: `${w.fix ?? ""}${note}`.trim(), fixes: own } : w;
  });
}

/** The analysis's own warnings, and a note where a manual nativeDeps answer disagrees with it. */
function requirementsWarnings(
  asked: RankingAnswers,
  analysis: RequirementsAnalysis,
  fixBasis: FixBasis,
  evaluation: Evaluation,
): Warning[] {
  const warnings = noBuildWarnings(analysis, asked.requirements, fixBasis, evaluation);
  if (analysis.errors.length > 0) {
    warnings.push({
      code: "requirements-errors",
      severity: "warning",
      message: `${analysis.errors.length} line${analysis.errors.length > 1 ? "s" : ""} of the requirements could not be read (first: line ${analysis.errors[0]?.line}: ${analysis.errors[0]?.message}).`,
      fix: "Fix those lines; the rest of the file still counts.",
      field: "requirements",
    });
  }
  if (
    asked.nativeDepsSource === "manual" &&
    analysis.nativeDeps &&
    analysis.nativeDeps !== asked.nativeDeps
  ) {
    warnings.push({
      code: "native-deps-disagree",
      severity: "info",
      message: `Your answer for compiled packages is "${asked.nativeDeps}", but the requirements suggest "${analysis.nativeDeps}".`,
      fix: "Switch compiled packages back to automatic to follow the requirements, or keep your answer if you know better.",
      field: "nativeDeps",
    });
  }
  return warnings;
}

/** Excluded candidates by shared reason; kinds set aside for every candidate are left out. */
function groupExclusions(excluded: Evaluation[], relaxed: ExclusionKind[]): ExclusionGroup[] {
  const groups = new Map<string, ExclusionGroup>();
  const add = (exclusion: Exclusion, id: string, name: string, detail: string | undefined) => {
    let group = groups.get(exclusion.title);
    if (!group) {
      group = { kind: exclusion.kind, title: exclusion.title, images: [] };
      groups.set(exclusion.title, group);
    }
    // Exclusions of one image arrive together, so an image already in the group is its last one.
    const last = group.images[group.images.length - 1];
    if (last?.id === id) {
      if (detail) last.detail = last.detail ? `${last.detail}; ${detail}` : detail;
    } else {
      const image: ExclusionGroup["images"][number] = { id, name };
      if (detail) image.detail = detail;
      group.images.push(image);
    }
  };
  for (const evaluation of excluded) {
    const { id, name, status } = evaluation.image;
    const counted = evaluation.exclusions.filter((x) => !relaxed.includes(x.kind));
    const first = counted[0];
    if (status === "end-of-life" && first) {
      // An image marked end of life is listed there alone, with its other reasons as the detail.
      const details = counted.flatMap((x) => (x.detail ? [x.detail] : []));
      add(first, id, name, details.join("; ") || undefined);
      continue;
    }
    for (const exclusion of counted) add(exclusion, id, name, exclusion.detail);
  }
  const order = (kind: ExclusionKind) => EXCLUSION_KINDS.indexOf(kind);
  // Stable sort: groups of the same size keep the order they were met in, kind by kind.
  return [...groups.values()].sort(
    (a, b) => b.images.length - a.images.length || order(a.kind) - order(b.kind),
  );
}

/**
 * Everything `recommend` decides before it writes files. It reads only `RankingAnswers`, so it is
 * the same for answers that differ in `FILE_ANSWER_FIELDS` alone (see `recommendFromRanking`).
 */
export type Ranking = {
  matrix: Matrix;
  /** The validated answers it was made for (nativeDeps already following the requirements). */
  answers: Answers;
  analysis: RequirementsAnalysis | undefined;
  /** What the requirement fixes are computed against (the day, the Python analysed). */
  fixBasis: FixBasis;
  best: Evaluation;
  /** Every candidate in ranking order, with whether it passed every constraint not set aside. */
  rows: { evaluation: Evaluation; eligible: boolean }[];
  ranked: Ranked[];
  /** The id of the best eligible candidate after the best, when there is one. */
  runnerUp?: string;
  /** The excluded candidates, grouped by shared reason. */
  exclusionGroups: ExclusionGroup[];
  /**
   * The constraints set aside that the best breaks. Their warnings are written with the files,
   * since a blocking candidate-level warning (which depends on the start command) may explain one.
   */
  relaxedForBest: ExclusionKind[];
  /** Warnings raised after the relaxed constraints': lifecycles, requirements. */
  choiceWarnings: Warning[];
  /** Warnings raised after the start command's: the image itself, the weights, the data's age. */
  imageWarnings: Warning[];
};

/** Every candidate evaluated and ordered: eligible first, then fewest broken constraints, score, id. */
function rankRows(
  matrix: Matrix,
  valid: RankingAnswers,
  today: string,
  effective: string,
  analysis: RequirementsAnalysis | undefined,
  weights: Record<string, number>,
) {
  const horizon = soonHorizon(today);
  const evaluations = matrix.images.map((image) =>
    evaluate(matrix, image, valid, effective, today, analysis, horizon),
  );
  const relaxed = relaxedKinds(evaluations);
  const isEligible = (e: Evaluation) => e.exclusions.every((x) => relaxed.includes(x.kind));
  const rows = evaluations.map((evaluation) => ({
    evaluation,
    row: toRanked(evaluation, weights),
    eligible: isEligible(evaluation),
    // When constraints had to be relaxed, a candidate that breaks fewer of them ranks first.
    broken: relaxed.length === 0 ? 0 : new Set(evaluation.exclusions.map((x) => x.kind)).size,
  }));
  rows.sort((a, b) => {
    if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
    if (a.broken !== b.broken) return a.broken - b.broken;
    if (a.row.score !== b.row.score) return b.row.score - a.row.score;
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  });
  return { rows, relaxed };
}

/**
 * The best candidate alone, as `recommend` would rank it (no reasons, warnings or files): for the
 * what-if pass, which only compares winners.
 *
 * @throws AnswersError and TypeError as `recommend` does.
 */
export function bestCandidate(
  answers: Answers,
  options: RecommendOptions,
): Pick<Ranked, "id" | "reference"> {
  const { matrix, valid, today, effective, analysis } = prepare(answers, options);
  const weights = effectiveWeights(valid, matrix, options.weights);
  const best = rankRows(matrix, valid, today, effective, analysis, weights).rows[0];
  if (!best) throw new Error("The matrix has no images.");
  return { id: best.row.id, reference: best.row.reference };
}

function rank(
  matrix: Matrix,
  valid: RankingAnswers,
  asked: RankingAnswers,
  fixBasis: FixBasis,
  analysis: RequirementsAnalysis | undefined,
  overrides: RecommendOptions["weights"],
): Omit<Ranking, "matrix" | "answers" | "analysis" | "fixBasis"> {
  const { today, effective } = fixBasis;
  const weights = effectiveWeights(valid, matrix, overrides);
  const { rows, relaxed } = rankRows(matrix, valid, today, effective, analysis, weights);
  const explained = describeRanking(rows, { matrix, answers: valid, analysis, weights });
  const ranked: Ranked[] = rows.map(({ evaluation, row, eligible }, i) => {
    const entry: Ranked = { ...row, reasons: explained.reasons[i] ?? [] };
    const decided = explained.decidedBy[i] ?? [];
    if (decided.length > 0) entry.decidedBy = decided;
    if (!eligible) entry.excluded = evaluation.exclusions.map((x) => x.reason);
    return entry;
  });
  const runnerUp = rows.slice(1).find((r) => r.eligible)?.row.id;
  const bestRow = rows[0];
  if (!bestRow) throw new Error("The matrix has no images.");
  const best = bestRow.evaluation;

  // The analysis already explains an uninstallable dependency, with its fix.
  const explainedByAnalysis = (kind: ExclusionKind) =>
    kind === "requirements" && (analysis?.warnings.some((w) => w.severity === "blocking") ?? false);
  const relaxedForBest = relaxed.filter(
    (k) => best.exclusions.some((x) => x.kind === k) && !explainedByAnalysis(k),
  );
  const choiceWarnings = lifecycleWarnings(matrix, valid, best, effective, today);
  if (analysis) choiceWarnings.push(...requirementsWarnings(asked, analysis, fixBasis, best));
  const imageAdvice = imageWarnings(valid, best);
  if (Object.values(weights).every((w) => w === 0)) {
    imageAdvice.push({
      code: "no-weights",
      severity: "info",
      message: "Every criterion weight is zero, so all candidates score 0 and are ordered by id.",
    });
  }
  imageAdvice.push(dataAgeWarning(matrix, today));
  const exclusionGroups = groupExclusions(
    rows.filter((r) => !r.eligible).map((r) => r.evaluation),
    relaxed,
  );
  return {
    best,
    rows: rows.map(({ evaluation, eligible }) => ({ evaluation, eligible })),
    ranked,
    ...(runnerUp ? { runnerUp } : {}),
    exclusionGroups,
    relaxedForBest,
    choiceWarnings,
    imageWarnings: imageAdvice,
  };
}

/**
 * Ranks every candidate for `answers` without writing files: the part of `recommend` that the
 * file-only answers cannot change. Throws as `recommend` does.
 */
export function rankCandidates(answers: Answers, options: RecommendOptions): Ranking {
  const { matrix, valid, asked, today, effective, analysis } = prepare(answers, options);
  const fixBasis = { matrix, today, effective, architectures: valid.architectures };
  return {
    matrix,
    answers: valid,
    analysis,
    fixBasis,
    ...rank(matrix, valid, asked, fixBasis, analysis, options.weights),
  };
}

/** The warnings for the constraints set aside, unless a candidate-level warning already explains one. */
function relaxedWarnings(ranking: Ranking, specific: Warning[]): Warning[] {
  const explained = (kind: ExclusionKind) =>
    kind === "native-libs" && specific.some((w) => w.severity === "blocking");
  return ranking.relaxedForBest
    .filter((kind) => !explained(kind))
    .map((kind) => {
      const relax = RELAXED_MESSAGES[kind];
      return {
        code: `no-candidate-${kind}`,
        severity: relax.severity,
        message: `${relax.message} ${ranking.best.image.name} is shown although it does not meet that requirement.`,
        fix: relax.fix,
        ...(relax.field ? { field: relax.field } : {}),
      };
    });
}

/**
 * Which candidates' files would not build or start, by the codes of their blocking warnings. Every
 * candidate shares the requirements; each adds what its own stages lack. (An unsafe command gives
 * no candidate files: the ranking still applies, and the result says so once.)
 */
function blockedRanking(
  ranking: Ranking,
  sorted: Warning[],
  valid: Answers,
  args: string[] | undefined,
  projectInstall: ProjectInstall,
): Ranked[] {
  const shared = blockingCodes(sorted.filter((w) => w.code === "requirement-no-build"));
  return ranking.rows.map(({ evaluation, eligible }, i) => {
    // A copy: the ranking is shared by every set of file-only answers.
    const entry: Ranked = { ...(ranking.ranked[i] as Ranked) };
    const { unavailable, stranded } = evaluation.systemPackages;
    const own =
      i === 0
        ? blockingCodes(sorted).filter((code) => code !== "unsafe-command")
        : unavailable.length > 0 ||
            stranded.length > 0 ||
            valid.installProject === "no" ||
            (eligible && evaluation.exclusions.some((x) => x.kind === "architecture"))
          ? [
              ...new Set([
                ...shared,
                ...blockingCodes([
                  ...candidateWarnings(evaluation, valid, args, projectInstall, undefined),
                  ...(eligible ? architectureWarnings(evaluation) : []),
                ]),
              ]),
            ]
          : shared;
    if (own.length > 0) entry.blockedBy = own;
    return entry;
  });
}

/**
 * The recommendation for `ranking`'s answers with these file-only answers, exactly as `recommend`
 * gives it: one ranking serves every combination of packageManager, appKind, port, healthPath,
 * command and installProject.
 *
 * @throws AnswersError when a file-only answer fails validation.
 */
export function recommendFromRanking(
  ranking: Ranking,
  fileAnswers: Pick<Answers, FileAnswerField>,
): Recommendation {
  const { matrix, best, analysis } = ranking;
  const merged: Record<string, unknown> = { ...ranking.answers };
  const issues: { field: string; message: string }[] = [];
  for (const field of FILE_ANSWER_FIELDS) {
    const problem = checkAnswer(field, fileAnswers[field], matrix);
    if (problem) issues.push({ field, message: problem });
    merged[field] = fileAnswers[field];
  }
  if (issues.length > 0) throw new AnswersError(issues);
  const valid = merged as Answers;
  const parsed = parseCommand(valid.command);
  const args = parsed.ok ? parsed.args : undefined;
  const projectInstall = decideProjectInstall(valid);
  // What a candidate-level warning explains, with its own fix (a system package the image cannot
  // install, a project that cannot be installed as asked).
  const specific = candidateWarnings(
    best,
    valid,
    args,
    projectInstall,
    fixContextFor(ranking.fixBasis, best),
  );
  const warnings: Warning[] = parsed.ok ? [] : [unsafeCommandWarning(parsed.problem)];
  warnings.push(...relaxedWarnings(ranking, specific), ...ranking.choiceWarnings, ...specific);
  if (parsed.ok) warnings.push(...commandWarnings(parsed.args, valid));
  warnings.push(...portWarnings(valid), ...ranking.imageWarnings);
  const sorted = sortWarnings(warnings);
  const files = args ? generateFor(matrix, best, valid, args, projectInstall) : null;
  const ranked = blockedRanking(ranking, sorted, valid, args, projectInstall);
  return {
    dataVersion: matrix.dataVersion,
    best: ranked[0] as Ranked,
    ...(ranking.runnerUp ? { runnerUp: ranking.runnerUp } : {}),
    ranked,
    exclusionGroups: ranking.exclusionGroups,
    warnings: sorted,
    files,
    ...readiness(files, sorted),
    ...(analysis ? { requirements: analysis } : {}),
    projectInstall,
  };
}

/** One candidate's files, as `recommend` would write them were it the best, and whether they would work. */
export type CandidateFiles = {
  /** Null only when the start command cannot be written safely. */
  files: GeneratedFiles | null;
  /** The warnings that decide whether these files build and start (blocking ones first). */
  warnings: Warning[];
  ready: boolean;
  blockedBy: string[];
};

/**
 * The files for any candidate ("show me this one") with the warnings that say whether they would
 * build and start: the same meaning of blocking as `recommend`.
 *
 * @throws AnswersError when `answers` fails validation; Error when `imageId` is not in the matrix.
 */
export function candidateFiles(
  imageId: string,
  answers: Answers,
  options: RecommendOptions,
): CandidateFiles {
  const { matrix, asked, valid, today, effective, analysis } = prepare(answers, options);
  const fixBasis = { matrix, today, effective, architectures: valid.architectures };
  const image = matrix.images.find((i) => i.id === imageId);
  if (!image)
    throw new Error(
      `Unknown image id "${imageId}": expected one of ${matrix.images.map((i) => i.id).join(", ")}`,
    );
  const parsed = parseCommand(valid.command);
  const args = parsed.ok ? parsed.args : undefined;
  const projectInstall = decideProjectInstall(valid);
  const evaluation = evaluate(matrix, image, valid, effective, today, analysis);
  const warnings = sortWarnings([
    ...(parsed.ok ? [] : [unsafeCommandWarning(parsed.problem)]),
    ...(analysis
      ? noBuildWarnings(analysis, asked.requirements, fixBasis, evaluation).filter(
          (w) => w.severity === "blocking",
        )
      : []),
    ...candidateWarnings(
      evaluation,
      valid,
      args,
      projectInstall,
      fixContextFor(fixBasis, evaluation),
    ),
    ...architectureWarnings(evaluation),
  ]);
  const files = args ? generateFor(matrix, evaluation, valid, args, projectInstall) : null;
  return { files, warnings, ...readiness(files, warnings) };
}

/**
 * Ranks every candidate for `answers` and writes the best one's files.
 *
 * @throws AnswersError when `answers` fails validation (each bad field is listed).
 * @throws TypeError when `options.today` is not a YYYY-MM-DD date.
 */
export function recommend(answers: Answers, options: RecommendOptions): Recommendation {
  const ranking = rankCandidates(answers, options);
  // The validated answers: fields added later have their defaults filled in there.
  return recommendFromRanking(ranking, ranking.answers);
}

/**
 * The files for any candidate, as `recommend` would write them were it the best ("show me this one").
 * Returns null when the start command cannot be represented safely. `candidateFiles` also says
 * whether they would build and start.
 *
 * @throws AnswersError when `answers` fails validation; Error when `imageId` is not in the matrix.
 */
export function generateFiles(
  imageId: string,
  answers: Answers,
  options: RecommendOptions,
): GeneratedFiles | null {
  return candidateFiles(imageId, answers, options).files;
}
