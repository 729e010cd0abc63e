/**
 * Writing the generated files into --out. A file that already exists is never overwritten unless
 * --force says so, and every name is checked before any is written, so a refusal leaves the
 * folder as it was.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "./usage-error.ts";

/**
 * Writes `files` (name -> text) into `folder`, creating it; returns the paths written.
 *
 * @throws UsageError when a file exists and `force` is false, or the folder cannot be written.
 */
export function writeGeneratedFiles(
  folder: string,
  files: Record<string, string>,
  force: boolean,
): string[] {
  const paths = Object.keys(files).map((name) => join(folder, name));
  const existing = paths.filter((path) => existsSync(path));
  if (existing.length > 0 && !force)
    throw new UsageError(
      `recommend: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}; pass --force to overwrite, or choose another --out`,
    );
  try {
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  } catch (error) {
    throw new UsageError(
      `recommend: cannot write into "${folder}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return paths;
}
