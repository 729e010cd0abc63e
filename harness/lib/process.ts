/**
 * Child processes with a deadline. Every external command the harness runs goes through here, so a
 * hung build or container fails its row instead of hanging the run.
 */
import { spawn } from "node:child_process";

export type RunResult = {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
};

export type RunOptions = {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Called with every chunk of output, for logs written as they come. */
  onOutput?: (chunk: string) => void;
  /** Aborting kills the command's process group (a step whose result is no longer wanted). */
  signal?: AbortSignal;
};

/** Process groups still running; killed if the harness itself exits early, so none is orphaned. */
const live = new Set<number>();
process.on("exit", () => {
  for (const pid of live) killGroup(pid, "SIGKILL");
});

/**
 * Runs a command to completion or to its deadline. It starts in its own process group so that a
 * timeout kills everything it spawned (buildah's children, a container's processes).
 */
export function run(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid !== undefined) live.add(child.pid);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      options.onOutput?.(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      options.onOutput?.(chunk);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, "SIGKILL");
    }, options.timeoutMs);
    options.signal?.addEventListener("abort", () => killGroup(child.pid, "SIGKILL"));
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({
        code: null,
        signal: null,
        stdout,
        stderr: `${stderr}${error.message}`,
        timedOut,
        ms: performance.now() - started,
      });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) live.delete(child.pid);
      resolve({ code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}

/** Like `run`, but throws with the command's output when it fails or times out. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(describeFailure(command, args, result));
  return result;
}

/** One line saying how a command failed, with the end of its output. */
export function describeFailure(
  command: string,
  args: readonly string[],
  result: RunResult,
): string {
  const how = result.timedOut
    ? `timed out after ${Math.round(result.ms / 1000)} s`
    : `exited ${result.code ?? result.signal}`;
  return `${command} ${args.slice(0, 3).join(" ")}${args.length > 3 ? " ..." : ""} ${how}:\n${tail(`${result.stdout}\n${result.stderr}`, 15)}`;
}

/** The last `lines` non-empty lines of some output. */
export function tail(text: string, lines: number): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(-lines)
    .join("\n");
}

/** Sends a signal to a process group, ignoring a group that has already gone. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already exited.
  }
}
