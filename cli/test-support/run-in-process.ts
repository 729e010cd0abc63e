/**
 * Runs the command line's dispatcher (cli/run.ts, what the bin runs) in this process, with the
 * same result shape as a spawned run: exit code, stdout and stderr. Output is not a terminal, as
 * in CI. About a second cheaper per run than starting Node on the bin.
 */
import { run } from "../run.ts";
import type { BinaryRun } from "./run-binary.ts";

export function runInProcess(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): BinaryRun {
  const out: string[] = [];
  const err: string[] = [];
  const status = run(args, {
    stdout: { write: (text: string) => out.push(text), isTTY: false },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
    env: options.env ?? {},
    cwd: options.cwd,
    now: () => new Date(),
    version: "0.0.0-in-process",
  });
  return { status, stdout: out.join(""), stderr: err.join("") };
}
