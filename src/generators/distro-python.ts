/**
 * Ubuntu or Debian with the distro's own Python. PEP 668 marks that Python externally managed, so
 * packages go into a virtual environment; the final stage installs the same python3 package so the
 * environment's /usr/bin/python3 link resolves.
 */
import { known } from "../data/fact.ts";
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

export function distroPythonDockerfile(ctx: GenerateContext): string {
  const interpreter = known(ctx.image.python.interpreter) ?? "/usr/bin/python3";
  return render([
    ...header(ctx, [
      `Uses the distribution's own Python ${ctx.python}, patched by the distribution until its end of life.`,
      "PEP 668: the system Python refuses pip installs outside a virtual environment, so the app gets one.",
    ]),
    ...from(ctx.finalRef, "build"),
    ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
    ...aptInstall(["python3", "python3-venv", "ca-certificates"]),
    ...buildTools(ctx, "apt", true),
    ...installDependencies(ctx, { kind: "interpreter", path: interpreter }),
    ...from(ctx.finalRef, "runtime"),
    ...finalTail(ctx, finalSystemPackages(ctx, ["python3", "ca-certificates"])),
  ]);
}
