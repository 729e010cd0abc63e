/**
 * Red Hat's minimal UBI python images (ubi10/python-312-minimal): the distribution's Python in a
 * small image with microdnf and no compilers or headers. Packages built from source get gcc and the
 * Python headers in the build stage only (sclorg/s2i-python-container 3.12-minimal/README.md).
 */
import {
  finalSystemPackages,
  finalTail,
  from,
  header,
  installDependencies,
  needsCompilers,
  pythonEnv,
  render,
  systemInstall,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";

export function ubiMinimalDockerfile(ctx: GenerateContext): string {
  const python = `python${ctx.python}`;
  const compile = needsCompilers(ctx);
  const tools = systemInstall("microdnf", {
    apt: [],
    apk: [],
    dnf: compile ? ["gcc", `${python}-devel`] : [],
  });
  return render([
    ...header(ctx, [
      "The minimal image has no compilers or headers: packages built from source get them in the build stage only.",
    ]),
    ...from(ctx.finalRef, "build"),
    "# The image runs as 1001 by default; the build needs root to write /opt.",
    "USER 0",
    ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
    ...(tools.length > 0 ? ["# Compilers and Python headers stay in this stage.", ...tools] : []),
    ...installDependencies(ctx, { kind: "interpreter", path: `/usr/bin/${python}` }),
    ...from(ctx.finalRef, "runtime"),
    ...finalTail(ctx, finalSystemPackages(ctx)),
  ]);
}
