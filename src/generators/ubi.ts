/**
 * Red Hat UBI 9 python images (sclorg s2i). They carry gcc and headers, so one tag serves both
 * stages; as a final image they are only offered for relaxed size and standard security.
 */
import {
  finalSystemPackages,
  finalTail,
  from,
  initStageLines,
  installDependencies,
  pythonEnv,
  render,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";
import { planInit } from "./init-process.ts";

export function ubiDockerfile(ctx: GenerateContext): string {
  // UBI's repositories carry no tini (it is in Fedora's EPEL: packages.fedoraproject.org/pkgs/tini),
  // so it comes from the init stage.
  const init = planInit(ctx, undefined);
  return render(
    ctx,
    ["The image ships compilers, so packages built from source need no extra build stage tools."],
    [
      ...from(ctx.finalRef, "build"),
      "# The image runs as 1001 by default; the build needs root to write /opt.",
      "USER 0",
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      // The sclorg images set PIP_NO_CACHE_DIR=off (sclorg/s2i-python-container 3.12/Dockerfile.rhel9),
      // and pip disables its cache for any value of that variable, "off" included (pip's
      // _handle_no_cache_dir, github.com/pypa/pip/blob/main/src/pip/_internal/cli/cmdoptions.py):
      // unset it so the cache mount is used.
      ...installDependencies(ctx, {
        kind: "interpreter",
        path: `python${ctx.python}`,
        unsetEnv: ["PIP_NO_CACHE_DIR"],
      }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime"),
      ...finalTail(ctx, finalSystemPackages(ctx), init),
    ],
  );
}
