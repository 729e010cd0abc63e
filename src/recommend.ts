/**
 * The advisor: ranks every candidate for a set of answers, explains the ranking, and writes the
 * files for the best one. Pure: the same answers, options and data give byte-identical output.
 */
import { type Answers, offeredPythonVersions, parseAnswers } from "./answers.ts";
import { architectureWarnings, blockingCodes, candidateWarnings, readiness } from "./blocking.ts";
import { parseCommand, unsafeCommandWarning } from "./command.ts";
import { commandWarnings } from "./command-advice.ts";
import { known } from "./data/fact.ts";
import type { Matrix } from "./data/schema.ts";
import { dataAgeWarning } from "./data-age.ts";
import { isIsoDate, soonHorizon } from "./dates.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { type Evaluation, EXCLUSION_KINDS, type ExclusionKind, evaluate } from "./evaluate.ts";
import { type GeneratedFiles, generateFor } from "./generators/index.ts";
import { decideProjectInstall, type ProjectInstall } from "./install-project.ts";
import {
  candidateEnds,
  effectivePythonVersion,
  endsWithinAYear,
  pythonEndOfLife,
  type SupportEnd,
} from "./lifecycle.ts";
import { describeRanking } from "./reasons.ts";
import { mirrorFor, mirrorHost, registryOf } from "./registry-mirrors.ts";
import {
  analyzeRequirements,
  type RequirementsAnalysis,
  type Verdict,
} from "./requirements/analyze.ts";
import { type FixContext, noBuildFixes } from "./requirements/fixes.ts";
import { sortWarnings, type Warning } from "./warnings.ts";
import { effectiveWeights, totalScore } from "./weights.ts";

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

export type Recommendation = {
  dataVersion: string;
  best: Ranked;
  ranked: Ranked[];
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
  answers: Answers,
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

function imageWarnings(answers: Answers, best: Evaluation): Warning[] {
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
  if (answers.appKind === "web" && answers.port < 1024) {
    warnings.push({
      code: "privileged-port",
      severity: "info",
      message: `Port ${answers.port} is below 1024 and the container runs as a non-root user; some runtimes refuse the bind without extra capabilities.`,
      fix: "Listen on a port of 1024 or above (8000, 8080) and map it to 80 or 443 outside the container.",
      field: "port",
    });
  }
  return warnings;
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

type Prepared = ReturnType<typeof prepare>;

/** What the requirement fixes are computed against: the candidate's libc, the Python analysed. */
function fixContextFor(prepared: Prepared, evaluation: Evaluation): FixContext {
  return {
    matrix: prepared.matrix,
    today: prepared.today,
    pythonVersion: prepared.effective,
    offeredPythons: offeredPythonVersions(prepared.matrix),
    architectures: prepared.valid.architectures,
    libc: known(evaluation.image.libc) === "musl" ? "musl" : "glibc",
  };
}

/** The analysis's no-build warnings with their one-click fixes for this candidate. */
function noBuildWarnings(
  analysis: RequirementsAnalysis,
  prepared: Prepared,
  evaluation: Evaluation,
): Warning[] {
  const failing = analysis.packages.filter((p) => p.verdicts.glibc.amd64 === "no-build");
  if (failing.length === 0) return analysis.warnings;
  const fixes = noBuildFixes(
    prepared.asked.requirements,
    failing,
    fixContextFor(prepared, evaluation),
  );
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
  asked: Answers,
  analysis: RequirementsAnalysis,
  prepared: Prepared,
  evaluation: Evaluation,
): Warning[] {
  const warnings = noBuildWarnings(analysis, prepared, evaluation);
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

/** Every candidate evaluated and ordered: eligible first, then fewest broken constraints, score, id. */
function rankRows(prepared: Prepared, weights: Record<string, number>) {
  const { matrix, valid, today, effective, analysis } = prepared;
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
  const prepared = prepare(answers, options);
  const weights = effectiveWeights(prepared.valid, prepared.matrix, options.weights);
  const best = rankRows(prepared, weights).rows[0];
  if (!best) throw new Error("The matrix has no images.");
  return { id: best.row.id, reference: best.row.reference };
}

/**
 * Ranks every candidate for `answers` and writes the best one's files.
 *
 * @throws AnswersError when `answers` fails validation (each bad field is listed).
 * @throws TypeError when `options.today` is not a YYYY-MM-DD date.
 */
export function recommend(answers: Answers, options: RecommendOptions): Recommendation {
  const prepared = prepare(answers, options);
  const { matrix, valid, asked, today, effective, analysis } = prepared;
  const weights = effectiveWeights(valid, matrix, options.weights);
  const { rows, relaxed } = rankRows(prepared, weights);
  const explained = describeRanking(matrix, rows, weights);
  const ranked: Ranked[] = rows.map(({ evaluation, row, eligible }, i) => {
    const entry: Ranked = { ...row, reasons: explained[i] ?? [] };
    if (!eligible) entry.excluded = evaluation.exclusions.map((x) => x.reason);
    return entry;
  });
  const bestRow = rows[0];
  if (!bestRow) throw new Error("The matrix has no images.");
  const best = bestRow.evaluation;

  const parsed = parseCommand(valid.command);
  const args = parsed.ok ? parsed.args : undefined;
  const projectInstall = decideProjectInstall(valid);
  const warnings: Warning[] = [];
  if (!parsed.ok) warnings.push(unsafeCommandWarning(parsed.problem));
  // What the analysis or a candidate-level warning already explains, with its own fix.
  const specific = candidateWarnings(
    best,
    valid,
    args,
    projectInstall,
    fixContextFor(prepared, best),
  );
  const alreadyExplained = (kind: ExclusionKind) =>
    (kind === "requirements" &&
      (analysis?.warnings.some((w) => w.severity === "blocking") ?? false)) ||
    (kind === "native-libs" && specific.some((w) => w.severity === "blocking"));
  for (const kind of relaxed.filter(
    (k) => best.exclusions.some((x) => x.kind === k) && !alreadyExplained(k),
  )) {
    const relax = RELAXED_MESSAGES[kind];
    warnings.push({
      code: `no-candidate-${kind}`,
      severity: relax.severity,
      message: `${relax.message} ${best.image.name} is shown although it does not meet that requirement.`,
      fix: relax.fix,
      ...(relax.field ? { field: relax.field } : {}),
    });
  }
  warnings.push(...lifecycleWarnings(matrix, valid, best, effective, today));
  if (analysis) warnings.push(...requirementsWarnings(asked, analysis, prepared, best));
  warnings.push(...specific);
  if (parsed.ok) warnings.push(...commandWarnings(parsed.args, valid));
  warnings.push(...imageWarnings(valid, best));
  if (Object.values(weights).every((w) => w === 0)) {
    warnings.push({
      code: "no-weights",
      severity: "info",
      message: "Every criterion weight is zero, so all candidates score 0 and are ordered by id.",
    });
  }
  warnings.push(dataAgeWarning(matrix, today));

  const files = args ? generateFor(matrix, best, valid, args, projectInstall) : null;
  const sorted = sortWarnings(warnings);
  // Every candidate shares the requirements; each adds what its own stages lack. (An unsafe
  // command gives no candidate files: the ranking still applies, and the result says so once.)
  const shared = blockingCodes(sorted.filter((w) => w.code === "requirement-no-build"));
  for (const [i, { evaluation, eligible }] of rows.entries()) {
    const entry = ranked[i] as Ranked;
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
  }
  return {
    dataVersion: matrix.dataVersion,
    best: ranked[0] as Ranked,
    ranked,
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
  const prepared = prepare(answers, options);
  const { matrix, valid, today, effective, analysis } = prepared;
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
      ? noBuildWarnings(analysis, prepared, evaluation).filter((w) => w.severity === "blocking")
      : []),
    ...candidateWarnings(
      evaluation,
      valid,
      args,
      projectInstall,
      fixContextFor(prepared, evaluation),
    ),
    ...architectureWarnings(evaluation),
  ]);
  const files = args ? generateFor(matrix, evaluation, valid, args, projectInstall) : null;
  return { files, warnings, ...readiness(files, warnings) };
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
