/**
 * Red Hat UBI 9 python images (sclorg s2i). They carry gcc and headers, so one tag serves both
 * stages; as a final image they are only offered for relaxed size and standard security.
 */
import {
  finalSystemPackages,
  finalTail,
  from,
  header,
  installDependencies,
  pythonEnv,
  render,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";

export function ubiDockerfile(ctx: GenerateContext): string {
  return render([
    ...header(ctx, [
      "The image ships compilers, so packages built from source need no extra build stage tools.",
    ]),
    ...from(ctx.finalRef, "build"),
    "# The image runs as 1001 by default; the build needs root to write /opt.",
    "USER 0",
    ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
    ...installDependencies(ctx, { kind: "interpreter", path: `python${ctx.python}` }),
    ...from(ctx.finalRef, "runtime"),
    ...finalTail(ctx, finalSystemPackages(ctx)),
  ]);
}
