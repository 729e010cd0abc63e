/**
 * Amazon Linux 2023 with one of its versioned Pythons. /usr/bin/python3 stays Python 3.9 for
 * AL2023's whole life, so the files install python3.X and call /usr/bin/python3.X explicitly
 * (AWS, "Python in AL2023"). The base image has no useradd (no shadow-utils in its package list,
 * docker-library/repo-info repos/amazonlinux/local/2023.md), so the final stage installs it.
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

export function amazonLinuxDockerfile(ctx: GenerateContext): string {
  const python = `python${ctx.python}`;
  const compile = needsCompilers(ctx);
  // No AL2023 tini package was confirmed: Debian's static build comes from an init stage.
  const init = planInit(ctx, undefined);
  return render(
    ctx,
    [
      `AL2023's /usr/bin/python3 is Python 3.9 for its whole life: this file installs ${python} and calls /usr/bin/${python}.`,
    ],
    [
      ...from(ctx.finalRef, "build"),
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      ...(compile
        ? ["# Compilers and Python headers for packages built from source stay in this stage."]
        : []),
      ...systemInstall("dnf", {
        apt: [],
        apk: [],
        dnf: [python, `${python}-pip`, ...(compile ? ["gcc", `${python}-devel`] : [])],
      }),
      ...installDependencies(ctx, { kind: "interpreter", path: `/usr/bin/${python}` }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime"),
      ...finalTail(
        ctx,
        [
          ...finalSystemPackages(ctx),
          ...systemInstall("dnf", { apt: [], apk: [], dnf: [python, "shadow-utils"] }),
        ],
        init,
      ),
    ],
  );
}
