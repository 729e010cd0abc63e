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
  header,
  installDependencies,
  pythonEnv,
  render,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";

export function chiselledDockerfile(ctx: GenerateContext): string {
  const buildRef = ctx.buildRef ?? ctx.finalRef;
  return render([
    ...header(ctx, [
      `The build stage is ${buildRef} with its own python3, the same Ubuntu build the rock carries, so the ABI and paths match.`,
      "The final image has no shell: the health check and the command run Python directly.",
    ]),
    ...from(buildRef, "build"),
    ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
    ...aptInstall(["python3", "python3-venv"]),
    ...buildTools(ctx, "apt", true),
    ...installDependencies(ctx, { kind: "interpreter", path: "/usr/bin/python3" }),
    ...from(ctx.finalRef, "runtime"),
    ...finalTail(ctx, finalSystemPackages(ctx)),
  ]);
}
