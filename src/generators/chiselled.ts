/**
 * Ubuntu's chiselled Python rocks (ubuntu/python:3.12-24.04_stable): Ubuntu's Python and its
 * standard library, no shell, no package manager, a non-root user. The build stage is the Ubuntu
 * release the rock is cut from, with the same archive's python3, so the virtual environment's
 * /usr/bin/python3 link resolves in the rock (canonical/python-rock rockcraft.yaml links
 * /usr/bin/python3 to python3.12).
 */
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

export function chiselledDockerfile(ctx: GenerateContext): string {
  const buildRef = ctx.buildRef ?? ctx.finalRef;
  // The rock has no package manager; Ubuntu's tini package in the build stage ships a static tini.
  const init = planInit(ctx, "apt");
  return render(
    ctx,
    [
      `The build stage is ${buildRef} with its own python3, the same Ubuntu build the rock carries, so the ABI and paths match.`,
      "The final image has no shell: the health check and the command run Python directly.",
    ],
    [
      ...from(buildRef, "build"),
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      ...aptInstall(["python3", "python3-venv", ...initBuildPackages(init)]),
      ...buildTools(ctx, "apt", true),
      ...installDependencies(ctx, { kind: "interpreter", path: "/usr/bin/python3" }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime"),
      ...finalTail(ctx, finalSystemPackages(ctx, initFinalPackages(init)), init),
    ],
  );
}
