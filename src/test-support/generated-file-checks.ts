/**
 * The checks every generated Dockerfile must pass, whatever produced it (the exhaustive answer space,
 * a candidate's own files, a migration): it parses and lints clean, runs as a numeric non-root user,
 * keeps compilers out of the final stage, runs the same Python in both stages as the ranking says,
 * and the Dockerfile audit finds nothing in it that the advisor does not say itself.
 */
import type { Answers } from "../answers.ts";
import { auditDockerfile } from "../audit/audit-dockerfile.ts";
import { known } from "../data/fact.ts";
import { defaultMatrix } from "../default-matrix.ts";
import type { Ranked } from "../recommend.ts";
import type { Warning } from "../warnings.ts";
import { CORPUS_TODAY } from "./corpus.ts";
import { lint, type Stage, stages } from "./dockerfile.ts";

const COMPILER = /\b(build-essential|build-base|gcc|g\+\+|clang|make)\b/;

/** The Python a stage runs, read from its FROM (and uv's install line), using the matrix's facts. */
function stagePython(stage: Stage): string | undefined {
  const uvInstall = stage.instructions.find(
    (i) => i.keyword === "RUN" && i.args.startsWith("uv python install "),
  );
  if (uvInstall) return uvInstall.args.split(" ")[3];
  // Distros that package several Pythons side by side: the version is in the package installed.
  const versioned = stage.instructions
    .filter((i) => i.keyword === "RUN")
    .map((i) => /(?:dnf|apk) (?:install -y|add --no-cache) (?:python-?)(3\.\d+)\b/.exec(i.args))
    .find(Boolean);
  if (versioned) return versioned[1];
  const tagged =
    /^(?:[\w.-]+\/)*python:(3\.\d+)-/.exec(stage.from) ??
    /python-3(\d+)(?:-minimal)?$/.exec(stage.from);
  if (tagged) return tagged[1]?.includes(".") ? tagged[1] : `3.${tagged[1]}`;
  if (/chainguard\/python:latest/.test(stage.from)) return "latest";
  const distro = /^(ubuntu|debian):(.+)$/.exec(stage.from);
  const distroId = distro
    ? distro[1] === "debian"
      ? { "trixie-slim": "debian-13", "bookworm-slim": "debian-12" }[distro[2] as string]
      : `ubuntu-${distro[2]}`
    : undefined;
  if (/distroless\/python3-debian13/.test(stage.from))
    return known(
      defaultMatrix.distros.find((d) => d.id === "debian-13")?.python ?? { value: "unknown" },
    );
  const entry = defaultMatrix.distros.find((d) => d.id === distroId);
  return entry ? known(entry.python) : undefined;
}

/**
 * Adds to `problems` each way `dockerfile` (the files for `best` and `answers`) breaks the
 * generated files' rules.
 */
export function checkFiles(
  best: Ranked,
  answers: Answers,
  dockerfile: string,
  problems: string[],
): void {
  const where = `${best.id} for ${JSON.stringify(answers)}`;
  const diagnostics = lint(dockerfile);
  if (diagnostics.length > 0)
    problems.push(`${where}: dockerfile-utils: ${diagnostics.join("; ")}`);
  // A build stage first, the final stage last, and between them at most the stage that only
  // provides tini (init-process.ts).
  const all = stages(dockerfile);
  const [build, final, middle] = [all[0], all.at(-1), all.slice(1, -1)];
  if (!build || !final || all.length < 2 || middle.some((s) => s.name !== "init")) {
    problems.push(`${where}: expected a build stage, an optional init stage and a final stage`);
    return;
  }
  const user = final.instructions.filter((i) => i.keyword === "USER").at(-1)?.args ?? "";
  if (!/^[1-9]\d*(:\d+)?$/.test(user))
    problems.push(`${where}: final USER is ${JSON.stringify(user)}, not a numeric non-root UID`);
  if (final.instructions.some((i) => i.keyword === "RUN" && COMPILER.test(i.args)))
    problems.push(`${where}: compiler installed in the final stage`);
  // A final stage that copies the build stage's interpreter (uv-managed Python) runs that Python.
  const copiesPython = final.instructions.some(
    (i) => i.keyword === "COPY" && /^(?:--from=build )?\/opt\/python \/opt\/python$/.test(i.args),
  );
  const pythons = [stagePython(build), copiesPython ? stagePython(build) : stagePython(final)];
  if (pythons[0] !== pythons[1])
    problems.push(`${where}: build stage runs Python ${pythons[0]}, final ${pythons[1]}`);
  if (pythons[1] !== "latest" && pythons[1] !== best.pythonVersion)
    problems.push(`${where}: final stage runs ${pythons[1]}, ranking says ${best.pythonVersion}`);
  if (final.from !== best.reference)
    problems.push(`${where}: final FROM ${final.from} is not ${best.reference}`);
}

/**
 * Audit codes for a fact the advisor states under another code: an image kept in the matrix past
 * its end of life (ubuntu-20.04, for comparison) is shown only with "no-candidate-end-of-life".
 */
const ADVISOR_CODE: Record<string, string> = {
  "distro-end-of-life": "no-candidate-end-of-life",
  "image-end-of-life": "no-candidate-end-of-life",
};

/**
 * The audit of a generated Dockerfile: nothing blocking (the advisor's files build and start as
 * written), and each warning one the advisor gives for the same answers (a Python ending within a
 * year, a tag whose Python moves): otherwise the generator or the audit is wrong. Returns the codes
 * of the warnings found, for the tests' own lines.
 */
export function auditProblems(
  where: string,
  dockerfile: string,
  warnings: Warning[],
  problems: string[],
): string[] {
  const given = new Set(warnings.map((w) => w.code));
  const found: string[] = [];
  for (const f of auditDockerfile(dockerfile, { today: CORPUS_TODAY }).findings) {
    if (f.severity === "info") continue;
    found.push(f.code);
    const said = given.has(f.code) || given.has(ADVISOR_CODE[f.code] ?? f.code);
    if (f.severity === "blocking" || !said)
      problems.push(`${where}: line ${f.line} ${f.code} (${f.severity}): ${f.message}`);
  }
  return found;
}
