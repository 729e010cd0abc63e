/**
 * What a user would check in a built image, as it runs: it starts and serves (or keeps working),
 * its health check passes, it runs as the numeric non-root user, it runs the Python the ranking
 * names, its imports and console script resolve, local files stayed out, and it stops on SIGTERM.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ImageConfig } from "./buildah.ts";
import {
  type MountedImage,
  processUid,
  type Running,
  startContainer,
  waitForExit,
} from "./container.ts";
import type { Fixture } from "./fixtures.ts";
import { tail } from "./process.ts";

/** `advisory` checks are reported but do not fail the row. */
export type Check = { name: string; ok: boolean; detail: string; advisory?: boolean };

/** Names that are local state or secrets: never part of an image (see the .dockerignore generator). */
const LOCAL = /^(\.env(\..*)?|__pycache__|\.venv|venv|.*\.py[cod])$/;

/** Every local file or folder under `dir` (relative paths), not descending into matches. */
export function localFilesUnder(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (LOCAL.test(entry.name)) found.push(relative);
    else if (entry.isDirectory())
      found.push(...localFilesUnder(join(dir, entry.name), `${relative}/`));
  }
  return found;
}

function envValue(config: ImageConfig, name: string): string | undefined {
  return config.Env.find((e) => e.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** Finds `command` on the image's PATH inside its root file system (symlinks resolve inside it). */
export function onPath(root: string, config: ImageConfig, command: string): string | undefined {
  const dirs = (envValue(config, "PATH") ?? "/usr/local/bin:/usr/bin:/bin").split(":");
  for (const dir of dirs) {
    const path = join(root, dir, command);
    try {
      if (statSync(path).isFile()) return join(dir, command);
    } catch {
      // A dangling link (a venv built against a Python this image lacks) counts as missing.
    }
  }
  return undefined;
}

const SECOND = 1_000;

/** Waits for the health check to pass, as Docker would within the start period plus one timeout. */
async function healthy(running: Running, config: ImageConfig): Promise<Check> {
  const test = config.Healthcheck?.Test ?? [];
  if (test[0] !== "CMD" && test[0] !== "CMD-SHELL")
    return { name: "health check", ok: false, detail: "the image has no HEALTHCHECK" };
  const command = test[0] === "CMD" ? test.slice(1) : ["/bin/sh", "-c", test[1] ?? ""];
  const timeoutMs = (config.Healthcheck?.Timeout ?? 5e9) / 1e6;
  const deadline = performance.now() + (config.Healthcheck?.StartPeriod ?? 10e9) / 1e6 + timeoutMs;
  let last = "";
  while (performance.now() < deadline && !running.hasExited()) {
    const result = await running.exec(command, timeoutMs);
    if (result.code === 0)
      return {
        name: "health check",
        ok: true,
        detail: `exit 0 after ${(result.ms / SECOND).toFixed(1)} s try`,
      };
    last = tail(`${result.stdout}\n${result.stderr}`, 2) || `exit ${result.code}`;
    await new Promise((r) => setTimeout(r, 500));
  }
  const why = running.hasExited()
    ? `the container exited: ${tail(running.output(), 4)}`
    : `still failing: ${last}`;
  return { name: "health check", ok: false, detail: why };
}

/** Checks made on the image's files, before it runs. */
export function fileChecks(mounted: MountedImage, fixture: Fixture): Check[] {
  const { root, config } = mounted;
  const checks: Check[] = [];
  const workdir = join(root, config.WorkingDir || "/");
  const local = existsSync(workdir) ? localFilesUnder(workdir) : [];
  checks.push({
    name: "no local files",
    ok: local.length === 0,
    detail:
      local.length === 0
        ? `none under ${config.WorkingDir}`
        : `in ${config.WorkingDir}: ${local.join(", ")}`,
  });
  if (fixture.consoleScript) {
    const found = onPath(root, config, fixture.consoleScript);
    checks.push({
      name: "console script",
      ok: found !== undefined,
      detail: found ?? `${fixture.consoleScript} is not on PATH (${envValue(config, "PATH")})`,
    });
  }
  const user = config.User;
  checks.push({
    name: "numeric non-root USER",
    ok: /^\d+(:\d+)?$/.test(user) && mounted.identity.uid !== 0,
    detail: `USER ${JSON.stringify(user)}`,
  });
  return checks;
}

/** Starts the image's command and checks it as it runs; always leaves nothing running. */
export async function runningChecks(
  mounted: MountedImage,
  fixture: Fixture,
  options: { init: boolean; rankedPython: string; web: boolean },
): Promise<{ started: boolean; checks: Check[] }> {
  const checks: Check[] = [];
  const running = await startContainer(mounted, { init: options.init });
  try {
    let started: boolean;
    if (options.web) {
      const health = await healthy(running, mounted.config);
      checks.push(health);
      started = health.ok;
    } else {
      await waitForExit(running, 2 * SECOND);
      started = !running.hasExited() && running.output().includes("started");
      checks.push({
        name: "keeps working",
        ok: started,
        detail: started ? "running after 2 s" : `exited: ${tail(running.output(), 4)}`,
      });
    }
    if (!started) return { started, checks };
    const uid = processUid(running.hostPid);
    checks.push({
      name: "runs as non-root",
      ok: uid !== undefined && uid !== 0 && uid === mounted.identity.uid,
      detail: `PID 1 uid ${uid}`,
    });
    const version = await running.exec(
      ["python", "-c", "import sys; print(sys.version)"],
      10 * SECOND,
    );
    const printed = version.stdout.trim().split("\n")[0] ?? "";
    checks.push({
      name: `Python ${options.rankedPython}`,
      ok: version.code === 0 && printed.startsWith(`${options.rankedPython}.`),
      detail: version.code === 0 ? printed : tail(version.stderr, 2),
    });
    const imports = await running.exec(
      ["python", "-c", fixture.imports.map((m) => `import ${m}`).join("; ")],
      10 * SECOND,
    );
    checks.push({
      name: "imports",
      ok: imports.code === 0,
      detail: imports.code === 0 ? fixture.imports.join(", ") : tail(imports.stderr, 2),
    });
    process.kill(running.hostPid, "SIGTERM");
    const stoppedMs = await waitForExit(running, 2 * SECOND);
    // Workers must stop: `docker stop` and Kubernetes kill them after their grace period otherwise.
    // For web apps the issue asks for a health check, not a stop time: reported, not required.
    checks.push({
      name: "stops on SIGTERM",
      advisory: options.web,
      ok: stoppedMs !== undefined,
      detail:
        stoppedMs !== undefined
          ? `exited ${(stoppedMs / SECOND).toFixed(1)} s after SIGTERM`
          : "still running 2 s after SIGTERM (docker stop kills it at 10 s)",
    });
    return { started, checks };
  } finally {
    running.kill();
    await Promise.race([running.exited, new Promise((r) => setTimeout(r, 5 * SECOND))]);
  }
}
