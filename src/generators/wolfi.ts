/**
 * Wolfi's free base image with one of Wolfi's versioned Python packages (python-3.X), so the Python
 * minor is pinned even though wolfi-base has only a moving latest tag. Both stages install the same
 * package, so the virtual environment's /usr/bin/python3.X exists in each (wolfi-dev/os
 * python-3.X.yaml: the package provides python3.X, and python-3.X-dev the headers).
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
import { initFinalPackages, planInit } from "./init-process.ts";

export function wolfiDockerfile(ctx: GenerateContext): string {
  const pkg = `python-${ctx.python}`;
  const compile = needsCompilers(ctx);
  // The final stage has apk: Wolfi's tini package (/usr/bin/tini) goes in with Python.
  const init = planInit(ctx, "apk");
  return render(
    ctx,
    [
      `Wolfi's ${pkg} package pins the Python minor; the base tag moves, so pin both FROMs by digest.`,
    ],
    [
      ...from(ctx.finalRef, "build", true),
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      ...(compile
        ? ["# Compilers and Python headers for packages built from source stay in this stage."]
        : []),
      ...systemInstall("apk", {
        apt: [],
        apk: [pkg, ...(compile ? ["build-base", `${pkg}-dev`] : [])],
      }),
      ...installDependencies(ctx, { kind: "interpreter", path: `/usr/bin/python${ctx.python}` }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime", true),
      ...finalTail(
        ctx,
        [
          ...finalSystemPackages(ctx),
          ...systemInstall("apk", { apt: [], apk: [pkg, ...initFinalPackages(init)] }),
        ],
        init,
      ),
    ],
  );
}
