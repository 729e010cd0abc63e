/**
 * Any Python on a plain Debian slim base, installed by uv (python-build-standalone builds). The
 * interpreter lives under /opt/python in both stages, so the copied environment's links hold.
 */
import {
  buildTools,
  finalSystemPackages,
  finalTail,
  from,
  initStageLines,
  installDependencies,
  pythonEnv,
  render,
  uvBinary,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";
import { initFinalPackages, planInit } from "./init-process.ts";

const PYTHON_DIR = "/opt/python";

export function uvPythonDockerfile(ctx: GenerateContext): string {
  const init = planInit(ctx, "apt");
  return render(
    ctx,
    [
      `uv installs Python ${ctx.python} into ${PYTHON_DIR}; the final stage copies it to the same path.`,
    ],
    [
      ...from(ctx.finalRef, "build"),
      ...pythonEnv([`UV_PYTHON_INSTALL_DIR=${PYTHON_DIR}`, "UV_PYTHON_PREFERENCE=only-managed"]),
      ...buildTools(ctx, "apt", false),
      ...uvBinary(ctx),
      `RUN uv python install ${ctx.python}`,
      ...installDependencies(ctx, { kind: "uv-managed", version: ctx.python }),
      ...initStageLines(ctx, init),
      ...from(ctx.finalRef, "runtime"),
      ...finalTail(
        ctx,
        [
          ...finalSystemPackages(ctx, ["ca-certificates", ...initFinalPackages(init)]),
          `COPY --from=build ${PYTHON_DIR} ${PYTHON_DIR}`,
        ],
        init,
      ),
    ],
  );
}
