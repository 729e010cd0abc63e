/**
 * One meaning for "blocking": the files as generated would not build or would not start. The
 * warnings here are the ones that hold for a single candidate (what its stages cannot install, a
 * console script nobody installs); `readiness` turns a candidate's warnings into `ready` and
 * `blockedBy` for the contract (README, "Public API").
 */
import type { Answers } from "./answers.ts";
import type { Evaluation } from "./evaluate.ts";
import type { GeneratedFiles } from "./generators/index.ts";
import { decideProjectInstall, type ProjectInstall } from "./install-project.ts";
import { readPyproject } from "./pyproject-facts.ts";
import { alternativeFix, type FixContext } from "./requirements/fixes.ts";
import type { Warning } from "./warnings.ts";

/** The first program of a parsed command, without its directory. */
function programOf(args: readonly string[]): string {
  const first = args[0] ?? "";
  return first.slice(first.lastIndexOf("/") + 1);
}

/**
 * The warning when the project is not installed although the command is (or looks like) its
 * console script: blocking when pyproject.toml declares that script, a warning when it is a guess.
 */
function projectWarning(
  answers: Answers,
  args: readonly string[] | undefined,
  install: ProjectInstall,
): Warning[] {
  if (install.install || !args || answers.installProject !== "no") return [];
  const program = programOf(args);
  const declared = readPyproject(answers.requirements)?.scripts.includes(program) ?? false;
  // What "auto" would have decided, to judge the explicit "no".
  const auto = decideProjectInstall({ ...answers, installProject: "auto" });
  const guessed = auto.install && auto.decidedBy === "command";
  if (!declared && !guessed) return [];
  const fixes = [{ label: "Install the project", answers: { installProject: "yes" as const } }];
  return [
    declared
      ? {
          code: "project-not-installed",
          severity: "blocking",
          message: `\`${program}\` is a console script of your project (pyproject.toml), but the answers say not to install the project: the container would fail to start with "executable file not found".`,
          fix: "Install the project itself, so that its console scripts exist.",
          field: "installProject",
          fixes,
        }
      : {
          code: "project-maybe-not-installed",
          severity: "warning",
          message: `\`${program}\` looks like your project's console script, but the answers say not to install the project: if it is one, the container will not start.`,
          fix: "Install the project itself if the command comes from it.",
          field: "installProject",
          fixes,
        },
  ];
}

/**
 * The blocking warnings (and the project warning) that belong to one candidate: system packages
 * neither of its stages can install, source builds its final image cannot serve, and a console
 * script the files do not install.
 */
export function candidateWarnings(
  evaluation: Evaluation,
  answers: Answers,
  args: readonly string[] | undefined,
  install: ProjectInstall,
  fixContext: FixContext | undefined,
): Warning[] {
  const warnings: Warning[] = [];
  const { image } = evaluation;
  for (const { name, needs, stage, alternative } of evaluation.systemPackages.unavailable) {
    const swap =
      alternative && fixContext
        ? alternativeFix(answers.requirements, name, alternative, fixContext)
        : undefined;
    const instead = alternative
      ? `Use ${alternative}, whose wheels bundle ${needs.length > 1 ? "them" : "it"}, or`
      : "Pin a release with a wheel for this Python and platform, or";
    warnings.push({
      code:
        stage === "runtime" ? "runtime-libraries-unavailable" : "build-dependencies-unavailable",
      severity: "blocking",
      message:
        stage === "runtime"
          ? `${name} needs ${needs.join(", ")} at run time, and ${image.name} cannot install ${needs.length > 1 ? "them" : "it"}: the image would build, and importing ${name} would fail.`
          : `${name} builds from source here and needs ${needs.join(", ")}, which the build stage of ${image.name} cannot install by those names: the build would fail.`,
      fix: `${instead} choose an image with a package manager (the ranking shows which).`,
      field: "requirements",
      ...(swap ? { fixes: [swap] } : {}),
    });
  }
  for (const name of evaluation.systemPackages.stranded) {
    warnings.push({
      code: "source-build-unsupported",
      severity: "blocking",
      message: `${name} builds from source here and links system libraries that ${image.name}, with no package manager, cannot add: importing it would fail.`,
      fix: "Pin a release with a wheel for this Python and platform (see the package table), or choose an image with a package manager.",
      field: "requirements",
    });
  }
  warnings.push(...projectWarning(answers, args, install));
  return warnings;
}

/** The codes of the blocking warnings, in order, each once. */
export function blockingCodes(warnings: readonly Warning[]): string[] {
  return [...new Set(warnings.filter((w) => w.severity === "blocking").map((w) => w.code))];
}

/** `ready` and `blockedBy` from a candidate's files and warnings. */
export function readiness(
  files: GeneratedFiles | null,
  warnings: readonly Warning[],
): { ready: boolean; blockedBy: string[] } {
  const blockedBy = blockingCodes(warnings);
  return { ready: files !== null && blockedBy.length === 0, blockedBy };
}

/**
 * The blocking warning for a candidate not published for an architecture asked for: a build for
 * that platform fails at its FROM.
 */
export function architectureWarnings(evaluation: Evaluation): Warning[] {
  return evaluation.exclusions
    .filter((x) => x.kind === "architecture")
    .map((x) => ({
      code: "architecture-unpublished",
      severity: "blocking" as const,
      message: `${evaluation.image.name}: ${x.reason} A build for that platform fails at its FROM.`,
      fix: "Drop that architecture, or choose an image published for it.",
      field: "architectures" as const,
    }));
}
