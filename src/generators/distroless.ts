/**
 * gcr.io/distroless/python3: Debian's Python with no shell and no package manager. The build stage
 * uses Debian 13's own python3 and python3-venv, the same Debian build the image ships, so the
 * virtual environment's interpreter link (/usr/bin/python3) resolves in the final image; a venv
 * made on python:3.13-slim-trixie would point at /usr/local/bin/python3, which distroless lacks.
 * Distroless's own python3-requirements example has built both ways: on a Debian slim image with
 * python3-venv (the stored copy read, commit 09b7acc), and since 2026-05 on python:3.13-slim-trixie
 * with an added /usr/bin/python link (per the project's review of 2026-12-01). Debian's own Python
 * needs no such link (GoogleContainerTools/distroless examples/python3-requirements/Dockerfile).
 */
import { known } from "../data/fact.ts";
import {
  aptInstall,
  buildTools,
  finalSystemPackages,
  finalTail,
  from,
  initStageLines,
  installDependencies,
  pythonEnv,
  render,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";
import { initBuildPackages, initFinalPackages, planInit } from "./init-process.ts";

/** The Debian release whose Python the distroless image carries (debian13 -> trixie). */
const BUILD_IMAGE = "debian:trixie-slim";

export function distrolessDockerfile(ctx: GenerateContext): string {
  const interpreter = known(ctx.image.python.interpreter) ?? "/usr/bin/python3";
  // The build stage is Debian's, so it can install tini for the shell-less final image.
  const init = planInit(ctx, "apt");
  return render(
    ctx,
    [
      `The build stage uses Debian 13's own Python ${ctx.python}, the same build the distroless image ships, so the ABI and paths match.`,
      "The final image has no shell: the health check and the command run Python directly.",
    ],
    [
      ...from(ctx.pull(BUILD_IMAGE), "build"),
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      ...aptInstall(["python3", "python3-venv", ...initBuildPackages(init)]),
      ...buildTools(ctx, "apt", true),
      ...installDependencies(ctx, { kind: "interpreter", path: interpreter }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime", true),
      ...finalTail(ctx, finalSystemPackages(ctx, initFinalPackages(init)), init),
    ],
  );
}
