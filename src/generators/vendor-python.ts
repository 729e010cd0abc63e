/**
 * Vendor images that come as a pair: a -dev (build) variant with a shell, a package manager and
 * pip, and a minimal runtime variant (Chainguard, Docker Hardened Images). Building in the pair's
 * own -dev image keeps Python, libc and the interpreter path identical across the stages.
 */
import { known } from "../data/fact.ts";
import { loginAdvice } from "../registry-mirrors.ts";
import {
  buildTools,
  finalSystemPackages,
  finalTail,
  from,
  initStageLines,
  installDependencies,
  pythonEnv,
  render,
  systemInstall,
} from "./blocks.ts";
import type { GenerateContext } from "./context.ts";
import { initBuildPackages, initFinalPackages, planInit } from "./init-process.ts";

export function vendorPythonDockerfile(ctx: GenerateContext): string {
  const buildRef = ctx.buildRef ?? ctx.finalRef;
  const buildManager =
    (ctx.buildVariant && known(ctx.buildVariant.packageManager)) ?? ctx.packageManager;
  const moving = ctx.image.python.provision === "latest-only";
  const init = planInit(ctx, buildManager);
  const initPackages = initBuildPackages(init);
  const about = [
    ctx.pythonKnown
      ? `Build in ${buildRef}, run in ${ctx.finalRef}: the same Python ${ctx.python} in both.`
      : `Build in ${buildRef}, run in ${ctx.finalRef}: both carry the Python of the latest tags. Check it: docker run --rm --entrypoint python ${ctx.finalRef} --version`,
  ];
  if (moving)
    about.push(
      "The two latest tags move independently: pin both by digest, and update them together.",
    );
  if (known(ctx.image.access.login))
    about.push(loginAdvice(ctx.final.reference, ctx.image.access.notes, ctx.answers));
  return render(ctx, about, [
    ...from(buildRef, "build", moving),
    "# The -dev variant may run as a non-root user; the build needs root to write /opt.",
    "USER 0",
    ...pythonEnv(["PIP_DISABLE_PIP_VERSION_CHECK=1"]),
    ...buildTools(ctx, buildManager, false),
    ...systemInstall(buildManager, { apt: initPackages, apk: initPackages }),
    ...installDependencies(ctx, { kind: "interpreter", path: "python3" }),
    ...initStageLines(ctx, init),
    ...from(ctx.finalRef, "runtime", moving),
    ...finalTail(ctx, finalSystemPackages(ctx, initFinalPackages(init)), init),
  ]);
}
