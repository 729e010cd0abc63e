/**
 * gcr.io/distroless/python3: Debian's Python with no shell and no package manager. Distroless's
 * own Python example builds on Debian with Debian's python3-venv, so the environment links to
 * /usr/bin/python3, which the distroless image has; a venv made on python:3.13-slim would point at
 * /usr/local/bin/python3, which it lacks (GoogleContainerTools/distroless python3/README.md).
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
