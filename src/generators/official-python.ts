/**
 * Docker's official python images (slim, full, Alpine). The build stage uses the same tag as the
 * final one, so the virtual environment's interpreter (/usr/local/bin/python3) exists in both.
 */
import { known } from "../data/fact.ts";
import {
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

export function officialPythonDockerfile(ctx: GenerateContext): string {
  const interpreter = known(ctx.image.python.interpreter) ?? "/usr/local/bin/python3";
  const init = planInit(ctx, ctx.packageManager);
  return render(
    ctx,
    ["The build stage and the final stage use the same tag, so Python, libc and paths match."],
    [
      ...from(ctx.finalRef, "build"),
      ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
      ...buildTools(ctx, ctx.packageManager, false),
      ...installDependencies(ctx, { kind: "interpreter", path: interpreter }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime"),
      ...finalTail(ctx, finalSystemPackages(ctx, initFinalPackages(init)), init),
    ],
  );
}
