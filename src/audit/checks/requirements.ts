/**
 * With a requirements text: the engine's requirements analysis (data/packages/) run for the Python
 * and C library of the stage that installs the packages. A pin with no build for that Python, a
 * source build in a stage without compilers, and musl without musllinux wheels are findings.
 */
import { analyzeRequirements } from "../../requirements/analyze.ts";
import { analyzeRun, compilerPackages, isCompilerPackage } from "../package-installs.ts";
import { type Finding, finding } from "../rules.ts";

import { type Check, stageLabel } from "./context.ts";

/** The requirements against the Python and libc of the stage that installs them. */
export const requirementsChecks: Check = ({ requirements, stages, final, matrix, inference }) => {
  if (!requirements || requirements.trim() === "") return [];
  const findings: Finding[] = [];
  const compilers = compilerPackages(matrix);
  const architectures = inference.answers.architectures ?? ["amd64"];
  for (const stage of stages) {
    const runs = stage.instructions.filter((i) => i.keyword === "RUN").map(analyzeRun);
    const install = runs.find((r) => r.python.length > 0);
    if (!install || !stage.python) continue;
    const line = { line: install.instruction.span.line };
    const extra = { stage: stage.index };
    const label = stageLabel(stage, final);
    const analysis = analyzeRequirements(requirements, {
      pythonVersion: stage.python.version,
      architectures,
      matrix,
    });
    for (const warning of analysis.warnings.filter((w) => w.code === "requirement-no-build"))
      findings.push(
        finding(
          "requirement-no-build",
          line,
          `${warning.message} ${label} installs for Python ${stage.python.version}, so pip finds nothing to install and the build stops.`,
          warning.fix ?? "Change the pin or the Python version.",
          extra,
        ),
      );
    const libc = stage.facts.libc;
    if (!libc) continue;
    const sourceBuilt = analysis.packages
      .filter((p) => architectures.some((a) => p.verdicts[libc][a] === "source-build"))
      .map((p) => p.name);
    if (sourceBuilt.length === 0) continue;
    const installsCompilers = runs
      .filter((r) => r.instruction.span.line <= install.instruction.span.line)
      .some((r) =>
        r.system.some(
          (s) => s.verb === "install" && s.packages.some((p) => isCompilerPackage(p, compilers)),
        ),
      );
    const names = sourceBuilt.join(", ");
    if (stage.facts.compilers === false && !installsCompilers)
      findings.push(
        finding(
          "source-build-without-compilers",
          line,
          `${names} ${sourceBuilt.length > 1 ? "have" : "has"} no ${libc === "musl" ? "musllinux" : "manylinux"} wheel for Python ${stage.python.version} as pinned, so pip builds ${sourceBuilt.length > 1 ? "them" : "it"} from source, but ${label} (${stage.resolved}) has no compiler and installs none: the build fails.`,
          libc === "musl"
            ? "Use a glibc-based image (manylinux wheels), pin releases that publish musllinux wheels, or install the compilers (build-base) in a build stage."
            : "Install the compilers and headers in a build stage, or pin releases that publish wheels.",
          extra,
        ),
      );
    else if (libc === "musl")
      findings.push(
        finding(
          "musl-source-build",
          line,
          `${names} ${sourceBuilt.length > 1 ? "publish" : "publishes"} no musllinux wheel for Python ${stage.python.version} as pinned: on ${stage.resolved} (musl) pip compiles ${sourceBuilt.length > 1 ? "them" : "it"} from source, which is slow and makes a bigger image.`,
          "Prefer a glibc-based image, or releases that publish musllinux wheels.",
          extra,
        ),
      );
  }
  return findings;
};
