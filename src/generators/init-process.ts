/**
 * An init as PID 1 in the image itself. The kernel delivers no signal to a PID 1 that has no
 * handler for it, and Python installs none for SIGTERM, so `docker stop` and Kubernetes wait out
 * the grace period and kill the process; orphaned children are never reaped. Kubernetes has no
 * equivalent of `docker run --init`, so the image runs tini (https://github.com/krallin/tini: it
 * forwards signals to its child and reaps zombies).
 *
 * gunicorn's and uvicorn's own processes handle SIGTERM as a graceful shutdown
 * (https://docs.gunicorn.org/en/stable/signals.html; uvicorn's server installs handlers for SIGINT
 * and SIGTERM, https://github.com/encode/uvicorn/blob/master/uvicorn/server.py), so those commands
 * run as PID 1 directly.
 *
 * Where tini comes from:
 * - a final image with apt or apk installs the `tini` package: Debian and Ubuntu ship /usr/bin/tini,
 *   Alpine /sbin/tini, Wolfi /usr/bin/tini (https://packages.debian.org/trixie/amd64/tini/filelist;
 *   https://git.alpinelinux.org/aports/tree/community/tini/APKBUILD;
 *   https://github.com/wolfi-dev/os/blob/main/tini.yaml);
 * - a final image with no package manager gets the statically linked tini copied from its build
 *   stage: Debian's package `tini` also ships /usr/bin/tini-static (the filelist above), Alpine's
 *   `tini-static` /sbin/tini-static, Wolfi's `tini-static` /usr/bin/tini-static. A static binary
 *   needs no libc, so the Alpine one serves musl images and the Debian and Wolfi ones glibc images
 *   alike;
 * - anything else copies Debian's static tini from a small `init` stage: UBI's repositories carry
 *   no tini (it is in Fedora's EPEL, https://packages.fedoraproject.org/pkgs/tini/tini/), and no
 *   Amazon Linux 2023 tini package was confirmed.
 *
 * tini runs with -s (subreaper) so that it still reaps when `docker run --init` or compose's
 * `init: true` already put another init at PID 1 (https://github.com/krallin/tini#subreaping).
 */
import { serverProgram } from "../command-advice.ts";
import type { GenerateContext } from "./context.ts";

/** Commands whose own process handles SIGTERM: their first program, or the module of `python -m`. */
const HANDLES_SIGTERM = new Set(["gunicorn", "uvicorn"]);

/** The image the init stage installs Debian's tini in, when neither stage can. */
export const INIT_IMAGE = "debian:trixie-slim";
/** Where a copied static tini goes in the final image. */
const COPIED_TINI = "/usr/bin/tini";

type PackageManager = GenerateContext["packageManager"];

export type InitPlan =
  /** The command handles SIGTERM itself: no init. */
  | { kind: "none" }
  /** The final stage installs `package` and runs `path`. */
  | { kind: "package"; package: string; path: string }
  /** A static tini is installed in stage `stage` (its `package`) and copied from `source`. */
  | { kind: "copy"; stage: "build" | "init"; package: string; source: string; path: string };

/** True unless the command's program (or its `python -m` module) handles SIGTERM itself. */
export function needsInit(args: readonly string[]): boolean {
  return !HANDLES_SIGTERM.has(serverProgram(args));
}

/**
 * How this Dockerfile gets tini. `buildManager` is the package manager of the build stage the
 * generator writes (undefined when that stage cannot install packages).
 */
export function planInit(ctx: GenerateContext, buildManager: PackageManager | undefined): InitPlan {
  if (!needsInit(ctx.args)) return { kind: "none" };
  const musl = ctx.image.libc.value === "musl";
  if (ctx.packageManager === "apt")
    return { kind: "package", package: "tini", path: "/usr/bin/tini" };
  if (ctx.packageManager === "apk")
    return { kind: "package", package: "tini", path: musl ? "/sbin/tini" : "/usr/bin/tini" };
  if (buildManager === "apt")
    return {
      kind: "copy",
      stage: "build",
      package: "tini",
      source: "/usr/bin/tini-static",
      path: COPIED_TINI,
    };
  if (buildManager === "apk")
    return {
      kind: "copy",
      stage: "build",
      package: "tini-static",
      source: musl ? "/sbin/tini-static" : "/usr/bin/tini-static",
      path: COPIED_TINI,
    };
  return {
    kind: "copy",
    stage: "init",
    package: "tini",
    source: "/usr/bin/tini-static",
    path: COPIED_TINI,
  };
}

/** Packages the build stage installs for the init (none unless tini is copied from there). */
export function initBuildPackages(plan: InitPlan): string[] {
  return plan.kind === "copy" && plan.stage === "build" ? [plan.package] : [];
}

/** Packages the final stage installs for the init. */
export function initFinalPackages(plan: InitPlan): string[] {
  return plan.kind === "package" ? [plan.package] : [];
}

/** The final stage's line that copies a static tini in. */
export function initCopy(plan: InitPlan): string[] {
  return plan.kind === "copy" ? [`COPY --from=${plan.stage} ${plan.source} ${plan.path}`] : [];
}

/** The ENTRYPOINT that puts tini at PID 1, with the comment that says why; [] for none. */
export function initEntrypoint(plan: InitPlan): string[] {
  if (plan.kind === "none") return [];
  return [
    "# tini as PID 1 forwards SIGTERM to the app and reaps zombies (Kubernetes has no --init); -s keeps it reaping under docker run --init.",
    `ENTRYPOINT ["${plan.path}", "-s", "--"]`,
  ];
}
