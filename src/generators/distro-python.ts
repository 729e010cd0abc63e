/**
 * Ubuntu or Debian with the distro's own Python. Packages go into a virtual environment (since
 * Debian 12 and Ubuntu 23.04, PEP 668 marks the system Python externally managed); the final
 * stage installs the same python3 package so the environment's /usr/bin/python3 link resolves.
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
import { initFinalPackages, planInit } from "./init-process.ts";

/** What the header says about the system Python and the app's virtual environment. */
function environmentNote(ctx: GenerateContext): string {
  const distro = ctx.matrix.distros.find((d) => d.id === ctx.image.distro);
  return known(distro?.pythonExternallyManaged ?? { value: "unknown" }) === true
    ? "PEP 668: the system Python refuses pip installs outside a virtual environment, so the app gets one."
    : "The app gets a virtual environment of its own, apart from the distribution's Python packages.";
}

export function distroPythonDockerfile(ctx: GenerateContext): string {
  const interpreter = known(ctx.image.python.interpreter) ?? "/usr/bin/python3";
  const init = planInit(ctx, "apt");
  return render(
    ctx,
    [
      `Uses the distribution's own Python ${ctx.python}, patched by the distribution until its end of life.`,
      environmentNote(ctx),
    ],
    [
      ...from(ctx.finalRef, "build"),
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      ...aptInstall(["python3", "python3-venv", "ca-certificates"]),
      ...buildTools(ctx, "apt", true),
      ...installDependencies(ctx, { kind: "interpreter", path: interpreter }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime"),
      ...finalTail(
        ctx,
        finalSystemPackages(ctx, ["python3", "ca-certificates", ...initFinalPackages(init)]),
        init,
      ),
    ],
  );
}
