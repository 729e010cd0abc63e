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
import {
  candidateEnds,
  effectivePythonVersion,
  endsWithinAYear,
  pythonEndOfLife,
  type SupportEnd,
} from "./lifecycle.ts";
import { AnswersError, parseAnswers } from "./parse-answers.ts";
import { type DecidingReason, describeRanking } from "./reasons.ts";
import {
  analyzeRequirements,
  type RequirementsAnalysis,
  type Verdict,
} from "./requirements/analyze.ts";
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
  files: GeneratedFiles | null;
  /** The requirements analysis, present when answers.requirements is not empty. */
  requirements?: RequirementsAnalysis;
};

export type RecommendOptions = {
  /** YYYY-MM-DD; the engine never reads the clock. */
  today: string;
  /** Absolute 0-5 overrides of the weights the answers imply. */
  weights?: Record<string, number>;
  /** Another matrix (an organisation's own images, a test fixture); defaults to data/. */
  matrix?: Matrix;
};

const RELAXED_MESSAGES: Record<
  ExclusionKind,
  { message: string; fix: string; field?: keyof Answers }
> = {
  requirements: {
    message: "A dependency cannot be installed on any candidate as pinned.",
    fix: "See the requirements warnings for the package and its fix.",
    field: "requirements",
  },
  compilers: {
    message: "Every candidate that fits ships compilers in its final image.",
    fix: "Choose relaxed size and standard security, or add an image without compilers to the matrix.",
  },
  "native-libs": {
    message:
      "No candidate that fits has a package manager in its final image to add the system libraries compiled packages need.",
    fix: "Copy the needed libraries into the final stage yourself, or pick packages with self-contained wheels.",
    field: "nativeDeps",
  },
  debugging: {
    message: "No candidate that fits offers a shell and a package manager in production.",
    fix: "Debug with an ephemeral container (kubectl debug, docker debug) and choose occasional debugging.",
    field: "debugging",
  },
  login: {
    message: "Every candidate that fits needs a registry login.",
    fix: "Allow a registry login, or add a public image to the matrix.",
    field: "allowLogin",
  },
  architecture: {
    message: "No candidate that fits is published for every architecture you chose.",
    fix: "Build separate images per architecture, or drop an architecture.",
    field: "architectures",
  },
  "python-version": {
    message: "No candidate that fits offers the Python version you chose.",
    fix: "Choose a Python version the matrix lists for more images.",
    field: "pythonVersion",
  },
  "end-of-life": {
    message: "Every candidate is past end of life on the date given.",
    fix: "Update the matrix in data/ with supported images.",
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
      severity: "blocking",
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
    warnings.push({
      code: "registry-login",
      severity: "info",
      message: `Pulling needs a registry login: ${image.access.notes}`,
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

/** The analysis's own warnings, and a note where a manual nativeDeps answer disagrees with it. */
function requirementsWarnings(asked: RankingAnswers, analysis: RequirementsAnalysis): Warning[] {
  const warnings = [...analysis.warnings];
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
  best: Evaluation;
  ranked: Ranked[];
  /** The id of the best eligible candidate after the best, when there is one. */
  runnerUp?: string;
  /** The excluded candidates, grouped by shared reason. */
  exclusionGroups: ExclusionGroup[];
  /** Warnings raised before the start command's: relaxed constraints, lifecycles, requirements. */
  choiceWarnings: Warning[];
  /** Warnings raised after the start command's: the image itself, the weights. */
  imageWarnings: Warning[];
};

function rank(
  matrix: Matrix,
  valid: RankingAnswers,
  asked: RankingAnswers,
  today: string,
  effective: string,
  analysis: RequirementsAnalysis | undefined,
  overrides: RecommendOptions["weights"],
): Omit<Ranking, "matrix" | "answers" | "analysis"> {
  const weights = effectiveWeights(valid, matrix, overrides);
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

  const choiceWarnings: Warning[] = [];
  // The analysis already explains an uninstallable dependency, with its fix.
  const explainedByAnalysis = (kind: string) =>
    kind === "requirements" && (analysis?.warnings.some((w) => w.severity === "blocking") ?? false);
  for (const kind of relaxed.filter(
    (k) => best.exclusions.some((x) => x.kind === k) && !explainedByAnalysis(k),
  )) {
    const relax = RELAXED_MESSAGES[kind];
    choiceWarnings.push({
      code: `no-candidate-${kind}`,
      severity: "blocking",
      message: `${relax.message} ${best.image.name} is shown although it does not meet that requirement.`,
      fix: relax.fix,
      ...(relax.field ? { field: relax.field } : {}),
    });
  }
  choiceWarnings.push(...lifecycleWarnings(matrix, valid, best, effective, today));
  if (analysis) choiceWarnings.push(...requirementsWarnings(asked, analysis));
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
    ranked,
    ...(runnerUp ? { runnerUp } : {}),
    exclusionGroups,
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
  return {
    matrix,
    answers: valid,
    analysis,
    ...rank(matrix, valid, asked, today, effective, analysis, options.weights),
  };
}

/**
 * The recommendation for `ranking`'s answers with these file-only answers, exactly as `recommend`
 * gives it: one ranking serves every combination of packageManager, appKind, port, healthPath and
 * command.
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
  const warnings: Warning[] = parsed.ok ? [] : [unsafeCommandWarning(parsed.problem)];
  warnings.push(...ranking.choiceWarnings);
  if (parsed.ok) warnings.push(...commandWarnings(parsed.args, valid));
  warnings.push(...portWarnings(valid), ...ranking.imageWarnings);
  return {
    dataVersion: matrix.dataVersion,
    best: ranking.ranked[0] as Ranked,
    ...(ranking.runnerUp ? { runnerUp: ranking.runnerUp } : {}),
    ranked: ranking.ranked,
    exclusionGroups: ranking.exclusionGroups,
    warnings: sortWarnings(warnings),
    files: parsed.ok ? generateFor(matrix, best, valid, parsed.args) : null,
    ...(analysis ? { requirements: analysis } : {}),
  };
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
 * Returns null when the start command cannot be represented safely.
 *
 * @throws AnswersError when `answers` fails validation; Error when `imageId` is not in the matrix.
 */
export function generateFiles(
  imageId: string,
  answers: Answers,
  options: RecommendOptions,
): GeneratedFiles | null {
  const { matrix, valid, today, effective, analysis } = prepare(answers, options);
  const image = matrix.images.find((i) => i.id === imageId);
  if (!image)
    throw new Error(
      `Unknown image id "${imageId}": expected one of ${matrix.images.map((i) => i.id).join(", ")}`,
    );
  const parsed = parseCommand(valid.command);
  if (!parsed.ok) return null;
  const evaluation = evaluate(matrix, image, valid, effective, today, analysis);
  return generateFor(matrix, evaluation, valid, parsed.args);
}
