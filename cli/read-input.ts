/**
 * Reading the files a command is given, with errors that name the file and what is wrong with it.
 * The audit states its own limit (MAX_DOCKERFILE_CHARACTERS) and reports a longer file as a finding;
 * this limit only keeps a wrong path (a disk image, a log) from being read into memory whole.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "./usage-error.ts";

/** Files larger than this are refused before they are read. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * The text of `path` (as the user wrote it, relative to `cwd`), read as UTF-8; invalid bytes become
 * U+FFFD, which the audit reports. Messages name the path as the user wrote it.
 *
 * @throws UsageError when the file is missing, a directory, unreadable or too large.
 */
export function readInputFile(what: string, path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  let size: number;
  try {
    const stat = statSync(absolute);
    if (stat.isDirectory()) throw new UsageError(`${what} "${path}" is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what} "${path}": ${reason(error)}`);
  }
  if (size > MAX_INPUT_BYTES)
    throw new UsageError(
      `${what} "${path}" is ${size} bytes; the command line reads files up to ${MAX_INPUT_BYTES} bytes`,
    );
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${what} "${path}": ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
