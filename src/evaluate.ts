/**
 * Judges one candidate against the answers: which variant would be the final image, what excludes
 * it, and its 1-5 score on each criterion after the answers' adjustments.
 */
import type { RankingAnswers } from "./answers.ts";
import { known } from "./data/fact.ts";
import type { ImageEntry, Matrix, Variant } from "./data/schema.ts";
import { soonHorizon } from "./dates.ts";
import { candidateEnds, earliestEnd, isPast, type SupportEnd } from "./lifecycle.ts";
import { mirroredReference } from "./registry-mirrors.ts";
import type { RequirementsAnalysis, Verdict } from "./requirements/analyze.ts";

/** Why a candidate cannot be the final image. The order is the order constraints are relaxed in. */
export const EXCLUSION_KINDS = [
  "requirements",
  "compilers",
  "native-libs",
  "debugging",
  "login",
  "architecture",
  "python-version",
  "end-of-life",
] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];
/**
 * Why one candidate is excluded. `reason` is the whole sentence for this image; `title` is what
 * candidates excluded for the same reason share (so a page can group them), and `detail` what is
 * particular to this one ("offers 3.14").
 */
export type Exclusion = { kind: ExclusionKind; reason: string; title: string; detail?: string };

export type Evaluation = {
  image: ImageEntry;
  /** The variant the final stage uses. */
  variant: Variant;
  /** The Python the final image runs, or "unknown" when the data cannot say. */
  pythonVersion: string;
  /** The final FROM, with the Python version filled in. */
  reference: string;
  exclusions: Exclusion[];
  /** Adjusted 1-5 score per criterion, with the notes that explain each adjustment. */
  criteria: Record<string, { score: number; notes: string[] }>;
  /** Per package of the requirements: the verdict on this image's libc for the architectures asked. */
  packages: { name: string; verdict: Verdict }[];
  /** System packages the Dockerfile installs for the requirements: build stage and final stage. */
  systemPackages: SystemPackagePlan;
};

/**
 * What the requirements need from the system: packages each stage installs, what builds from
 * source, and what neither stage can provide.
 */
export type SystemPackagePlan = {
  build: string[];
  runtime: string[];
  sourceBuilt: string[];
  /**
   * Packages whose system needs a stage cannot install: the stage has no package manager, or the
   * data has no names for its one (Wolfi's apk, UBI's dnf). `needs` are Debian or Alpine names.
   */
  unavailable: {
    name: string;
    needs: string[];
    stage: "build" | "runtime";
    /** A package whose wheels bundle what is missing (from the data), if any. */
    alternative?: string;
  }[];
  /** Packages built from source for a final image that has no package manager for their libraries. */
  stranded: string[];
};

/** Compiler packages a build image that ships compilers already has. */
const COMPILER_PACKAGES = new Set([
  "gcc",
  "g++",
  "build-essential",
  "build-base",
  "musl-dev",
  "make",
]);

/** The package manager of a family's build stage where it has no build variant and is not Debian/Alpine. */
const BUILD_MANAGER: Partial<Record<ImageEntry["family"], string>> = {
  ubi: "dnf",
  "ubi-minimal": "microdnf",
  "amazon-linux": "dnf",
  wolfi: "apk",
};

/** The worst verdict wins: a package that cannot be installed on one architecture cannot be installed. */
const VERDICT_ORDER: Verdict[] = ["no-build", "unknown", "source-build", "wheel"];

function worst(verdicts: Verdict[]): Verdict {
  return VERDICT_ORDER.find((v) => verdicts.includes(v)) ?? "unknown";
}

/** Without requirements: nothing to add (shared and frozen, so ranking large matrices allocates less). */
const NO_REQUIREMENTS = Object.freeze({
  packages: Object.freeze([]) as unknown as Evaluation["packages"],
  exclusions: Object.freeze([]) as unknown as Exclusion[],
  notes: Object.freeze([]) as unknown as string[],
  systemPackages: Object.freeze({
    build: [],
    runtime: [],
    sourceBuilt: [],
    unavailable: [],
    stranded: [],
  }) as SystemPackagePlan,
});

function alternativeOf(p: RequirementsAnalysis["packages"][number]): { alternative?: string } {
  return p.wheelAlternative ? { alternative: p.wheelAlternative } : {};
}

/** What the requirements mean for one candidate: verdicts, exclusions, penalties, system packages. */
function requirementsFor(
  image: ImageEntry,
  variant: Variant,
  answers: RankingAnswers,
  analysis: RequirementsAnalysis | undefined,
  pythonVersion: string,
) {
  const libc = known(image.libc);
  if (!analysis || libc === undefined) return NO_REQUIREMENTS;
  const packages: Evaluation["packages"] = [];
  const exclusions: Exclusion[] = [];
  const notes: string[] = [];
  const build = new Set<string>();
  const runtime = new Set<string>();
  const manager = known(variant.packageManager);
  // The package data names Debian (apt, glibc) and Alpine (apk, musl) packages. Another pairing
  // (Wolfi's apk on glibc, dnf on UBI) gets no names from it: those are listed as not installed.
  const namesFor = (pm: string | undefined) =>
    libc === "musl" && pm === "apk" ? "apk" : libc === "glibc" && pm === "apt" ? "apt" : undefined;
  const buildVariant = image.variants.find((v) => v.purpose === "build");
  const defaultBuildManager = BUILD_MANAGER[image.family] ?? (libc === "musl" ? "apk" : "apt");
  const buildKey = namesFor(
    buildVariant ? known(buildVariant.packageManager) : defaultBuildManager,
  );
  const buildHasCompilers = known((buildVariant ?? variant).compilers) === true;
  const runtimeKey = namesFor(manager);
  const noManager = manager === undefined || manager === "none";
  const key = libc === "musl" ? "apk" : "apt";
  const unavailable: SystemPackagePlan["unavailable"] = [];
  const sourceBuilds: string[] = [];
  for (const p of analysis.packages) {
    const verdict = worst(answers.architectures.map((a) => p.verdicts[libc][a]));
    packages.push({ name: p.name, verdict });
    if (verdict === "no-build") {
      // The analysis is for the Python asked (after any end-of-life substitution), which need not
      // be a Python this image offers: say which one the verdict is about.
      const text = `${p.name}${p.specifier} has no build for Python ${pythonVersion} on ${libc}`;
      exclusions.push({ kind: "requirements", reason: `${text}.`, title: text });
    }
    if (verdict === "source-build") {
      sourceBuilds.push(p.name);
      if (buildKey) for (const dep of p.buildDependencies[key]) build.add(dep);
      else {
        const needs = p.buildDependencies[key].filter(
          (dep) => !(buildHasCompilers && COMPILER_PACKAGES.has(dep)),
        );
        if (needs.length > 0) {
          unavailable.push({ name: p.name, needs, stage: "build", ...alternativeOf(p) });
          const text = `${p.name} builds from source here and needs ${needs.join(", ")}, which the build stage cannot install by those names`;
          exclusions.push({ kind: "native-libs", reason: `${text}.`, title: text });
        }
      }
    } else if (libc === "musl" && answers.architectures.some((a) => p.noMuslWheel.includes(a))) {
      // Even once its pin is fixed for this Python, this release line has no musllinux wheel.
      sourceBuilds.push(p.name);
    }
    const libraries = p.runtimeLibraries[key];
    if (runtimeKey) for (const lib of libraries) runtime.add(lib);
    else if (libraries.length > 0) {
      unavailable.push({ name: p.name, needs: libraries, stage: "runtime", ...alternativeOf(p) });
      const text = noManager
        ? `${p.name} needs ${libraries.join(", ")} at run time, and the final image has no package manager to install ${libraries.length > 1 ? "them" : "it"}`
        : `${p.name} needs ${libraries.join(", ")} at run time, and the data has no names for this image's packages`;
      exclusions.push({ kind: "native-libs", reason: `${text}.`, title: text });
    }
  }
  // Built from source, a package links the system libraries its wheel would have bundled: a final
  // image without a package manager cannot add them.
  const sourceBuilt = packages
    .filter((p) => p.verdict === "source-build")
    .map((p) => p.name)
    .sort();
  const stranded = noManager
    ? sourceBuilt.filter(
        (name) => !unavailable.some((u) => u.name === name && u.stage === "runtime"),
      )
    : [];
  for (const name of stranded) {
    const text = `${name} builds from source here, and the final image has no package manager for the libraries it links`;
    exclusions.push({ kind: "native-libs", reason: `${text}.`, title: text });
  }
  if (sourceBuilds.length > 0) {
    notes.push(
      `${sourceBuilds.join(", ")} ${sourceBuilds.length > 1 ? "build" : "builds"} from source on ${libc} (no ${libc === "musl" ? "musllinux" : "manylinux"} wheel): slow, and needs compilers in the build stage.`,
    );
  }
  return {
    packages,
    exclusions,
    notes,
    systemPackages: {
      build: [...build].sort(),
      runtime: [...runtime].sort(),
      sourceBuilt,
      unavailable,
      stranded,
    },
  };
}

/** Why a candidate whose end has passed is excluded, naming whose end it was. */
function pastReason(end: SupportEnd): string {
  const when = end.estimated ? `around ${end.date} (an estimate: ${end.basis})` : `on ${end.date}`;
  if (end.kind === "python") return `${end.owner} reached end of life ${when}.`;
  if (end.kind === "distro") return `${end.owner} stopped receiving free security updates ${when}.`;
  return `${end.owner} is no longer rebuilt by its publisher since ${when}${end.rule ? `: ${end.rule}` : ""}.`;
}

export function fillReference(template: string, pythonVersion: string): string {
  return template.replaceAll("{python}", pythonVersion);
}

function hasShell(v: Variant): boolean {
  return known(v.shell) === true;
}
function hasPackageManager(v: Variant): boolean {
  const pm = known(v.packageManager);
  return pm !== undefined && pm !== "none";
}
function shipsCompilers(v: Variant): boolean {
  return known(v.compilers) === true;
}

/**
 * The final-stage variant: the runtime one, except that "shell" debugging takes a runtime or debug
 * variant that has both a shell and a package manager (fewest extras first).
 */
export function pickFinalVariant(image: ImageEntry, answers: RankingAnswers): Variant {
  const runtime = image.variants.find((v) => v.purpose === "runtime") as Variant;
  if (answers.debugging !== "shell" || (hasShell(runtime) && hasPackageManager(runtime)))
    return runtime;
  const debuggable = image.variants.find(
    (v) => v.purpose === "debug" && hasShell(v) && hasPackageManager(v) && !shipsCompilers(v),
  );
  return debuggable ?? runtime;
}

/** The Python an image would run for the version asked: that version if offered, else what it has. */
function runningPython(image: ImageEntry, wanted: string): string {
  const versions = known(image.python.versions);
  if (versions === undefined) return "unknown";
  return versions.includes(wanted) ? wanted : (versions[versions.length - 1] as string);
}

function clamp(score: number): number {
  return Math.max(1, Math.min(5, score));
}

export function evaluate(
  matrix: Matrix,
  image: ImageEntry,
  answers: RankingAnswers,
  pythonVersion: string,
  today: string,
  analysis?: RequirementsAnalysis,
  /** today + 365 days, computed once by the caller for every candidate. */
  horizon: string = soonHorizon(today),
): Evaluation {
  const variant = pickFinalVariant(image, answers);
  const python = runningPython(image, pythonVersion);
  const exclusions: Exclusion[] = [];
  const ends = candidateEnds(matrix, image, python === "unknown" ? pythonVersion : python);

  if (image.status === "end-of-life") {
    exclusions.push({
      kind: "end-of-life",
      reason: "Marked end of life in the matrix: kept to explain why it is no longer recommended.",
      title: "Marked end of life in the matrix, kept to explain why it is no longer recommended",
    });
  }
  // Without a known Python (a moving latest tag), only the image's and the distro's ends apply.
  const applicable = python === "unknown" ? ends.filter((e) => e.kind !== "python") : ends;
  for (const end of applicable) {
    if (isPast(end.date, today))
      exclusions.push({
        kind: "end-of-life",
        reason: pastReason(end),
        title: "Past the end of its free security updates",
        detail: `${end.owner} ended ${end.estimated ? `around ${end.date} (an estimate)` : end.date}`,
      });
  }

  const versions = known(image.python.versions);
  if (versions === undefined) {
    const tags =
      image.python.provision === "latest-only" ? "its free latest tag carries" : "its tags carry";
    exclusions.push({
      kind: "python-version",
      reason: `The data cannot confirm which Python ${tags}, so Python ${pythonVersion} cannot be promised.`,
      title: `Cannot promise Python ${pythonVersion}`,
      detail: `the data does not say which Python ${tags}`,
    });
  } else if (!versions.includes(pythonVersion)) {
    const latestOnly = image.python.provision === "latest-only";
    const how = latestOnly ? "Its free tier offers only the latest tag, which carries" : "Offers";
    exclusions.push({
      kind: "python-version",
      reason: `${how} Python ${versions.join(", ")}; you asked for ${pythonVersion}.`,
      title: `Does not offer Python ${pythonVersion}`,
      detail: `${latestOnly ? "its free latest tag carries" : "offers"} ${versions.join(", ")}`,
    });
  }

  const architectures = known(image.architectures);
  const missing = answers.architectures.filter((a) => !architectures?.includes(a));
  if (architectures === undefined) {
    exclusions.push({
      kind: "architecture",
      reason: "Its published architectures are unknown in the data.",
      title: "Published architectures unknown in the data",
    });
  } else if (missing.length > 0) {
    exclusions.push({
      kind: "architecture",
      reason: `Not published for ${missing.join(" or ")}.`,
      title: `Not published for ${missing.join(" or ")}`,
    });
  }

  const login = known(image.access.login);
  if (!answers.allowLogin && login !== false) {
    exclusions.push(
      login
        ? {
            kind: "login",
            reason: `Needs a registry login: ${image.access.notes}`,
            title: "Needs a registry login, which your answers rule out",
          }
        : {
            kind: "login",
            reason: "Whether it needs a registry login is unknown in the data.",
            title: "Whether it needs a registry login is unknown in the data",
          },
    );
  }

  if (answers.debugging === "shell" && !(hasShell(variant) && hasPackageManager(variant))) {
    exclusions.push({
      kind: "debugging",
      reason: "No variant has both a shell and a package manager for debugging in production.",
      title: "No variant with both a shell and a package manager for debugging in production",
    });
  }

  if (shipsCompilers(variant) && !(answers.size === "relaxed" && answers.security === "standard")) {
    exclusions.push({
      kind: "compilers",
      reason:
        "Ships compilers, so it belongs in a build stage; as a final image only with relaxed size and standard security.",
      title:
        "Ships compilers: a build stage, or a final image only with relaxed size and standard security",
    });
  }

  if (answers.nativeDeps === "compile" && !hasPackageManager(variant)) {
    exclusions.push({
      kind: "native-libs",
      reason:
        "Packages built from source usually need system libraries at run time, and this final image has no package manager to add them.",
      title:
        "No package manager in the final image for the libraries packages built from source need at run time",
    });
  }

  const criteria: Evaluation["criteria"] = {};
  for (const criterion of matrix.criteria) {
    const rating = image.ratings[criterion.id];
    criteria[criterion.id] = { score: rating?.score ?? 1, notes: [] };
  }
  const adjust = (id: string, change: (score: number) => number, note: string) => {
    const entry = criteria[id];
    if (!entry) return;
    entry.score = clamp(change(entry.score));
    entry.notes.push(note);
  };

  // musllinux wheels are rarer than manylinux ones (PEP 656); without one pip compiles from source.
  if (known(image.libc) === "musl" && answers.nativeDeps === "wheels") {
    adjust(
      "compatibility",
      (s) => s - 1,
      "musl libc: a package without a musllinux wheel builds from source, which is slow and needs compilers.",
    );
  }
  if (known(image.libc) === "musl" && answers.nativeDeps === "compile") {
    adjust(
      "compatibility",
      (s) => s - 2,
      "musl libc: source builds against musl are slow and some packages assume glibc.",
    );
  }
  if (variant.purpose !== "runtime") {
    adjust(
      "security",
      (s) => s - 1,
      `Uses ${fillReference(variant.reference, python === "unknown" ? pythonVersion : python)} so that a shell and package manager are present.`,
    );
  }
  if (answers.debugging !== "none" && !hasShell(variant)) {
    const debugVariant = image.variants.find((v) => v.purpose !== "runtime" && hasShell(v));
    if (!debugVariant)
      adjust(
        "debuggability",
        (s) => s - 1,
        "No shell and no debug variant: only an ephemeral debug container can look inside.",
      );
  }
  const first = earliestEnd(applicable);
  if (first?.date !== undefined && first.date >= today && first.date <= horizon)
    adjust(
      "maintenance",
      (s) => Math.min(s, 2),
      first.estimated
        ? `Security fixes are expected to end around ${first.date}, within a year (an estimate: ${first.basis}).`
        : `Security fixes end on ${first.date}, within a year.`,
    );

  const needs = requirementsFor(image, variant, answers, analysis, pythonVersion);
  exclusions.push(...needs.exclusions);
  if (needs.notes.length > 0)
    adjust(
      "compatibility",
      (s) => s - (known(image.libc) === "musl" ? 2 : 1),
      needs.notes.join(" "),
    );

  return {
    image,
    variant,
    pythonVersion: python,
    reference: mirroredReference(
      fillReference(variant.reference, python === "unknown" ? pythonVersion : python),
      answers,
    ),
    exclusions,
    criteria,
    packages: needs.packages,
    systemPackages: needs.systemPackages,
  };
}
