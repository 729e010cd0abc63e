/**
 * Runs the command line's dispatcher (cli/run.ts, what the bin runs) in this process, with the
 * same result shape as a spawned run: exit code, stdout and stderr. Output is not a terminal (as
 * in CI) unless `tty` says so, and the clock is the real one unless `now` is given. About a second
 * cheaper per run than starting Node on the bin.
 */
import { run } from "../run.ts";
import type { BinaryRun } from "./run-binary.ts";

export function runInProcess(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; tty?: boolean; now?: () => Date },
): BinaryRun {
  const out: string[] = [];
  const err: string[] = [];
  const isTTY = options.tty ?? false;
  const status = run(args, {
    stdout: { write: (text: string) => out.push(text), isTTY },
    stderr: { write: (text: string) => err.push(text), isTTY },
    env: options.env ?? {},
    cwd: options.cwd,
    now: options.now ?? (() => new Date()),
    version: "0.0.0-in-process",
  });
  return { status, stdout: out.join(""), stderr: err.join("") };
}
