/**
 * Runs the command line the way a user's shell does: a separate Node process on a JavaScript file
 * (the package's bin), with its own working folder and environment, reporting exit code and output.
 */
import { spawnSync } from "node:child_process";

/** What one run of the command line printed and how it exited. */
export type BinaryRun = { status: number | null; stdout: string; stderr: string };

/** Runs `node <bin> ...args` in `cwd` with NO_COLOR and the like cleared unless `env` sets them. */
export function runBinary(
  bin: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): BinaryRun {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (!options.env || !("NO_COLOR" in options.env)) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a tool (npm, git, pre-commit) and fails with its output when it exits non-zero. */
export function runTool(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): string {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout;
}
