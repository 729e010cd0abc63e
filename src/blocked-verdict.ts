/**
 * How a blocked result reads, wherever it is shown: a verdict in place of the score ("Won't build
 * as pinned: 2 packages"), and for each blocking warning the Dockerfile line that would fail and
 * why. The page and the embeds display this; they decide nothing themselves.
 */
import type { GeneratedFiles } from "./generators/index.ts";
import type { Warning } from "./warnings.ts";

/** A blocking problem and where the Dockerfile would fail because of it. */
export type BlockedProblem = {
  warning: Warning;
  /** The Dockerfile line (1-based) and its text, when one line is where it fails. */
  at?: { line: number; text: string };
};

export type BlockedDescription = {
  /** Replaces the score as the headline, such as "Won't build as pinned: 2 packages". */
  verdict: string;
  problems: BlockedProblem[];
};

/** Where each kind of problem fails: installing the dependencies, starting, or pulling the image. */
const PHASE: Record<string, "dependencies" | "start" | "from"> = {
  "requirement-no-build": "dependencies",
  "no-candidate-requirements": "dependencies",
  "build-dependencies-unavailable": "dependencies",
  "runtime-libraries-unavailable": "start",
  "source-build-unsupported": "start",
  "project-not-installed": "start",
  "architecture-unpublished": "from",
  "no-candidate-architecture": "from",
};

/** The dependency install lines the generators write, one per packaging tool. */
const DEPENDENCY_INSTALL =
  /pip install -r requirements\.txt|uv sync --locked --no-dev --no-install-project|poetry install --only main --no-root/;

function lineOf(
  dockerfile: string,
  phase: "dependencies" | "start" | "from",
): { line: number; text: string } | undefined {
  const lines = dockerfile.split("\n");
  const matches = (text: string) =>
    phase === "dependencies"
      ? DEPENDENCY_INSTALL.test(text)
      : phase === "start"
        ? /^(CMD|ENTRYPOINT) \[/.test(text)
        : /^FROM \S+ AS runtime$/.test(text);
  // The start is the last CMD (after an ENTRYPOINT for tini), the others the first match.
  const index =
    phase === "start" ? lines.findLastIndex(matches) : lines.findIndex((text) => matches(text));
  return index === -1 ? undefined : { line: index + 1, text: (lines[index] as string).trim() };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The headline for the first blocking problem's kind; with `count` (how many warnings have a code)
 * it says how many packages.
 */
function verdictFor(codes: readonly string[], count?: (code: string) => number): string {
  const many = (n: number | undefined, word: string, verb: string) =>
    n === undefined ? "" : `: ${plural(n, word)} ${n === 1 ? `${verb}s` : verb}`;
  switch (codes[0]) {
    case undefined:
    case "unsafe-command":
      return "No files yet: the start command needs a change";
    case "requirement-no-build":
      return `Won't build as pinned${count ? `: ${plural(count("requirement-no-build"), "package")}` : ""}`;
    case "no-candidate-requirements":
      return "Won't build as pinned";
    case "build-dependencies-unavailable":
      return `Won't build here${many(count?.("build-dependencies-unavailable"), "package", "need")}${count ? " headers this image cannot install" : ""}`;
    case "runtime-libraries-unavailable":
    case "source-build-unsupported":
      return `Won't start here${many(count ? count("runtime-libraries-unavailable") + count("source-build-unsupported") : undefined, "package", "need")}${count ? " libraries this image cannot install" : ""}`;
    case "project-not-installed":
      return "Won't start: the command's console script is not installed";
    case "architecture-unpublished":
    case "no-candidate-architecture":
      return "Won't build for every architecture you chose";
    default:
      return "Won't build or start as generated";
  }
}

/** The short verdict for a ranked candidate's `blockedBy` codes ("Won't build as pinned"). */
export function blockedLabel(codes: readonly string[]): string {
  return verdictFor(codes);
}

/** The verdict and the failing lines for a result's blocking warnings; undefined when nothing blocks. */
export function describeBlocked(result: {
  files: GeneratedFiles | null;
  warnings: readonly Warning[];
}): BlockedDescription | undefined {
  const blocking = result.warnings.filter((w) => w.severity === "blocking");
  if (blocking.length === 0 && result.files) return undefined;
  const dockerfile = result.files?.Dockerfile ?? "";
  const codes = result.files ? blocking.map((w) => w.code) : ["unsafe-command"];
  return {
    verdict: verdictFor(codes, (code) => blocking.filter((w) => w.code === code).length),
    problems: blocking.map((warning) => {
      const phase = PHASE[warning.code];
      const at = phase && dockerfile ? lineOf(dockerfile, phase) : undefined;
      return at ? { warning, at } : { warning };
    }),
  };
}
