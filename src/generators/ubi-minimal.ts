/**
 * Red Hat's minimal UBI python images (ubi10/python-312-minimal): the distribution's Python in a
 * small image with microdnf and no compilers or headers. Packages built from source get gcc and the
 * Python headers in the build stage only (sclorg/s2i-python-container 3.12-minimal/README.md).
 */
import {
  finalSystemPackages,
  finalTail,
  from,
  initStageLines,
  installDependencies,
  needsCompilers,
  pythonEnv,
  render,
  systemInstall,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";
import { planInit } from "./init-process.ts";

export function ubiMinimalDockerfile(ctx: GenerateContext): string {
  const python = `python${ctx.python}`;
  const compile = needsCompilers(ctx);
  // UBI's repositories carry no tini (it is in Fedora's EPEL): it comes from the init stage.
  const init = planInit(ctx, undefined);
  const tools = systemInstall("microdnf", {
    apt: [],
    apk: [],
    dnf: compile ? ["gcc", `${python}-devel`] : [],
  });
  return render(
    ctx,
    [
      "The minimal image has no compilers or headers: packages built from source get them in the build stage only.",
    ],
    [
      ...from(ctx.finalRef, "build"),
      "# The image runs as 1001 by default; the build needs root to write /opt.",
      "USER 0",
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      ...(tools.length > 0 ? ["# Compilers and Python headers stay in this stage.", ...tools] : []),
      // The minimal images set PIP_NO_CACHE_DIR=off as well (sclorg/s2i-python-container
      // 3.12-minimal/Dockerfile.rhel10), which disables pip's cache: see ubi.ts.
      ...installDependencies(ctx, {
        kind: "interpreter",
        path: `/usr/bin/${python}`,
        unsetEnv: ["PIP_NO_CACHE_DIR"],
      }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime"),
      ...finalTail(ctx, finalSystemPackages(ctx), init),
    ],
  );
}
